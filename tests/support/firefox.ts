/**
 * Stock Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the built CPD Lens extension
 * installed (Playwright's own Firefox channel does not drive ESR 153). Pitfalls this handles:
 * - MOZ_DISABLE_NONLOCAL_CONNECTIONS, or Firefox keeps resolving Mozilla hosts on a machine without them;
 * - `extensions.originControls.grantByDefault`, so MV3 host permissions are granted at install;
 * - `--remote-allow-system-access` and a pinned add-on UUID, so tests can open moz-extension:// pages;
 * - extension pages never fire the load event BiDi waits for: navigate, then wait on document.readyState.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ownFixturesDir } from './extension.ts';
import { artifactsDir, repoRoot } from './paths.ts';
import { startServer, type LocalServer } from './server.ts';
import { askInPage } from './handoff-ask.ts';

/** The Firefox e2e build (loopback origins added, never shipped). */
export const firefoxBuildDir = join(repoRoot, '.output/firefox-mv3-e2e');
/** The add-on id from the manifest's browser_specific_settings. */
export const addonId = 'cpd-lens@cpd-lens.example';
/** A fixed internal UUID, so moz-extension:// URLs are known before install. */
export const addonUuid = '4c0d3a52-9f1e-4b7a-8c55-1d2e3f405162';
export const extensionOrigin = `moz-extension://${addonUuid}`;

/** The manifest's strict_min_version. */
const MIN_FIREFOX = 142;

/** $FIREFOX_PATH, else Debian's firefox-esr. */
export function firefoxPath(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Why the Firefox tests cannot run here, or undefined when they can. */
export function firefoxSkipReason(): string | undefined {
  const path = firefoxPath();
  if (!path) return 'no Firefox found: set FIREFOX_PATH or install firefox-esr ≥ 142 (./dev test does, as root on Debian)';
  const version = /(\d+)\.\d+/.exec(spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout ?? '');
  if (!version || Number(version[1]) < MIN_FIREFOX) return `${path} is ${version?.[0] ?? 'of unknown version'}; the manifest needs Firefox ≥ ${MIN_FIREFOX} (Debian's security updates carry it)`;
  if (!existsSync(join(firefoxBuildDir, 'manifest.json'))) return 'the Firefox e2e build is missing: run `pnpm run build` first';
  return undefined;
}

/** Where this run's Firefox saves downloads (the extension's exports), without asking. */
export const downloadsDir = mkdtempSync(join(tmpdir(), 'cpd-lens-ff-downloads-'));

/** What a suite may change in the Firefox it launches: extra preferences, another build of the extension. */
export interface FirefoxOptions {
  prefs?: Record<string, unknown>;
  /** The unpacked build to install (default: the e2e build). */
  build?: string;
}

/** Launches headless Firefox with only loopback networking and installs the extension. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: addonUuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(options.build ?? firefoxBuildDir);
  return browser;
}

/** Opens an extension page (options.html, sidepanel.html, popup.html) and waits until it has rendered. */
export async function openExtensionPage(browser: Browser, path: string, ready = 'main, form, h1'): Promise<Page> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const page = await browser.newPage();
    // the navigation promise never settles for moz-extension pages under BiDi: do not await it
    page.goto(`${extensionOrigin}/${path}`, { timeout: 0 }).catch(() => undefined);
    if (await untilLoaded(page, deadline)) {
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page;
    }
    // this tab's document stays unreadable to the remote agent: open the page in a fresh tab
    await page.close().catch(() => undefined);
  }
}

/**
 * Waits until the page is an extension page that has loaded (true). Firefox's remote agent can fail an
 * evaluation made while the document is being replaced ("right-hand side of 'in' should be an object,
 * got null"): such a protocol error means "not yet". Once in a while every evaluation of that tab then
 * fails until any deadline, and opening the page again in the same tab does not help (seen in full runs):
 * after a third such error this says false, so the caller opens a fresh tab, before the deadline.
 */
async function untilLoaded(page: Page, deadline: number): Promise<boolean> {
  for (let errors = 0; ; ) {
    try {
      await page.waitForFunction(() => location.href.startsWith('moz-extension:') && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) });
      return true;
    } catch (e) {
      // puppeteer reports it as "Waiting failed", caused by the protocol error
      const said = `${String(e)} ${String((e as { cause?: unknown }).cause ?? '')}`;
      if (Date.now() >= deadline || !/Protocol error/i.test(said)) throw e;
      if (++errors === 3) return false;
    }
  }
}

/**
 * Opens `url` and, once it has loaded, reports how many of CPD Lens's elements the page has, how many
 * looks its content scripts took (the e2e build's performance marks, which the page's timeline shares),
 * and the page's uncaught errors: for sites it may not read, where all must stay empty. The detector runs
 * at document_end, before the load event: a page it has not looked at by then it never reads, so there
 * is nothing to wait for (the two seconds this used to give CPD Lens).
 */
export async function openAndWatch(browser: Browser, url: string): Promise<{ page: Page; ours: number; looks: number; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  const { ours, looks } = await page.evaluate(() => ({
    ours: document.querySelectorAll('cpd-lens-badge, cpd-lens-course').length,
    looks: performance.getEntriesByName('cpd-lens:detect').length + performance.getEntriesByName('cpd-lens:badge:start').length,
  }));
  return { page, ours, looks, errors };
}

/**
 * Waits until the detector's look after the page's load event has been taken (and found no course, or
 * it would not have looked again): from then on CPD Lens adds nothing to the page.
 */
export async function detectorDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return !!nav && nav.loadEventStart > 0 && performance.getEntriesByName('cpd-lens:detect').some((e) => e.startTime >= nav.loadEventStart);
    },
    { timeout: 15_000 },
  );
}

/** Saves a screenshot under tests/artifacts/firefox/. */
export async function snapFirefox(page: Page, name: string): Promise<void> {
  const dir = join(artifactsDir, 'firefox');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) as `${string}.png` });
}

/** In-page lookups by what a person sees (label text, button name), through open shadow roots too. */
function pageHelpers(): string {
  return `
    const all = (root) => { const out = [...root.querySelectorAll('*')]; for (const el of [...out]) if (el.shadowRoot) out.push(...all(el.shadowRoot)); return out; };
    const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
    const nameOf = (el) => norm(el.getAttribute('aria-label') || el.textContent);
    const byLabel = (text) => {
      for (const el of all(document)) {
        if (el.tagName === 'LABEL' && norm(el.textContent) === text) {
          const control = el.htmlFor ? el.getRootNode().getElementById(el.htmlFor) : el.querySelector('input, select, textarea');
          if (control) return control;
        }
        if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) && el.getAttribute('aria-label') === text) return el;
      }
      return null;
    };
    const button = (name) => all(document).find((el) => (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || el.tagName === 'A') && nameOf(el) === name) || null;
  `;
}

/** Sets the value of the control labelled `label`, as typing or choosing would. */
export async function setByLabel(page: Page | Frame, label: string, value: string): Promise<void> {
  const done = await page.evaluate(
    `(() => { ${pageHelpers()} const el = byLabel(${JSON.stringify(label)}); if (!el) return false;
      const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(value)});
      el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
  );
  if (!done) throw new Error(`no control labelled "${label}"`);
}

/** Clicks the button (or link) whose visible text or aria-label is `name`. */
export async function clickButton(page: Page | Frame, name: string): Promise<void> {
  const done = await page.evaluate(`(() => { ${pageHelpers()} const el = button(${JSON.stringify(name)}); if (!el) return false; el.click(); return true; })()`);
  if (!done) throw new Error(`no button named "${name}"`);
}

/**
 * Waits until some element's text (through open shadow roots) matches `pattern`; returns that text. It
 * looks every 100 ms rather than at each animation frame (puppeteer's default): a tab behind another gets
 * about one frame a second in Firefox, and none before its first paint, so a wait in a background tab
 * (the confirming tab once the form has opened in front of it) could run out its time.
 */
export async function waitForText(page: Page | Frame, pattern: RegExp, timeout = 15_000): Promise<string> {
  const handle = await page.waitForFunction(
    `(() => { ${pageHelpers()} const re = new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)});
      const hit = all(document).find((el) => el.children.length === 0 && re.test(norm(el.textContent)) || re.test(norm(el.getAttribute?.('aria-label'))));
      return hit ? norm(hit.getAttribute('aria-label') || hit.textContent) : false; })()`,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * The label's frame on a provider page, once its content has loaded. Firefox's BiDi keeps reporting an
 * extension frame's first URL (about:blank), so the frame is found by asking each where it really is.
 */
export async function labelFrameOf(page: Page, timeout = 15_000): Promise<Frame> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${extensionOrigin}/label.html`)) return frame;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the label frame did not load');
}

/** Opens the page badge (the e2e build keeps its shadow root open) and returns the label's frame. */
export async function openLabel(page: Page): Promise<Frame> {
  await page.waitForFunction(() => !!document.querySelector('cpd-lens-badge')?.shadowRoot?.querySelector('button'), { timeout: 15_000 });
  await page.evaluate(() => (document.querySelector('cpd-lens-badge')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
  return labelFrameOf(page);
}

/**
 * For one describe block: a Firefox with the extension and a server of this suite's own fixture pages,
 * started before its tests and closed after them. Read them through the getters once the tests run.
 */
export function firefoxWithFixtures(options: FirefoxOptions = {}): { browser: () => Browser; server: () => LocalServer } {
  let browser: Browser | undefined;
  let server: LocalServer | undefined;
  beforeAll(async () => {
    server = await startServer({ '/own': ownFixturesDir });
    browser = await launchFirefox(options);
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.closeAllConnections();
    await server?.close();
  });
  return { browser: () => browser!, server: () => server! };
}

/**
 * The tab showing one of CPD Lens's own pages (`path`, e.g. 'confirm.html'), once open: each tab is asked
 * where it is, as BiDi may still report an extension tab's first address (about:blank).
 */
export async function extensionTab(browser: Browser, path: string, timeout = 15_000): Promise<Page> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${extensionOrigin}/${path}`)) return page;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`${path} did not open`);
}

/** The tab of CPD Lens's confirming step for a request (Firefox), once open. */
export const confirmTab = (browser: Browser): Promise<Page> => extensionTab(browser, 'confirm.html');

/**
 * Firefox's confirming step (issue 20, item 2): after "Start a request" in the label, the tab CPD Lens
 * opened for it; pressing its button opens the school's form. Both pages are returned.
 */
export async function confirmRequest(browser: Browser, formPath: string): Promise<{ confirm: Page; form: Page }> {
  const confirm = await confirmTab(browser);
  await waitForText(confirm, /^Open the request form$/);
  const opened = browser.waitForTarget((t) => t.url().includes(formPath), { timeout: 15_000 });
  await clickButton(confirm, 'Open the request form');
  return { confirm, form: (await (await opened).page())! };
}

/** Asks CPD Lens for the hand-off as the school's form does (the token from the address, the answer on a MessagePort): JSON, or '' for none. */
export async function askForHandoff(form: Page): Promise<string> {
  return form.evaluate(askInPage);
}
