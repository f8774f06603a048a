import { axe } from '../support/axe.ts';
import type { Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, pageBadge, test } from '../support/extension.ts';
import { AXE_TAGS, FIVE_COURSES, WIDTHS, horizontalOverflow, overflowingElements, screenshot, seedProfile, seedSavedCourses, setLocale } from '../support/extension-views.ts';

test.skip(extensionMissing, extensionMissingReason);

const LANGS = ['en', 'cy'] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const result = await axe(page, AXE_TAGS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the side panel with five saved courses in a language, the criteria matrix open and a cohort typed. */
async function sidePanelWithFive(openExtensionPage: (p: string) => Promise<Page>, lang: 'en' | 'cy'): Promise<Page> {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.locator('main')).toBeVisible();
  await seedSavedCourses(panel);
  await setLocale(panel, lang);
  await panel.reload();
  await expect(panel.locator('ol.cards > li')).toHaveCount(5);
  await expect(panel.locator('html')).toHaveAttribute('lang', lang === 'cy' ? 'cy' : 'en-GB');
  await panel.locator('details.matrix summary').click();
  await panel.locator('#cohort').fill('12');
  await expect(panel.locator('ol.options > li')).toHaveCount(5);
  if (lang === 'cy') {
    // core's verdicts, reasons and commissioning advice, and the default policy's criterion names, in Welsh: none marked English
    await expect(panel.locator('.card .verdict').first()).toHaveText(/^(Addasrwydd |Dim digon o wybodaeth)/);
    await expect(panel.locator('.card .verdict[lang], .glance dd[lang], details.matrix th[lang]')).toHaveCount(0);
    for (const text of await panel.locator('details.matrix tbody th').allInnerTexts()) expect(text).not.toMatch(/\b(the|and|of|with|by)\b/);
    const advice = panel.locator('#commission-title ~ ul li');
    await expect(advice.first()).toBeVisible();
    for (const text of await advice.allInnerTexts()) expect(text.replace(/\(.*?\)|“.*?”/g, '')).not.toMatch(/\b(the|and|of|is)\b/);
    await expect(panel.locator('#commission-title ~ ul li[lang]')).toHaveCount(0);
  }
  return panel;
}

for (const lang of LANGS) {
  test(`side panel (${lang}): five saved courses fit 320, 400 and 480 px without sideways scrolling, and read at 1280`, async ({ openExtensionPage }) => {
    const panel = await sidePanelWithFive(openExtensionPage, lang);
    for (const width of WIDTHS) {
      await panel.setViewportSize({ width, height: 800 });
      await expect(panel.locator('.recommendation')).toContainText(/\S/);
      if (width < 1280) expect(await horizontalOverflow(panel), `overflow at ${width}px: ${(await overflowingElements(panel)).join('; ')}`).toBe(0);
      await screenshot(panel, `sidepanel-${lang}-${width}`);
    }
    // at 1280 px the cards sit side by side (three or more to a row), not in one tall column
    const tops = await panel.locator('ol.cards > li').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.filter((top) => top === tops[0]).length).toBeGreaterThanOrEqual(3);
    await panel.setViewportSize({ width: 400, height: 800 });
    expect(await axeViolations(panel)).toEqual([]);
  });
}

test('side panel: cards name score, band, provider and cost per hour; the commissioning check follows the list’s order', async ({ openExtensionPage }) => {
  const panel = await sidePanelWithFive(openExtensionPage, 'en');
  const first = panel.locator('ol.cards > li').first();
  await expect(first.locator('.pill')).toHaveText(/\d+.*(fit|Not enough information)/);
  await expect(panel.locator('ol.cards')).toContainText('Provider not known');
  await expect(panel.locator('ol.cards')).toContainText('per person per hour of training');

  const cardTitles = () => panel.locator('ol.cards h3 a').allInnerTexts();
  const optionTitles = async () => (await panel.locator('ol.options h3').allInnerTexts()).map((t) => t.replace(/^Option \d+: /, ''));
  expect(await optionTitles()).toEqual(await cardTitles());
  for (const order of ['title', 'costPerHour', 'provider']) {
    await panel.getByLabel('Sort by').selectOption(order);
    expect(await optionTitles()).toEqual(await cardTitles());
  }
  await panel.getByLabel('Sort by').selectOption('title');
  expect(await cardTitles()).toEqual(FIVE_COURSES.map((c) => c.title).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  await expect(panel.getByText(/^(Recommended: option \d, |No option can be recommended yet\.)/)).toBeVisible();

  // a cohort that is not a number is said beside the field, never silently ignored
  await panel.locator('#cohort').fill('lots');
  await expect(panel.getByText('Enter a whole number of staff from 1 to 10,000')).toBeVisible();
  await expect(panel.locator('ol.options')).toHaveCount(0);
});

test('side panel at 400 px, set up, for the README (tests/artifacts/screenshots/sidepanel-readme.png)', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.locator('main')).toBeVisible();
  // realistic names for the README; the stress names are for the overflow tests
  await seedSavedCourses(panel, FIVE_COURSES.map((c, i) => (i === 3 ? { ...c, title: 'Metacognition and self-regulated learning in practice', provider: 'Ashford Teaching School Hub' } : c)));
  await seedProfile(panel, 'Lead the teaching of early reading and phonics across Key Stage 1');
  await panel.setViewportSize({ width: 400, height: 1100 });
  await panel.reload();
  await expect(panel.locator('ol.cards > li')).toHaveCount(5);
  await expect(panel.locator('.invite')).toHaveCount(0);
  await panel.screenshot({ path: await screenshot(panel, 'sidepanel-readme'), fullPage: false });
});

test('side panel: first run invites the member of staff to set up, until targets or a policy exist', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const invite = panel.getByRole('region', { name: 'Make the scores yours' });
  await expect(invite).toBeVisible();
  await expect(invite).toContainText('role, phase and PD targets');
  await expect(invite.getByRole('button', { name: 'Set up CPD Lens' })).toBeVisible();
});

for (const lang of LANGS) {
  test(`popup (${lang}): scores with band, the first-run invitation, no stray bullets, and accessible`, async ({ context, server, openExtensionPage }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    await expect(pageBadge(page)).toBeVisible();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tabId = await worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      return (await api.tabs.query({})).find((t) => t.url === u)!.id!;
    }, page.url());
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await setLocale(popup, lang);
    await popup.reload();
    await expect(popup.locator('html')).toHaveAttribute('lang', lang === 'cy' ? 'cy' : 'en-GB');
    const list = popup.getByRole('list', { name: lang === 'en' ? 'Courses on this page' : 'Cyrsiau ar y dudalen hon' });
    await expect(list).toContainText('Metacognition in the Primary Classroom');
    await expect(list.locator('.pill')).toContainText(/\d+/);
    // core's verdict in the popup's language, never marked English
    await expect(list.locator('.verdict')).toHaveText(lang === 'cy' ? /^(Addasrwydd |Dim digon o wybodaeth)/ : /^((Strong|Good|Partial|Weak) fit|Not enough information)/);
    await expect(list.locator('.verdict[lang]')).toHaveCount(0);
    expect(await popup.evaluate(() => [...document.querySelectorAll('ul, ol')].map((l) => getComputedStyle(l).listStyleType))).toEqual(expect.arrayContaining(['none']));
    expect(await popup.evaluate(() => [...document.querySelectorAll('ul.plain')].every((l) => getComputedStyle(l).listStyleType === 'none'))).toBe(true);
    await expect(popup.locator('.invite')).toBeVisible();
    for (const width of [360, 400, 480, 1280]) {
      await popup.setViewportSize({ width, height: 600 });
      await screenshot(popup, `popup-${lang}-${width}`);
    }
    expect(await axeViolations(popup)).toEqual([]);
  });

  test(`setup (${lang}): fits every width, is in the chosen language, and is accessible with errors shown`, async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options.html');
    await expect(options.locator('main')).toBeVisible();
    await setLocale(options, lang);
    await options.reload();
    await expect(options.locator('html')).toHaveAttribute('lang', lang === 'cy' ? 'cy' : 'en-GB');
    await expect(options.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Set up CPD Lens' : 'Gosod CPD Lens');
    await options.locator('form button[type=submit]').click();
    await expect(options.locator('.error-summary')).toBeVisible();
    for (const width of WIDTHS) {
      await options.setViewportSize({ width, height: 900 });
      if (width < 1280) expect(await horizontalOverflow(options), `overflow at ${width}px: ${(await overflowingElements(options)).join('; ')}`).toBe(0);
      await screenshot(options, `setup-${lang}-${width}`);
    }
    expect(await axeViolations(options)).toEqual([]);
  });
}
