import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from './paths.ts';

/** The extraction entry point the extension's content script bundles. */
export const extractEntry = join(repoRoot, 'core/src/extract/index.ts');

/**
 * Bundles core/src/extract for the browser as an IIFE exposing `CpdExtract` (extractCourses, detectPage…),
 * the same way a content script would include it; minified when asked, for size reports.
 */
export async function bundleExtract(minify = false, external: string[] = []): Promise<string> {
  const result = await build({
    entryPoints: [extractEntry],
    bundle: true,
    format: 'iife',
    globalName: 'CpdExtract',
    platform: 'browser',
    target: 'es2022',
    minify,
    external,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** detectPage alone, minified, as the detect.js content script includes it (run on every provider page). */
export async function bundleDetect(external: string[] = []): Promise<string> {
  const result = await build({
    stdin: { contents: `export { detectPage } from ${JSON.stringify(extractEntry.replace(/index\.ts$/, 'detect.ts'))};`, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    external,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Gzipped size in bytes of a text (level 9, as a store would serve it). */
export function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}
