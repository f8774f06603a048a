/** Prints the gzipped size of the extraction code: all of it (read in the extension: offscreen document or Firefox background) and detectPage alone (detect.js path). */
import { bundleDetect, bundleExtract, gzipSize } from './bundle.ts';

const shared = ['zod/mini', '*/zod.ts', '*/model/index.ts', '*/text/features.ts'];
const kb = (t: string): string => `${(t.length / 1024).toFixed(1)} KB min, ${(gzipSize(t) / 1024).toFixed(2)} KB gz`;
console.log(`extraction code (extension path, not in the page): ${kb(await bundleExtract(true, shared))}`);
console.log(`detectPage alone (detect.js path): ${kb(await bundleDetect(shared))}`);
