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

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Collapses the line breaks and indentation between the tags of Lit's `html` templates into one space,
 * which renders the same (no widget template holds `<pre>` or `white-space: pre`) and which the minifier
 * leaves as written: the templates' indentation was a good part of the form's raw size (issue 14's budget).
 * Works on the parsed code, so `${}` expressions and nested templates are never touched.
 */
export function minifyHtmlTemplates(): Plugin {
  return {
    name: 'cpd-minify-html-templates',
    transform(code, id) {
      if (!/\/widgets\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const edits: [number, number, string][] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression' && (n.tag as Node).type === 'Identifier' && (n.tag as { name: string }).name === 'html') {
          for (const q of (n.quasi as { quasis: Node[] }).quasis) {
            const raw = code.slice(q.start, q.end);
            // Offsets must be UTF-16 indexes of this very text: anything else would cut the code.
            if (!/[`}]$/.test(code.slice(0, q.start)) || !/^(`|\$\{)/.test(code.slice(q.end))) throw new Error(`${id}: template offsets do not match the code`);
            const squeezed = raw.replace(/[ \t]*\n\s*/g, ' ');
            if (squeezed !== raw) edits.push([q.start, q.end, squeezed]);
          }
        }
        for (const key in n) if (key !== 'parent') walk(n[key]);
      };
      walk(this.parse(code));
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * Drops the `/* @__PURE__ *\/` annotations left in the minified chunks (the bundler's before `new Map`,
 * zod's before its constructors): they only guide a later bundler's tree-shaking, and these files are loaded by browsers
 * as they are (issue 14's size budget: about 0.1 KB gz before the form's first render). Runs once the
 * chunks are final, so it never changes what tree-shaking here kept.
 */
export function stripPureAnnotations(): Plugin {
  return {
    name: 'cpd-strip-pure-annotations',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\/\* ?[@#]__PURE__ ?\*\//g, '');
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
  plugins: [minifyCssTemplates(), minifyHtmlTemplates(), stripPureAnnotations()],
  build: {
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    outDir: 'dist-cdn',
    emptyOutDir: false,
    target: 'es2022',
    // Terser rather than the default minifier: about 8 % smaller gzipped on these bundles (3.3 KB on the
    // request form, issue 14's budget), with only its safe transforms (no `unsafe` options).
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What every entry needs before its first render (Lit, zod, the configuration's schemas, the shared
        // element base) in one chunk: split further, each extra chunk costs its own gzip start and imports.
        // The other schemas (Course, CpdRequest, …) in a second one: the catalogue and score card need them
        // up front, the request form only once its questions are answered (issue 14's budget).
        codeSplitting: { groups: [
          { name: 'shared', test: /node_modules[\\/](lit|lit-html|lit-element|@lit|zod)[\\/]|core[\\/]src[\\/](model[\\/](choices|common|plan|policy|validate)|policy[\\/]default-costs|request[\\/]config)|widgets[\\/]src[\\/](internal[\\/](base|config|define|i18n|format|shared\.styles)\.ts|events[\\/])/ },
          // the request's own schema (and its cost record) only once a request is built, checked or stored: not up front
          { name: 'schemas', test: /core[\\/]src[\\/]model[\\/](?!request\.ts|cost-record\.ts)/ },
        ] },
      },
    },
  },
});
