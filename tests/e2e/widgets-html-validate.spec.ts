/**
 * A-AX-02: html-validate (the GOV.UK practice) on the markup people and assistive technology really get:
 * every widget's rendered shadow DOM in its main states, the intranet host pages and the extension's
 * built HTML pages. Zero errors. The rules are in `tests/support/html-validate.ts`; the extension's
 * rendered views are checked in `extension-html-validate.spec.ts`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { htmlProblems } from '../support/html-validate.ts';
import { repoRoot } from '../support/paths.ts';
import { expectStatus, fillRequestForm, intranetDir, schoolEndpoint, widgetSuite } from './widgets-helpers.ts';

/** Every CPD Lens element's shadow markup on the page (nested shadow roots included, each on its own). */
function shadowMarkup(page: Page): Promise<{ tag: string; html: string }[]> {
  return page.evaluate(() => {
    const out: { tag: string; html: string }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && el.tagName.toLowerCase().startsWith('cpd-')) {
          out.push({ tag: el.tagName.toLowerCase(), html: el.shadowRoot.innerHTML });
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    return out;
  });
}

async function expectValidWidgets(page: Page, state: string): Promise<void> {
  const roots = await shadowMarkup(page);
  expect(roots.length, `${state}: widgets rendered`).toBeGreaterThan(0);
  const found = (await Promise.all(roots.map((r) => htmlProblems('fragment', r.html, `${state} <${r.tag}>`)))).flat();
  expect(found).toEqual([]);
}

test.describe('rendered widgets', () => {
  const suite = widgetSuite();

  test('every widget on the demo page: 0 errors', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/demo.html`);
    await expect(page.locator('cpd-request-form').getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(page.locator('cpd-budget svg')).toBeVisible();
    await expectValidWidgets(page, 'demo');
  });

  test('the request form: with errors, checking answers, waiting and sent: 0 errors', async ({ page }) => {
    const endpoint = schoolEndpoint(['down']);
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect(form.getByRole('alert').first()).toBeVisible();
    await expectValidWidgets(page, 'errors');
    await fillRequestForm(page);
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect(form.getByRole('heading', { name: 'Check your answers before sending your request' })).toBeFocused();
    await expectValidWidgets(page, 'check answers');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expectStatus(page, /Waiting to send|Sent/);
    await expectValidWidgets(page, 'waiting');
    await expectStatus(page, 'Sent');
    await expectValidWidgets(page, 'sent');
  });

  test('the request form: every step with its step indicator (issue 22): 0 errors', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    await fillRequestForm(page);
    for (let step = 5; step >= 1; step--) {
      await expect(form.locator('.steps [aria-current="step"] .n')).toHaveText(String(step));
      await expectValidWidgets(page, `step ${step}`);
      if (step > 1) await form.getByRole('link', { name: 'Back' }).click();
    }
  });
});

test.describe('static pages', () => {
  const pages = [
    // hostile.html is a deliberately broken host page (its form has no submit button, for W-EVT-01)
    ...readdirSync(intranetDir).filter((f) => f.endsWith('.html') && f !== 'hostile.html').map((f) => join(intranetDir, f)),
    ...['chrome-mv3', 'firefox-mv3'].flatMap((build) => {
      const dir = join(repoRoot, '.output', build);
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)) : [];
    }),
  ];

  test('intranet host pages and the extension\'s built pages: 0 errors', async () => {
    expect(pages.length).toBeGreaterThan(5);
    const found = (await Promise.all(pages.map((p) => htmlProblems('document', readFileSync(p, 'utf8'), p.slice(repoRoot.length + 1))))).flat();
    expect(found).toEqual([]);
  });
});
