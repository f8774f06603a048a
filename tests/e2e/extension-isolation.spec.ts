/**
 * What a provider page can learn about CPD Lens, and what it can make CPD Lens render. Each test runs
 * the page's own script, with only the page's powers:
 * - E-WAR-01: it probes every file of the extension at its chrome-extension:// address;
 * - E-WAR-02 / P-06: it looks for anything the badge added beyond its host element;
 * - E-ISO-01: it enumerates its own origin's storage after the badge ran, was opened and saved;
 * - E-XSS-01: markup in a course's title reaches no extension view as markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, labelFrame, nextFrame, ownFixturesDir, pageBadge, test } from '../support/extension.ts';
import { seedProfile, seedSavedCourses } from '../support/extension-views.ts';
import { extensionBuildDir } from '../support/paths.ts';

test.skip(extensionMissing, extensionMissingReason);

const courseHtml = readFileSync(join(ownFixturesDir, 'course.html'), 'utf8');

/** Every file the extension ships, relative to its root. */
function extensionFiles(): string[] {
  return readdirSync(extensionBuildDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(extensionBuildDir.length + 1));
}

/** From the page's own script: which of these extension addresses can it load, by fetch or as a script? */
async function reachable(page: Page, base: string, files: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ base, files }) => {
      const loads = (path: string) =>
        Promise.all([
          fetch(base + path).then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((ok) => {
            const s = document.createElement('script');
            s.src = base + path;
            s.onload = () => ok(true);
            s.onerror = () => ok(false);
            document.head.append(s);
            setTimeout(() => ok(false), 3000);
          }),
        ]).then(([a, b]) => a || b);
      const out: string[] = [];
      for (const f of files) if (await loads(f)) out.push(f);
      return out;
    },
    { base, files },
  );
}

test('a page can load no file of the extension by its address; the label is web-accessible only at a per-session address (E-WAR-01)', async ({ context, server, extensionId }) => {
  const manifest = JSON.parse(readFileSync(join(extensionBuildDir, 'manifest.json'), 'utf8')) as { web_accessible_resources: { resources: string[]; use_dynamic_url?: boolean }[] };
  // the one resource a page may frame, and only through the dynamic (per-session) address
  expect(manifest.web_accessible_resources.flatMap((w) => w.resources)).toEqual(['label.html']);
  expect(manifest.web_accessible_resources.every((w) => w.use_dynamic_url)).toBe(true);
  const files = extensionFiles();
  expect(files).toContain('label.html');
  expect(files.length).toBeGreaterThan(20);
  // a provider page (the badge runs) and a page where CPD Lens does not run by itself
  for (const origin of [server.origin, server.origin.replace('127.0.0.1', 'localhost')]) {
    const page = await context.newPage();
    await page.goto(`${origin}/own/course.html`);
    if (origin === server.origin) await expect(pageBadge(page)).toBeVisible();
    expect(await reachable(page, `chrome-extension://${extensionId}/`, files), origin).toEqual([]);
    await page.close();
  }
  // the label's own frame address is not the extension id: it cannot be used to probe for CPD Lens
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await pageBadge(page).click();
  // the frame gets its address once the background has answered: wait for it rather than read it at once
  const frame = page.locator('cpd-lens-badge iframe.label-frame');
  await expect(frame).toHaveAttribute('src', /^chrome-extension:\/\/[^/]+\//);
  const src = await frame.getAttribute('src');
  expect(new URL(src!).host).not.toBe(extensionId);
  expect(await reachable(page, `chrome-extension://${new URL(src!).host}/`, files.filter((f) => f !== 'label.html'))).toEqual([]);
});

test('the page sees only the badge’s host element: no text, ids, classes, globals, styles or storage of ours (E-WAR-02, P-06, E-ISO-01)', async ({ context, server, extensionId, openExtensionPage }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __globals: string[] }).__globals = Object.getOwnPropertyNames(window);
  });
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  await pageBadge(page).click();
  const label = labelFrame(page);
  await label.getByRole('button', { name: 'Save course' }).click();
  await expect(label.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');

  const seen = await page.evaluate(async () => {
    const w = window as unknown as { __globals: string[] };
    const hosts = [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('CPD-LENS'));
    const ours = hosts.map((h) => ({
      tag: h.tagName.toLowerCase(),
      attributes: h.getAttributeNames(),
      text: h.textContent,
      children: h.childNodes.length,
    }));
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    return {
      ours,
      newGlobals: Object.getOwnPropertyNames(window).filter((k) => !w.__globals.includes(k) && k !== '__globals'),
      html: document.documentElement.outerHTML.replace(/<cpd-lens-badge[^>]*>/, ''),
      styleSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      storage: { local: Object.keys(localStorage), session: Object.keys(sessionStorage), dbs, cookie: document.cookie, caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length },
    };
  });
  // one host element with one inline style attribute: its tag is all a page can tell (documented in SECURITY.md)
  expect(seen.ours).toEqual([{ tag: 'cpd-lens-badge', attributes: ['style'], text: '', children: 0 }]);
  expect(seen.newGlobals).toEqual([]);
  expect(seen.html).not.toContain(extensionId);
  expect(seen.html).not.toMatch(/wxt|data-cpd|cpd-lens(?!-badge)/i);
  // the fixture's own <style> only: the badge's styles live in its shadow root
  expect(seen.styleSheets).toBe(1);
  expect(seen.adopted).toBe(0);
  // E-ISO-01: the provider's origin holds nothing of ours, even after a save
  expect(seen.storage).toEqual({ local: [], session: [], dbs: [], cookie: '', caches: [], workers: 0 });
  expect(await context.cookies(server.origin)).toEqual([]);
  // while the extension's own origin does hold the saved course
  const setup = await openExtensionPage('options.html');
  expect(await setup.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('cpd-lens');
});

test('the shipped build closes the badge’s shadow root (the e2e build opens it for the tests)', () => {
  const shipped = readFileSync(join(extensionBuildDir, '../chrome-mv3/content-scripts/badge.js'), 'utf8');
  const e2e = readFileSync(join(extensionBuildDir, 'content-scripts/badge.js'), 'utf8');
  expect(shipped).toMatch(/attachShadow\(\{mode:`closed`\}\)|=`closed`/);
  expect(shipped).not.toContain('`open`');
  expect(e2e).toMatch(/`open`/);
});

const PAYLOAD = '<img src=/own/xss-probe onerror=alert(1)>';

/** Collects dialogs and requests for the probe from every page of the context. */
function watch(context: BrowserContext): { dialogs: string[]; probes: string[] } {
  const seen = { dialogs: [] as string[], probes: [] as string[] };
  const onPage = (p: Page) => p.on('dialog', (d) => void (seen.dialogs.push(d.message()), d.dismiss()));
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('request', (r) => void (r.url().includes('xss-probe') && seen.probes.push(r.url())));
  return seen;
}

/** Markup an extension view must not contain: an element the payload would have made. */
async function noPayloadIn(target: Page | ReturnType<typeof labelFrame> | ReturnType<Page['locator']>, where: string): Promise<void> {
  await expect(target.locator('img[src*="xss-probe"], [onerror], svg[onload], script:not([src])'), where).toHaveCount(0);
}

test('markup in a course title is text in the badge, label, popup, side panel and setup (E-XSS-01)', async ({ context, server, openExtensionPage }) => {
  const seen = watch(context);
  const page = await context.newPage();
  const url = `${server.origin}/own/hostile-title.html`;
  const title = `Metacognition ${PAYLOAD} in the Primary Classroom`;
  const hostile = courseHtml
    .replace('"name": "Metacognition in the Primary Classroom"', `"name": ${JSON.stringify(title).replace(/</g, '\\u003c')}`)
    .replace('<title>Metacognition in the Primary Classroom', `<title>${title.replace(/</g, '&lt;')}`)
    .replace('<h1>Metacognition in the Primary Classroom</h1>', `<h1>${title.replace(/</g, '&lt;')}</h1><meta property="og:title" content="${title.replace(/</g, '&lt;')}">`);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: hostile }));
  await page.goto(url);
  await expect(pageBadge(page)).toBeVisible();
  await noPayloadIn(page.locator('cpd-lens-badge'), 'page badge');
  await pageBadge(page).click();
  const label = labelFrame(page);
  await expect(label.getByRole('heading', { level: 1 })).toContainText('Metacognition');
  await noPayloadIn(label, 'label');
  await label.getByRole('button', { name: 'Save course' }).click();
  await expect(label.getByRole('status')).toContainText('Saved');

  const tabId = await context.serviceWorkers()[0]!.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)!.id!;
  }, url);
  // extraction already strips markup from titles, so the views are also given stored records carrying
  // the payload raw (as an imported file or an older version could): they must show it as text
  const panel = await openExtensionPage('sidepanel.html');
  await seedSavedCourses(panel, [{ title, url, provider: PAYLOAD, description: PAYLOAD }]);
  await seedProfile(panel, `Use questioning ${PAYLOAD}`);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await expect(popup.getByRole('list', { name: 'Courses on this page' })).toContainText('Metacognition');
  await noPayloadIn(popup, 'popup');
  await panel.reload();
  await expect(panel.locator('ol.cards')).toContainText(title);
  await noPayloadIn(panel, 'side panel');
  const setup = await openExtensionPage('options.html');
  await expect(setup.getByRole('heading', { level: 1 })).toBeVisible();
  await noPayloadIn(setup, 'setup');
  await expect(popup.getByRole('list', { name: 'Your courses on this site' })).toContainText(title);
  await expect(setup.getByLabel('Target', { exact: true }).first()).toHaveValue(`Use questioning ${PAYLOAD}`);
  // every view has drawn a frame since its checks: an element the payload made would have asked for its image
  for (const p of context.pages()) if (!p.isClosed()) await nextFrame(p);
  expect(seen.dialogs).toEqual([]);
  expect(seen.probes).toEqual([]);
});
