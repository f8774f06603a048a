import { defineConfig, type Plugin } from 'vite';

/**
 * Collapses the whitespace and comments in Lit's `css` templates (without `${}`), which the minifier
 * leaves as written (issue 14's size budget: about 0.5 KB gz). Only whitespace around `{ } ; ,`, after `:` and runs
 * of whitespace go, so selectors such as `a :hover` keep their meaning.
 */
export function minifyCssTemplates(): Plugin {
  const squeeze = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':') // after a colon space never matters; before one it does (`a :hover`)
      .trim();
  return {
    name: 'cpd-minify-css-templates',
    transform(code, id) {
      if (!/\/widgets\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$\\]*)`/g, (_whole, text: string) => `css\`${squeeze(text)}\``), map: null };
    },
  };
}

/**
 * The CDN build for `<script type="module">`, one build with three entries so that they share chunks:
 * everything staff see (cpd-widgets.js), only the request form (cpd-request-form.js) and the CPL
 * leader's policy editor (cpd-policy-editor.js, an admin tool that staff-facing pages never load).
 * Lit, zod and core sit in shared chunks (`chunks/`) that the browser caches once for all entries;
 * scoring and other parts only some views show are dynamic imports, fetched when first needed.
 * Host the whole folder: the entries load their chunks by relative URL.
 */
export const entries = {
  'cpd-widgets': 'src/index.ts',
  'cpd-request-form': 'src/cdn-request-form.ts',
  'cpd-policy-editor': 'src/policy-editor/policy-editor.ts',
} as const;

export default defineConfig({
  logLevel: 'warn',
  plugins: [minifyCssTemplates()],
  build: {
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    outDir: 'dist-cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What every entry needs before its first render (Lit, zod, the configuration's schemas, the shared
        // element base) in one chunk: split further, each extra chunk costs its own gzip start and imports.
        codeSplitting: { groups: [{ name: 'shared', test: /node_modules[\\/](lit|lit-html|lit-element|@lit|zod)[\\/]|core[\\/]src[\\/](model|policy[\\/]default-costs|request[\\/]config)|widgets[\\/]src[\\/](internal[\\/](base|config|define|i18n|format|shared\.styles)\.ts|events[\\/])/ }] },
      },
    },
  },
});
