/**
 * Extraction benchmark (`pnpm bench extract`): median time per fixture page and for a generated
 * 500-course catalogue, in Node (linkedom) and in Chromium (live DOM); the minified, gzipped size of the
 * extraction bundle; and, when installed (`./dev bench --peers`), metascraper, a general-purpose metadata
 * extractor, over the same pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { extractCourses } from '../../core/src/node.ts';
import { chromiumPath, quietChromiumArgs } from '../support/browser.ts';
import { bundleDetect, bundleExtract, gzipSize } from '../support/bundle.ts';
import { fixturesDir } from '../support/paths.ts';
import { startServer } from '../support/server.ts';
import { loadMetascraper, SKIPPED, type Metascraper } from './peers.ts';
import { compareOnRealPages } from './real-titles.ts';

const AIM_PAGE_MS = 1;
const AIM_CATALOGUE_MS = 25;
const AIM_BUNDLE_GZ = 8 * 1024;
const ROUNDS = 7;

interface Expected { url: string; courses: { title: string; dates: string[] }[] }
const dir = join(fixturesDir, 'providers');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => {
  const slug = f.slice(0, -5);
  return { slug, html: readFileSync(join(dir, f), 'utf8'), expected: JSON.parse(readFileSync(join(dir, `${slug}.expected.json`), 'utf8')) as Expected };
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const timeIt = (fn: () => unknown): number => {
  fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
};

/** A catalogue page of 500 courses in the local-authority table layout (read by the la-directory adapter). */
function catalogue(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    return `<tr><td><a href="/cpd/${i}">Course ${i}: Phonics and early reading, part ${i % 7}</a></td><td>${day}/${month}/2024</td><td>9:30am – 3:30pm</td><td>Riverside Centre NS4 2PQ</td><td>£${50 + (i % 200)} + VAT per delegate</td><td><a href="/book/${i}">Book</a></td></tr>`;
  }).join('\n');
  return `<!doctype html><html><head><title>CPD directory</title></head><body><main><h1>CPD directory</h1><table class="course-directory"><tbody>${rows}</tbody></table></main></body></html>`;
}
const big = catalogue(500);
const bigUrl = 'https://www.northshire.gov.uk/schools/cpd-directory/all';

/** The same 500 courses as cards with no site adapter, read by the generic listing reader (issue 10). */
function cards(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `<div class="event-card"><h3><a href="/cpd/${i}">Course ${i}: Phonics and early reading, part ${i % 7}</a></h3><p>${(i % 28) + 1}/${(i % 12) + 1}/2024, 9:30am – 3:30pm</p><p>Riverside Centre NS4 2PQ</p><p>£${50 + (i % 200)} + VAT per delegate</p></div>`).join('\n');
  return `<!doctype html><html><head><title>CPD training calendar</title></head><body><main><h1>Training calendar</h1>${items}</main></body></html>`;
}
const generic = cards(500);

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// ── Node ──
const nodePerPage = pages.map((p) => timeIt(() => extractCourses(p.html, p.expected.url)));
const nodeDocPerPage = pages.map((p) => {
  const doc = new DOMParser().parseFromString(p.html, 'text/html');
  return timeIt(() => extractCourses(doc, p.expected.url));
});
const bigCount = extractCourses(big, bigUrl).length;
const nodeBig = timeIt(() => extractCourses(big, bigUrl));
const bigDoc = new DOMParser().parseFromString(big, 'text/html');
const nodeBigDoc = timeIt(() => extractCourses(bigDoc, bigUrl));
const genericCount = extractCourses(generic, bigUrl).length;
const genericDoc = new DOMParser().parseFromString(generic, 'text/html');
const nodeGenericDoc = timeIt(() => extractCourses(genericDoc, bigUrl));

// ── Chromium ──
const bundle = await bundleExtract();
const minified = await bundleExtract(true);
// zod/mini, the Course schema and the feature lexicon are shared with the rest of the content script.
const ownOnly = await bundleExtract(true, ['zod/mini', '*/zod.ts', '*/model/index.ts', '*/text/features.ts']);
const withShared = await bundleExtract(true, ['zod/mini', '*/zod.ts']);
const detectOnly = await bundleDetect(['zod/mini', '*/zod.ts', '*/model/index.ts', '*/text/features.ts']);
const server = await startServer({ '/providers': dir });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs });
const page = await browser.newPage();
const inPage = async (url: string): Promise<number> =>
  page.evaluate(([u, rounds]) => {
    const api = (globalThis as unknown as { CpdExtract: { extractCourses(d: Document, u: string): unknown[] } }).CpdExtract;
    api.extractCourses(document, u);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      api.extractCourses(document, u);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[(times.length - 1) >> 1]!;
  }, [url, ROUNDS] as const);
const chromePerPage: number[] = [];
for (const p of pages) {
  await page.goto(`${server.origin}/providers/${p.slug}.html`);
  await page.addScriptTag({ content: bundle });
  chromePerPage.push(await inPage(p.expected.url));
}
await page.setContent(big);
await page.addScriptTag({ content: bundle });
const chromeBig = await inPage(bigUrl);
await page.setContent(generic);
await page.addScriptTag({ content: bundle });
const chromeGeneric = await inPage(bigUrl);
await browser.close();
await server.close();

const ratio = (a: number, b: number): string => (b === 0 ? (a === 0 ? '1.00×' : '∞') : `${(a / b).toFixed(2)}×`);
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(0)}%`;
console.log(`extraction over ${pages.length} fixture pages (median of ${ROUNDS} rounds per page, then median over pages)`);
console.log(`  Node, HTML string (parse + extract): ${fmt(median(nodePerPage))} per page (aim < ${AIM_PAGE_MS} ms: ${ratio(median(nodePerPage), AIM_PAGE_MS)} the aim); slowest ${fmt(Math.max(...nodePerPage))}`);
console.log(`  Node, parsed Document:               ${fmt(median(nodeDocPerPage))} per page`);
console.log(`  Chromium, live document:             ${fmt(median(chromePerPage))} per page (aim < ${AIM_PAGE_MS} ms: ${ratio(median(chromePerPage), AIM_PAGE_MS)} the aim); slowest ${fmt(Math.max(...chromePerPage))}`);
console.log(`generated catalogue page, ${bigCount} courses (${(big.length / 1024).toFixed(0)} KB)`);
console.log(`  Node, HTML string:     ${fmt(nodeBig)} (aim < ${AIM_CATALOGUE_MS} ms: ${ratio(nodeBig, AIM_CATALOGUE_MS)} the aim)`);
console.log(`  Node, parsed Document: ${fmt(nodeBigDoc)}`);
console.log(`  Chromium:              ${fmt(chromeBig)} (aim < ${AIM_CATALOGUE_MS} ms: ${ratio(chromeBig, AIM_CATALOGUE_MS)} the aim)`);
console.log(`generated listing without adapter, ${genericCount} courses as cards (${(generic.length / 1024).toFixed(0)} KB)`);
console.log(`  Node, parsed Document: ${fmt(nodeGenericDoc)}`);
console.log(`  Chromium:              ${fmt(chromeGeneric)} (aim < ${AIM_CATALOGUE_MS} ms: ${ratio(chromeGeneric, AIM_CATALOGUE_MS)} the aim)`);
const kb = (text: string): string => `${(text.length / 1024).toFixed(1)} KB min, ${(gzipSize(text) / 1024).toFixed(1)} KB gz`;
console.log(`bundle (esbuild, minified, gzip -9):`);
console.log(`  extraction code alone:                 ${kb(ownOnly)} (aim < 8 KB gz: ${ratio(gzipSize(ownOnly), AIM_BUNDLE_GZ)} the aim)`);
console.log(`  + Course schema and feature lexicon:   ${kb(withShared)}`);
console.log(`  detectPage alone (detect.js path):     ${kb(detectOnly)}`);
console.log(`  + zod (namespace import, all locales): ${kb(minified)}`);

// ── metascraper over the same pages: title and date recall on single-course pages ──
async function compareWithMetascraper(metascraper: Metascraper): Promise<string[]> {
  const single = pages.filter((p) => p.expected.courses.length === 1);
  let msTitle = 0, msDate = 0, ourTitle = 0, ourDate = 0, withDate = 0;
  const msTimes: number[] = [];
  for (const p of single) {
    const want = p.expected.courses[0]!;
    const t0 = performance.now();
    // metascraper refuses reserved TLDs such as .example; it then reads the page under a neutral address.
    const meta = await metascraper({ html: p.html, url: p.expected.url }).catch(() => metascraper({ html: p.html, url: `https://example.org/${p.slug}` }));
    msTimes.push(performance.now() - t0);
    const ours = extractCourses(p.html, p.expected.url)[0];
    if (meta.title && norm(meta.title) === norm(want.title)) msTitle++;
    if (ours && norm(ours.title) === norm(want.title)) ourTitle++;
    if (want.dates.length) {
      withDate++;
      if (meta.date && meta.date.slice(0, 10) === want.dates[0]) msDate++;
      if (ours?.sessions?.[0]?.start.slice(0, 10) === want.dates[0]) ourDate++;
    }
  }
  const ourSingle = median(single.map((p) => timeIt(() => extractCourses(p.html, p.expected.url))));
  const msMedian = median(msTimes);
  return [
    `metascraper (title + date rules) vs CPD Lens on ${single.length} single-course pages (${withDate} with dates), Node`,
    `  title recall: ours ${pct(ourTitle, single.length)}, metascraper ${pct(msTitle, single.length)} → ${ratio(ourTitle, msTitle)}`,
    `  date recall:  ours ${pct(ourDate, withDate)}, metascraper ${pct(msDate, withDate)} → ${ratio(ourDate, msDate)}`,
    `  median time:  ours ${fmt(ourSingle)}, metascraper ${fmt(msMedian)} → ours takes ${ratio(ourSingle, msMedian)} metascraper's time`,
  ];
}

const metascraper = await loadMetascraper();
if (!metascraper) console.log(SKIPPED);
else {
  for (const line of await compareWithMetascraper(metascraper)) console.log(line);
  // The same comparison on real pages (issue 19), and on a set named by CPD_REAL_LABELS (the kept-aside pages).
  for (const line of await compareOnRealPages(metascraper)) console.log(line);
  if (process.env['CPD_REAL_LABELS']) for (const line of await compareOnRealPages(metascraper, process.env['CPD_REAL_LABELS'])) console.log(line);
}
