/**
 * A-FOC-01 (WCAG 2.4.11/2.4.12, focus not obscured): tabbing through a provider page with the badge
 * showing, the badge never covers any part of the focused element, and its own focus indicator has
 * at least 3:1 contrast against the page and against the badge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, ownFixturesDir, pageBadge, snap, tabToBadge, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

const courseHtml = readFileSync(join(ownFixturesDir, 'course.html'), 'utf8');
// links down the right and left edges of a long page: the browser scrolls each focused one to the bottom
// of the viewport, where the badge sits
const LINKS = Array.from({ length: 30 }, (_, i) => `<p style="text-align:${i % 3 === 2 ? 'left' : 'right'};margin:0 0 40px">
  <a href="#l${i}" style="display:inline-block;padding:8px 24px">Related course ${i + 1}</a></p>`).join('\n');

/** The part of the focused page element the badge covers, in square px (0 when none or when the focus is in the badge). */
async function coveredArea(page: Page): Promise<{ name: string; area: number }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName.startsWith('CPD-LENS')) return { name: '', area: 0 };
    const a = active.getBoundingClientRect();
    const host = document.querySelector('cpd-lens-badge')!;
    // the e2e build opens the shadow root so the test can measure the badge itself
    const badge = host.shadowRoot!.querySelector('.page-badge')!.getBoundingClientRect();
    const w = Math.min(a.right, badge.right) - Math.max(a.left, badge.left);
    const h = Math.min(a.bottom, badge.bottom) - Math.max(a.top, badge.top);
    return { name: active.textContent ?? active.tagName, area: w > 0 && h > 0 ? w * h : 0 };
  });
}

for (const size of [{ width: 1280, height: 720 }, { width: 400, height: 640 }]) {
  test(`the badge never covers the focused element while tabbing through a page (${size.width} px)`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    const url = `${server.origin}/own/focus.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: courseHtml.replace('</main>', `${LINKS}</main>`) }));
    await page.goto(url);
    await expect(pageBadge(page)).toBeVisible();
    const covered: string[] = [];
    let visited = 0;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      // let the badge react to the new focus before measuring (one frame is enough)
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const { name, area } = await coveredArea(page);
      if (name) visited++;
      if (area > 0) covered.push(`${name.trim()}: ${Math.round(area)} px²`);
      if (name.includes('Related course 13')) await snap(page, `badge-clear-of-focus-${size.width}`);
    }
    expect(visited).toBeGreaterThan(30);
    expect(covered).toEqual([]);
    // the badge is still there, and still reachable by keyboard
    await expect(pageBadge(page)).toBeVisible();
  });
}

/** WCAG relative luminance contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('the badge’s own focus indicator is solid and at least 3:1 against the page and the badge', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  await tabToBadge(page);
  const ring = await pageBadge(page).evaluate((b) => {
    const s = getComputedStyle(b);
    return { outline: s.outlineColor, width: parseFloat(s.outlineWidth), style: s.outlineStyle, shadow: s.boxShadow, background: s.backgroundColor };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  const page_bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.replace('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'));
  // the yellow ring with a dark halo: the halo carries the contrast against a light page, the ring against a dark one
  const halo = /rgb\([^)]*\)/.exec(ring.shadow)?.[0] ?? ring.outline;
  expect(Math.max(contrast(ring.outline, page_bg), contrast(halo, page_bg))).toBeGreaterThanOrEqual(3);
  expect(Math.max(contrast(ring.outline, ring.background), contrast(halo, ring.background))).toBeGreaterThanOrEqual(3);
});
