/**
 * Issue 20 (item 1), on the STORE build (.output/chrome-mv3: closed shadow roots, no test hooks): a
 * provider page runs the oracle an attacker would — take its own words out, `window.find` every number
 * 0–100 and every band and state word (English and Welsh), select everything, measure the badge by
 * its box and by hit-testing — for a teacher with a matching PD target, an unrelated one and none.
 * It must learn nothing: no word found, nothing selected, the same boxes whatever the score.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, ownFixturesDir, putRecord, toolbarVerdict } from '../support/extension.ts';
import { notBrowserOwn, startNetGate } from '../support/net-gate.ts';
import { repoRoot } from '../support/paths.ts';
import { BADGE } from '../../extension/i18n/label.ts';

const storeBuild = join(repoRoot, '.output/chrome-mv3');
base.skip(!existsSync(join(storeBuild, 'manifest.json')), 'the store build is missing: run ./dev build');

// a provider site in the store build's list; Playwright answers for it, nothing leaves the machine
const ORIGIN = 'https://www.researchschool.org.uk';
const courseHtml = readFileSync(join(ownFixturesDir, 'course.html'), 'utf8');
const catalogueHtml = readFileSync(join(ownFixturesDir, 'catalogue.html'), 'utf8');

const test = base.extend<{ context: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cpd-lens-store-'));
    // this test's own network gate: Chromium may pre-connect to the provider's host, which Playwright answers for
    const gate = await startNetGate();
    const context = await launchWithExtension(dir, { extensionDir: storeBuild, gate: gate.url });
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.startsWith('/course')) return route.fulfill({ contentType: 'text/html', body: courseHtml });
      if (path.startsWith('/catalogue')) return route.fulfill({ contentType: 'text/html', body: catalogueHtml });
      return route.fulfill({ status: 404, body: '' });
    });
    // the store build opens setup when installed: let it, so it does not take over a test's tab
    const setup = (p: { url(): string }) => p.url().includes('/options.html');
    if (!context.pages().some(setup)) await context.waitForEvent('page', { predicate: setup, timeout: 10_000 }).catch(() => undefined);
    await use(context);
    await context.close();
    await gate.close();
    rmSync(dir, { recursive: true, force: true });
    const off = notBrowserOwn(gate.seen).filter((s) => !s.includes(new URL(ORIGIN).host));
    expect(off, 'P-01: CPD Lens asked for addresses off this machine').toEqual([]);
  },
});

/** Every word of the badge's verdict the page could look for: bands and states, in both languages. */
const WORDS = [...new Set(Object.values(BADGE).flatMap((t) => [...Object.values(t.bands), t.saved, t.requested, t.attended, t.past, t.full, t.closed, t.brand]))];

interface Learned {
  numbers: number[];
  words: string[];
  selected: string;
  hosts: number[][];
  hit: [number, number, number, number] | null;
}

/** The attack, as page script: only what any page can call. */
async function oracle(page: Page, words: string[]): Promise<Learned> {
  return page.evaluate((words) => {
    const find = (s: string) => {
      getSelection()?.removeAllRanges();
      // window.find is non-standard (not in TypeScript's DOM types) but Chromium has it
      return (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(s, false, false, true);
    };
    // the page takes its own words out (hiding the body hides catalogue chips too): only ours could match
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    const own: [Text, string][] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) own.push([n as Text, (n as Text).data]);
    for (const [n] of own) n.data = '';
    const numbers = Array.from({ length: 101 }, (_, n) => n).filter((n) => find(String(n)));
    const found = words.filter((w) => find(w) || find(w.toLowerCase()));
    getSelection()?.selectAllChildren(document.documentElement);
    const selected = getSelection()?.toString() ?? '';
    getSelection()?.removeAllRanges();
    for (const [n, data] of own) n.data = data;
    const hosts = [...document.querySelectorAll('cpd-lens-badge, cpd-lens-course')].map((h) => {
      const r = h.getBoundingClientRect();
      return [r.width, r.height];
    });
    // hit-testing: the box where elementFromPoint answers with the page badge's host
    const badge = document.querySelector('cpd-lens-badge');
    let box: [number, number, number, number] | null = null;
    for (let y = innerHeight - 1; y > innerHeight - 120; y--) {
      for (let x = innerWidth - 1; x > innerWidth - 400; x--) {
        if (document.elementFromPoint(x, y) !== badge) continue;
        box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
      }
    }
    return { numbers, words: found, selected, hosts, hit: box };
  }, words);
}

const PROFILE = { schemaVersion: 1, id: 'me', role: 'teacher', phase: 'primary', subjects: [] };
const CASES = [
  ['a matching PD target', [{ id: 't1', text: 'Use metacognition and self-regulation strategies in my primary classroom' }]],
  ['an unrelated PD target', [{ id: 't1', text: 'Improve my knowledge of the GCSE chemistry practical endorsement' }]],
  ['no PD target', []],
] as const;

test('the page-side oracle learns nothing of the verdict on the store build, whatever the PD targets', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const seen: { score: string; learned: Learned }[] = [];
  for (const [, targets] of CASES) {
    await page.goto(`${ORIGIN}/course.html`);
    await expect(page.locator('cpd-lens-badge')).toHaveCount(1);
    if (!seen.length) await extensionIdOf(context);
    await putRecord(context, 'profiles', { ...PROFILE, targets });
    await page.reload();
    await expect.poll(async () => (await toolbarVerdict(context, page.url())).text, { timeout: 15_000 }).toMatch(/^\d+$/);
    // the toolbar is set as the badge's reading is answered: the badge is drawn a moment later
    await expect.poll(async () => (await oracle(page, WORDS)).hit).not.toBeNull();
    seen.push({ score: (await toolbarVerdict(context, page.url())).text, learned: await oracle(page, WORDS) });
  }
  // the scores differ (the oracle had something to learn) …
  expect(new Set(seen.map((s) => s.score)).size).toBeGreaterThan(1);
  for (const { learned } of seen) {
    // … but the page finds no number or word, selects no text of ours, and sees a drawn badge
    expect(learned.numbers).toEqual([]);
    expect(learned.words).toEqual([]);
    expect(learned.selected).not.toMatch(/\d/);
    expect(learned.hit).not.toBeNull();
  }
  // the same boxes for every score
  expect(seen.map((s) => s.learned.hit)).toEqual(seen.map(() => seen[0]!.learned.hit));
  expect(seen.map((s) => s.learned.hosts)).toEqual(seen.map(() => seen[0]!.learned.hosts));
});

test('catalogue chips and the list of courses give the page no words and the same size for every course', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/catalogue.html`);
  await expect(page.locator('cpd-lens-course')).toHaveCount(3, { timeout: 15_000 });
  // every chip drawn (its host has its size)
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('cpd-lens-course')].every((h) => h.getBoundingClientRect().width > 0))).toBe(true);
  const learned = await oracle(page, WORDS);
  expect(learned.numbers).toEqual([]);
  expect(learned.words).toEqual([]);
  expect(new Set(learned.hosts.filter((h) => h[0]! > 0).map((h) => h.join('x'))).size).toBe(1);
});
