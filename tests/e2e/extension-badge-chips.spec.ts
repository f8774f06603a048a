/**
 * Issue 22 (item 1): on listings, each course gets a compact chip after its title, in the page's flow:
 * it wraps with the title, never lies over any of the page's text, and never makes the page wider.
 * Checked on a council directory table, hub cards, a run of headings and a catalogue in sections with no
 * dates or prices, from 320 to 1280 px wide; the screenshots are written to tests/artifacts/extension/ to be
 * looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, extensionMissing, extensionMissingReason, providersDir, snap, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

const LISTINGS = ['catalogue-la-directory-table', 'catalogue-hub-cards', 'catalogue-research-school-list', 'catalogue-undated-sections'] as const;
const WIDTHS = [320, 400, 480, 1280] as const;

for (const listing of LISTINGS) {
  test(`chips on ${listing} sit in the flow: over no text, the page no wider, at ${WIDTHS.join(', ')} px`, async ({ context, server }) => {
    const page = await context.newPage();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.origin}/providers/${listing}.html`);
      await expect(page.locator('cpd-lens-course').first()).toBeVisible({ timeout: 15_000 });
      const found = await page.evaluate(() => {
        const chips = [...document.querySelectorAll('cpd-lens-course')].map((h) => h.shadowRoot!.querySelector('button')!.getBoundingClientRect());
        const texts: DOMRect[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          texts.push(...range.getClientRects());
        }
        const overlaps = chips.flatMap((c) => texts.filter((t) => Math.min(c.right, t.right) - Math.max(c.left, t.left) > 0.5 && Math.min(c.bottom, t.bottom) - Math.max(c.top, t.top) > 0.5).map((t) => [c.left, c.top, t.left, t.top]));
        // the width the page has with our hosts and without them (taken out and put back in one task)
        const wide = document.documentElement.scrollWidth;
        const hosts = [...document.querySelectorAll<HTMLElement>('cpd-lens-course')];
        const spots = hosts.map((h) => [h.parentNode!, h.nextSibling] as const);
        hosts.forEach((h) => h.remove());
        const bare = document.documentElement.scrollWidth;
        hosts.forEach((h, i) => spots[i]![0].insertBefore(h, spots[i]![1]));
        return { chips: chips.length, overlaps, wide, bare, sizes: [...new Set(chips.map((c) => `${c.width}x${c.height}`))] };
      });
      expect(found.chips, `${listing} at ${width}`).toBeGreaterThan(1);
      expect(found.overlaps, `${listing} at ${width}: chips over the page's text`).toEqual([]);
      expect(found.wide, `${listing} at ${width}: the page became wider`).toBeLessThanOrEqual(Math.max(found.bare, width));
      expect(found.sizes, 'every chip has the same size whatever its score').toHaveLength(1);
      await snap(page, `chips-${listing}-${width}`);
    }
  });
}

test('the page-level list names every course with its chip, best score first', async ({ context, server }) => {
  const page = await context.newPage();
  // an ItemList whose titles are not on the page as text: the courses can only be listed, not marked in place
  const url = `${server.origin}/providers/itemlist-without-titles.html`;
  const html = readFileSync(join(providersDir, 'catalogue-jsonld-itemlist.html'), 'utf8').replace(/<h2><a [^>]*>[^<]*<\/a><\/h2>/g, '<p>Details on request</p>');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
  const opener = page.locator('cpd-lens-badge').getByRole('button', { name: /courses scored on this page/ });
  await expect(opener).toBeVisible({ timeout: 15_000 });
  await opener.click();
  const rows = page.locator('cpd-lens-badge .list li button');
  await expect(rows.first()).toBeVisible();
  const names = await rows.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')!));
  expect(names.length).toBeGreaterThan(1);
  // every row names its course
  for (const name of names) expect(name).toMatch(/ for .{3,}/);
  const scores = names.map((n) => Number(/^(\d+) /.exec(n)?.[1] ?? -1));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await snap(page, 'chips-list');
});
