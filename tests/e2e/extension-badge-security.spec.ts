/**
 * Issue 11: a provider page must not be able to switch the badge off, fake it unnoticed, read the
 * label, or take clicks on its actions while hiding them. Each test is an attack a page can run
 * without any special access; each succeeded against the badge before the label moved into the
 * extension's own frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, labelFrame, nextFrame, ownFixturesDir, pageBadge, putRecord, setRequestForm, tabsShowing, test, toolbarVerdict } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

const courseHtml = readFileSync(join(ownFixturesDir, 'course.html'), 'utf8');
const SECRET = 'zephyrine';

/** Serves the course fixture with extra markup at the top of its body, at its own address. */
async function servedWith(page: Page, origin: string, name: string, markup: string): Promise<string> {
  const url = `${origin}/own/${name}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: courseHtml.replace('<body>', `<body>${markup}`) }));
  return url;
}

/** Writes extension data the way setup would: a profile with a PD target, and the request form address. */
async function setUp(context: BrowserContext, formUrl: string, page: Page, origin: string): Promise<void> {
  // visit a course once so the extension creates its database, then add the profile to it
  await page.goto(`${origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  await setRequestForm(context, formUrl);
  await putRecord(context, 'profiles', {
    schemaVersion: 1,
    id: 'me',
    role: 'teacher',
    phase: 'primary',
    subjects: [],
    targets: [{ id: 't1', text: `Use metacognitive questioning with my ${SECRET} reading group` }],
  });
}

test('a replayed framework start-up event does not switch the badge off', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  // the page replays WXT's "content script started" signal for every script name, by event and by message
  await page.evaluate((id) => {
    for (const name of ['badge', 'detect', 'content-scripts/badge']) {
      const type = `${id}:${name}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: name, messageId: 'page' }, '*');
    }
  }, extensionId);
  // every message posted has been dispatched, to every listener of every world: one posted after them has come
  await page.evaluate(() => new Promise<void>((ok) => {
    addEventListener('message', (e) => e.data === 'cpd-lens-test:last' && ok());
    window.postMessage('cpd-lens-test:last', '*');
  }));
  await expect(pageBadge(page)).toBeVisible();
  await pageBadge(page).click();
  await expect(labelFrame(page).getByRole('heading', { name: 'Why' })).toBeVisible();
});

for (const [form, markup] of [
  ['<div id>', '<div id="__cpdLensBadgeLoaded"></div>'],
  ['<img name>', '<img name="__cpdLensBadgeLoaded" alt="">'],
] as const) {
  test(`a page clobbering globals with ${form} cannot stop the badge from loading`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(await servedWith(page, server.origin, `clobber-${form.includes('img') ? 'img' : 'div'}`, markup));
    await expect(pageBadge(page)).toBeVisible();
  });
}

test('the badge comes back when the page removes or hides it', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  await page.evaluate(() => document.querySelector('cpd-lens-badge')!.remove());
  await expect(pageBadge(page)).toBeVisible();
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('cpd-lens-badge')!;
    host.style.setProperty('display', 'none', 'important');
    const sheet = document.createElement('style');
    sheet.textContent = 'cpd-lens-badge { visibility: hidden !important; opacity: 0 !important; }';
    document.head.append(sheet);
  });
  await expect(pageBadge(page)).toBeVisible();
});

test('a lookalike badge drawn by the page can be told from the real one: the toolbar shows the real verdict', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  const real = Number(/^CPD Lens (\d+) /.exec((await pageBadge(page).getAttribute('aria-label'))!)![1]);
  await page.evaluate(() => {
    const fake = document.createElement('button');
    fake.textContent = 'CPD Lens 97 Strong fit';
    fake.style.cssText = 'position:fixed;right:16px;bottom:70px;z-index:2147483647;border:2px solid #00703c;background:#fff;padding:6px 12px';
    document.body.append(fake);
  });
  const toolbar = await toolbarVerdict(context, page.url());
  expect(toolbar.text).toBe(String(real));
  expect(toolbar.text).not.toBe('97');
  expect(toolbar.title).toMatch(new RegExp(`^CPD Lens: ${real}, `));
  // and the label tells the member of staff to compare
  await pageBadge(page).click();
  await expect(labelFrame(page).getByText(`toolbar button shows ${real} too`)).toBeVisible();
});

test('the page cannot find the words of a PD target in the label with window.find', async ({ context, server }) => {
  const page = await context.newPage();
  await setUp(context, `${server.origin}/own/request-form.html`, page, server.origin);
  await page.reload();
  await pageBadge(page).click();
  const label = labelFrame(page);
  await label.getByRole('button', { name: 'All criteria, targets and costs' }).click();
  // the target is on screen for the member of staff …
  await expect(label.getByText(SECRET, { exact: false }).first()).toBeVisible();
  // … but not to the page's scripts
  // window.find is non-standard (not in TypeScript's DOM types) but Chromium has it, and pages use it
  expect(await page.evaluate((word) => (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(word, false, false, true), SECRET)).toBe(false);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the page could read
  expect(await page.evaluate((word) => document.documentElement.innerHTML.includes(word) || document.body.innerText.includes(word), SECRET)).toBe(false);
});

for (const [how, attack] of [
  ['an almost transparent page (opacity 0.01)', () => void (document.documentElement.style.opacity = '0.01')],
  [
    'a page laid over the label (pointer-events: none)',
    () => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;opacity:0.99;pointer-events:none';
      cover.textContent = 'Click the green button to win';
      document.documentElement.append(cover);
    },
  ],
  [
    'a popover in the top layer over the label',
    () => {
      const cover = document.createElement('div');
      cover.popover = 'manual';
      cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:#fff;opacity:0.99;pointer-events:none';
      cover.textContent = 'Click the green button to win';
      document.body.append(cover);
      cover.showPopover();
    },
  ],
] as const) {
  test(`${how} cannot take a real click on "Start a request"`, async ({ context, server }) => {
    const page = await context.newPage();
    await setUp(context, `${server.origin}/own/request-form.html`, page, server.origin);
    await page.reload();
    await pageBadge(page).click();
    const label = labelFrame(page);
    await expect(label.getByRole('heading', { name: 'Why' })).toBeVisible();
    await page.evaluate(attack);
    await nextFrame(page);
    let opened = false;
    context.on('page', () => (opened = true));
    await label.getByRole('button', { name: 'Start a request' }).click({ force: true });
    await expect(label.getByRole('status')).toContainText('hiding or covering');
    // said once the background had refused: a tab it had opened would be in the browser's list
    expect(await tabsShowing(context, 'request-form')).toBe(0);
    expect(opened).toBe(false);
  });
}
