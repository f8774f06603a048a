/**
 * Extraction stays the same while it is made faster (issue 19's speed bar), an opt-in check:
 * `CPD_EXTRACT_SNAPSHOT=/tmp/extract.json pnpm --dir core exec vitest run test/extract/identical.test.ts`
 * runs extractPage in the three contexts and detectPage over every HTML page of core's tests, tests/fixtures,
 * ../shared/corpus and the folders listed in CPD_EXTRACT_PAGES (colon-separated, e.g. real-page sets or
 * panels kept outside the repository), and writes the full results there the first time; later runs must
 * give the same bytes. Record before a change meant to keep behaviour, check after it. The snapshot is
 * not committed: other work changes extraction on purpose.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, extractPage } from '../../src/node.ts';
import { type ExtractContext, STRICT_EXTRACTION } from '../../src/extract/types.ts';
import { providersDir, sharedCorpusDir } from './corpus.ts';

const SNAPSHOT = process.env['CPD_EXTRACT_SNAPSHOT'];
const repo = resolve(import.meta.dirname, '../../..');
const CONTEXTS: readonly ExtractContext[] = ['browse', 'provider', 'asked'];

/** Every .html file under `dir`, sorted. */
function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The addresses the labels give their pages (labels.json beside a set, providers' expected files). */
function labelledUrls(dirs: readonly string[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const dir of dirs) {
    const labels = join(dir, 'labels.json');
    if (!existsSync(labels)) continue;
    const parsed = JSON.parse(readFileSync(labels, 'utf8')) as { pages?: { file: string; url?: string }[] } | { file: string; url?: string }[];
    for (const page of Array.isArray(parsed) ? parsed : (parsed.pages ?? [])) {
      const file = page.file.startsWith('shared:') ? join(sharedCorpusDir, page.file.slice(7)) : page.file.startsWith('real:') ? join(dir, page.file.slice(5)) : isAbsolute(page.file) ? page.file : join(dir, page.file);
      if (page.url) urls.set(resolve(file), page.url);
    }
  }
  for (const name of readdirSync(providersDir)) {
    if (name.endsWith('.expected.json')) urls.set(join(providersDir, name.replace('.expected.json', '.html')), (JSON.parse(readFileSync(join(providersDir, name), 'utf8')) as { url: string }).url);
  }
  return urls;
}

/** A page's address: its label's, a panel page's as the panel tests give it, a TeSS cassette's from its name, else a neutral one. */
function urlOf(file: string, urls: Map<string, string>): string {
  const labelled = urls.get(file);
  if (labelled) return labelled;
  if (basename(dirname(file)) === 'pages') return `https://panel.example.org.uk/${basename(file, '.html')}`;
  const cassette = /vcr-extracted\/[^/]+\/\d+_(.+)\.html$/.exec(file);
  return cassette ? `https://${cassette[1]!.replace(/_/g, '/')}` : 'https://example.org/page';
}

describe.skipIf(!SNAPSHOT)('extraction gives the recorded output (CPD_EXTRACT_SNAPSHOT)', () => {
  it('reads every page as recorded', () => {
    // as in use, not as in the other tests: a page extraction cannot read gives nothing rather than failing
    const flags = globalThis as { [STRICT_EXTRACTION]?: boolean };
    const strict = flags[STRICT_EXTRACTION];
    flags[STRICT_EXTRACTION] = false;
    try {
      check();
    } finally {
      flags[STRICT_EXTRACTION] = strict;
    }
  }, 600_000);
});

/** Reads every page and records the results, or compares them with the recorded ones. */
function check(): void {
  const extra = (process.env['CPD_EXTRACT_PAGES'] ?? '').split(':').filter(Boolean);
  const dirs = [join(repo, 'core/test'), join(repo, 'tests/fixtures'), sharedCorpusDir, ...extra];
  const urls = labelledUrls([join(repo, 'tests/fixtures/real'), ...extra]);
  const files = [...new Set(dirs.flatMap(htmlFiles).map((f) => resolve(f)))];
  const results: Record<string, unknown> = {};
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const url = urlOf(file, urls);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const key = file.startsWith(repo) ? file.slice(repo.length + 1) : file;
    results[key] = {
      url,
      detect: Object.fromEntries(CONTEXTS.map((context) => [context, detectPage(doc, url, { context })])),
      ...Object.fromEntries(CONTEXTS.map((context) => [context, extractPage(html, url, { context })])),
    };
  }
  const now = JSON.stringify(results, null, 1);
  if (!existsSync(SNAPSHOT!)) {
    writeFileSync(SNAPSHOT!, now);
    console.log(`recorded ${files.length} pages in ${SNAPSHOT}`);
    return;
  }
  const before = JSON.parse(readFileSync(SNAPSHOT!, 'utf8')) as Record<string, unknown>;
  const changed = Object.keys({ ...before, ...results }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(results[k]));
  expect(changed, `pages whose extraction changed (${files.length} read)`).toEqual([]);
  expect(now).toBe(readFileSync(SNAPSHOT!, 'utf8'));
}
