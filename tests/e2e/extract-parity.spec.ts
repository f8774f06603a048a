import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type Course, extractCourses } from '../../core/src/node.ts';
import { bundleExtract } from '../support/bundle.ts';
import { fixturesDir, hasSharedCorpus, sharedCorpusDir } from '../support/paths.ts';
import { startServer, type LocalServer } from '../support/server.ts';

/** The same extraction code must give the same courses in Chromium (live DOM) and in Node (linkedom). */
const providers = join(fixturesDir, 'providers');
const slugs = readdirSync(providers).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();

let server: LocalServer;
let bundle: string;
test.beforeAll(async () => {
  bundle = await bundleExtract();
  server = await startServer({ '/providers': providers });
});
test.afterAll(async () => server?.close());

test('extractCourses gives equal results in Chromium and Node for every fixture page', async ({ page }) => {
  test.setTimeout(240_000); // 45 pages; a shared, busy machine can be slow
  const differences: string[] = [];
  for (const slug of slugs) {
    const { url } = JSON.parse(readFileSync(join(providers, `${slug}.expected.json`), 'utf8')) as { url: string };
    const inNode = JSON.parse(JSON.stringify(extractCourses(readFileSync(join(providers, `${slug}.html`), 'utf8'), url))) as unknown;
    await page.goto(`${server.origin}/providers/${slug}.html`);
    await page.addScriptTag({ content: bundle });
    const inBrowser = await page.evaluate((u) => JSON.parse(JSON.stringify((globalThis as unknown as { CpdExtract: { extractCourses(d: Document, u: string): unknown } }).CpdExtract.extractCourses(document, u))) as unknown, url);
    if (JSON.stringify(inBrowser) !== JSON.stringify(inNode)) differences.push(slug);
    expect.soft(inBrowser, slug).toEqual(inNode);
  }
  expect(differences).toEqual([]);
});

/**
 * What a user sees of each course: real pages' malformed markup is parsed slightly differently by
 * linkedom and Chromium, so provenance and feature quotes may differ there; the fields must not.
 */
const key = (courses: Course[]): string => JSON.stringify(courses.map((c) => [c.title, c.provider, c.url, c.bookingUrl, c.price, c.sessions, c.totalHours, c.delivery, c.location, c.confidence]));

/** The labelled real pages (tests/fixtures/real/labels.json) that are present on this machine. */
function realPages(): { file: string; html: string }[] {
  const labels = JSON.parse(readFileSync(join(fixturesDir, 'real/labels.json'), 'utf8')) as { pages: { file: string }[] };
  return labels.pages.flatMap(({ file }) => {
    const path = file.startsWith('shared:') ? join(sharedCorpusDir, file.slice(7)) : join(fixturesDir, 'real', file.slice(5));
    return file.startsWith('shared:') && !hasSharedCorpus ? [] : [{ file, html: readFileSync(path, 'utf8') }];
  });
}

test('extractCourses gives equal results in Chromium and Node on real pages, in every context', async ({ page }) => {
  test.setTimeout(300_000);
  // Both sides parse the same HTML string with their own DOMParser: no page script runs, nothing loads.
  await page.setContent('<!doctype html><title>parity</title>');
  await page.addScriptTag({ content: bundle });
  const differences: string[] = [];
  for (const { file, html } of realPages()) {
    for (const context of ['browse', 'asked'] as const) {
      const url = 'https://example.org/page';
      const inNode = key(extractCourses(html, url, { context }));
      const inBrowser = key(await page.evaluate(([h, u, c]) => (globalThis as unknown as { CpdExtract: { extractCourses(d: string, u: string, o: object): Course[] } }).CpdExtract.extractCourses(h, u, { context: c }), [html, url, context] as const));
      if (inBrowser !== inNode) differences.push(`${file} (${context})`);
    }
  }
  expect(differences).toEqual([]);
});

test('detectPage answers in well under a millisecond on pages with no course', async ({ page }) => {
  for (const slug of slugs.filter((s) => s.startsWith('negative-'))) {
    await page.goto(`${server.origin}/providers/${slug}.html`);
    await page.addScriptTag({ content: bundle });
    const { kind, ms } = await page.evaluate(() => {
      const api = (globalThis as unknown as { CpdExtract: { detectPage(d: Document, u: string): string | null } }).CpdExtract;
      api.detectPage(document, location.href);
      // Median of 21 batches of 10 calls, so one busy moment on a shared machine does not decide.
      let kind: string | null = null;
      const batches: number[] = [];
      for (let b = 0; b < 21; b++) {
        const t0 = performance.now();
        for (let i = 0; i < 10; i++) kind = api.detectPage(document, location.href);
        batches.push((performance.now() - t0) / 10);
      }
      batches.sort((x, y) => x - y);
      return { kind, ms: batches[10]! };
    });
    expect(kind, slug).toBeNull();
    expect(ms, slug).toBeLessThan(0.5); // the budget is 1 ms; typical is a few µs
  }
});
