import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, labelFrame, ownFixturesDir, pageBadge, providersDir, setRequestForm, test } from '../support/extension.ts';
import { setLocale } from '../support/extension-views.ts';
import { artifactsDir } from '../support/paths.ts';

test.skip(extensionMissing, extensionMissingReason);

/**
 * The label fits its 400 × 600 frame in every state and both languages: the verdict block, the actions
 * (when the state has any) and the "Real CPD Lens?" line are all on screen, the document itself never
 * scrolls, and what is longer scrolls inside the label's own region.
 */

const courseHtml = readFileSync(join(ownFixturesDir, 'course.html'), 'utf8');
const LANGS = ['en', 'cy'] as const;

interface Fit {
  documentOverflow: number;
  sideways: number;
  bodyContent: number;
  bodyShown: number;
}

/** Measures the label: how far the document scrolls (must be 0) and how tall its scrolling region's content is. */
async function measure(label: FrameLocator): Promise<Fit> {
  return label.locator('body').evaluate(() => {
    const root = document.documentElement;
    const body = document.querySelector('.label > .body');
    return {
      documentOverflow: root.scrollHeight - window.innerHeight,
      sideways: root.scrollWidth - root.clientWidth,
      bodyContent: body?.scrollHeight ?? 0,
      bodyShown: body?.clientHeight ?? 0,
    };
  });
}

/** Checks one state of the label and keeps its screenshot. */
async function checkFits(page: Page, label: FrameLocator, name: string, actions: 'some' | 'none'): Promise<Fit> {
  const frame = page.locator('cpd-lens-badge iframe.label-frame');
  expect(await frame.boundingBox()).toMatchObject({ width: 400, height: 600 });
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await frame.screenshot({ path: join(dir, `label-state-${name}.png`) });
  const fit = await measure(label);
  expect(fit.documentOverflow, `${name}: the label's document scrolls`).toBeLessThanOrEqual(0);
  expect(fit.sideways, `${name}: the label scrolls sideways`).toBeLessThanOrEqual(0);
  await expect(label.locator('.verdict'), `${name}: verdict`).toBeInViewport({ ratio: 1 });
  await expect(label.locator('.foot .real'), `${name}: Real CPD Lens? line`).toBeInViewport({ ratio: 1 });
  if (actions === 'some') {
    const buttons = label.locator('.actions button');
    expect(await buttons.count(), `${name}: actions`).toBeGreaterThan(0);
    for (const button of await buttons.all()) await expect(button, `${name}: action`).toBeInViewport({ ratio: 1 });
  }
  // the scrolling region shows at least a few lines, never collapsed to nothing
  expect(fit.bodyShown, `${name}: the scrolling region's height`).toBeGreaterThanOrEqual(48);
  return fit;
}

async function openLabel(page: Page): Promise<FrameLocator> {
  await pageBadge(page).click();
  const label = labelFrame(page);
  await expect(label.locator('.verdict')).toBeVisible();
  return label;
}

async function inLanguage(context: BrowserContext, openExtensionPage: (p: string) => Promise<Page>, lang: 'en' | 'cy', formUrl?: string): Promise<void> {
  if (formUrl) await setRequestForm(context, formUrl);
  const options = await openExtensionPage('options.html');
  await setLocale(options, lang);
  await options.close();
}

for (const lang of LANGS) {
  test(`the label fits 400 × 600 in every state (${lang}): first run, notices, saved, requested, past, funding note, details`, async ({ context, server, openExtensionPage }) => {
    await inLanguage(context, openExtensionPage, lang, `${server.origin}/own/request-form.html`);
    const figures: Record<string, Fit> = {};
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });

    // first run: no setup, so the invitation to add targets is in the label too
    await page.goto(`${server.origin}/own/course.html`);
    let label = await openLabel(page);
    await expect(label.locator('.invite')).toBeAttached();
    figures['first-run'] = await checkFits(page, label, `first-run-${lang}`, 'some');

    // a notice after Save, with the saved mark
    await label.locator('.actions button').first().click();
    await expect(label.locator('.notice')).toContainText(/\S/);
    await expect(label.locator('.marks li')).toHaveCount(1);
    figures['saved-notice'] = await checkFits(page, label, `saved-notice-${lang}`, 'some');

    // a request started: its notice and both marks
    const form = context.waitForEvent('page');
    await label.locator('.actions button.secondary').click();
    await (await form).close();
    await expect(label.locator('.marks li')).toHaveCount(2);
    figures['requested-notice'] = await checkFits(page, label, `requested-notice-${lang}`, 'some');

    // the next visit: saved and requested, no notice
    await page.reload();
    label = await openLabel(page);
    await expect(label.locator('.marks li')).toHaveCount(2);
    figures['saved-requested'] = await checkFits(page, label, `saved-requested-${lang}`, 'some');

    // everything behind the summary: still the verdict and actions on top, the criteria scroll
    await label.locator('.foot button.link').click();
    await expect(label.locator('.details')).toBeVisible();
    figures.details = await checkFits(page, label, `details-${lang}`, 'some');
    expect(figures.details.bodyContent, 'the details are longer than the region and scroll inside it').toBeGreaterThan(figures.details.bodyShown);

    // a past event: the flag and no actions
    const past = `${server.origin}/own/past-course.html`;
    await page.route(past, (route) => route.fulfill({ contentType: 'text/html', body: courseHtml.replaceAll('2027', '2023') }));
    await page.goto(past);
    label = await openLabel(page);
    await expect(label.locator('.flag')).toBeVisible();
    figures.past = await checkFits(page, label, `past-${lang}`, 'none');
    await expect(label.locator('.flag')).toBeInViewport({ ratio: 1 });

    // a funded programme: the funding note under the cost (its start moved into the future, so it can be booked)
    const funded = `${server.origin}/own/funded-course.html`;
    const npq = readFileSync(join(providersDir, 'npq-senior-leadership-funded.html'), 'utf8').replaceAll('2024', '2027');
    await page.route(funded, (route) => route.fulfill({ contentType: 'text/html', body: npq }));
    await page.goto(funded);
    label = await openLabel(page);
    await expect(label.locator('#cost ~ .small')).toBeAttached();
    figures.funding = await checkFits(page, label, `funding-${lang}`, 'some');

    test.info().annotations.push({ type: 'label heights', description: JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, `${f.bodyShown}/${f.bodyContent}`]))) });
  });
}
