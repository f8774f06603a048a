import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Our own fixture pages and data (committed). */
export const fixturesDir = join(repoRoot, 'tests/fixtures');
/** The team's shared corpus of real pages, beside the repository; absent in a user's own clone. */
export const sharedCorpusDir = resolve(repoRoot, '../shared/corpus');
/** Whether the shared corpus is present; tests that read it skip with a clear message otherwise. */
export const hasSharedCorpus = existsSync(sharedCorpusDir);
export const sharedCorpusSkipReason = `../shared/corpus is absent (${sharedCorpusDir}): tests on real pages are skipped`;
/** Built extension folders. */
export const extensionBuildDir = join(repoRoot, '.output/chrome-mv3-e2e');
/** Test artifacts (screenshots, reports), git-ignored. */
export const artifactsDir = join(repoRoot, 'tests/artifacts');
