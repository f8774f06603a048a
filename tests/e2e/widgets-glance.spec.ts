/**
 * Every widget at a glance (issue 22), in English and Welsh at 320, 400, 480 and 1280 px: screenshots
 * under tests/artifacts/screenshots/, no sideways scrolling, no kebab-case code shown as a word, one scale
 * of words for the criteria, and the score card naming its course.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Delivery, Format, OpportunityKind, Phase, Role, defaultPolicy } from '@cpd-lens/core';
import { fixturesDir } from '../support/paths.ts';
import { screenshot, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const WIDTHS = [320, 400, 480, 1280] as const;
const PAGES = ['demo', 'evaluate', 'policy-editor'] as const;

/** The codes core and the policy use that are kebab-case: none may be shown to a reader as a word. */
const KEBAB_IDS = [...Role.options, ...Phase.options, ...Delivery.options, ...Format.options, ...OpportunityKind.options, ...defaultPolicy.criteria.map((c) => c.id)].filter((id) => id.includes('-') && !/^post-16$|^all-through$/.test(id));

/** Every text a reader sees in the page and the widgets' shadow roots (not inputs' values, not the page's own quotes). */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style, template, q')) continue;
        parts.push(n.textContent ?? '');
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return parts.join(' ');
  });
}

/** Elements reaching past the viewport's right edge, in the page and the widgets' shadow roots, for a readable failure. */
function wideElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const box = el.getBoundingClientRect();
        if (box.right > width + 0.5 && box.width > 0) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(box.right)}`);
      }
    };
    visit(document);
    return out.slice(-8);
  });
}

/** The same intranet page with its language set to Welsh, so every widget follows it. */
async function welsh(page: Page, origin: string, name: string): Promise<void> {
  const html = readFileSync(join(fixturesDir, 'intranet', `${name}.html`), 'utf8').replace(/<html lang="[^"]*"/, '<html lang="cy"');
  await page.route(`${origin}/intranet/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}

for (const lang of ['en', 'cy'] as const) {
  test(`every widget (${lang}) at 320, 400, 480 and 1280 px: no sideways scroll, no kebab-case code, screenshots`, async ({ page }) => {
    const server = await suite.serve();
    for (const name of PAGES) {
      if (lang === 'cy') await welsh(page, server.origin, name);
      await page.goto(`${server.origin}/intranet/${name}.html`);
      await page.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.tagName.startsWith('CPD-') && el.shadowRoot?.childElementCount));
      // its fonts are in and a frame has been drawn with them
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await screenshot(page, `glance-${name}-${lang}`, width);
        if (width < 1280) expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} ${lang} at ${width}px: ${(await wideElements(page)).join('; ')}`).toBeLessThanOrEqual(0);
      }
      const text = await shownText(page);
      for (const id of KEBAB_IDS) expect(text, `${name} (${lang}) shows the code "${id}"`).not.toMatch(new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`));
    }
  });
}

test('the score card names its course and judges criteria on the one scale of words', async ({ page }) => {
  const server = await suite.serve();
  await page.goto(`${server.origin}/intranet/demo.html`);
  const card = page.locator('cpd-score');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(/^How “.+” fits your school’s CPD policy$/);
  await card.locator('summary').filter({ hasText: 'How each part of the policy was judged' }).click();
  const criteria = await card.locator('ul.criteria > li').allInnerTexts();
  expect(criteria.length).toBeGreaterThan(3);
  for (const line of criteria) expect(line.split('\n')[0]).toMatch(/: (strong|good|some|weak|poor|not stated)$/);
});

test('the budget chart’s text is legible at 400 px (never shrunk below 12 px)', async ({ page }) => {
  const server = await suite.serve();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`${server.origin}/intranet/demo.html`);
  const texts = page.locator('cpd-budget svg text');
  await expect(texts.first()).toBeVisible();
  const heights = await texts.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
});
