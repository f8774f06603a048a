/** Prints the gzipped size of the extraction code: all of it (badge.js path) and detectPage alone (detect.js path). */
import { build } from 'esbuild';
import { bundleExtract, extractEntry, gzipSize } from './bundle.ts';

const shared = ['zod/mini', '*/zod.ts', '*/model/index.ts', '*/text/features.ts'];
const own = await bundleExtract(true, shared);
const detect = await build({
  stdin: { contents: `export { detectPage } from ${JSON.stringify(extractEntry.replace(/index\.ts$/, 'detect.ts'))};`, resolveDir: '.', loader: 'ts' },
  bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: false, external: shared, logLevel: 'silent',
});
const kb = (t: string): string => `${(t.length / 1024).toFixed(1)} KB min, ${(gzipSize(t) / 1024).toFixed(2)} KB gz`;
console.log(`extraction code (badge.js path): ${kb(own)}`);
console.log(`detectPage alone (detect.js path): ${kb(detect.outputFiles[0]!.text)}`);
