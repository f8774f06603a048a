import { defineConfig } from 'vite';

/**
 * The single-file builds for `<script type="module">`: everything (cpd-widgets.js) or only the
 * request form (cpd-request-form.js), Lit bundled, minified. `ENTRY` picks one per run because
 * library mode writes one self-contained file per build.
 */
const entries = {
  'cpd-widgets': 'src/index.ts',
  'cpd-request-form': 'src/cdn-request-form.ts',
} as const;
const name = (process.env.ENTRY ?? 'cpd-widgets') as keyof typeof entries;

export default defineConfig({
  logLevel: 'warn',
  build: {
    lib: { entry: entries[name], formats: ['es'], fileName: () => `${name}.js` },
    outDir: 'dist-cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
});
