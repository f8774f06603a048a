/**
 * Playwright fixtures for the built CPD Lens extension (.output/chrome-mv3-e2e): a persistent
 * Chromium context with the extension loaded, its id, the local provider-page server, and helpers to
 * open the extension's own pages. The tests of a worker share one browser (a browser start is 2-3 s of
 * each test), reset before each test so that no test sees another's data (`resetBrowsing`); a test about
 * what only a new profile has (site access, the install event) says `test.use({ freshProfile: true })`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { baseChromiumArgs, chromiumPath, quietChromiumArgs } from './browser.ts';
import { leaks, personalTexts, watchConsole } from './console-watch.ts';
import { gateArgs, notBrowserOwn, onThisMachine, startNetGate, type NetGate } from './net-gate.ts';
import { artifactsDir, extensionBuildDir, fixturesDir } from './paths.ts';
import { startServer, type LocalServer } from './server.ts';
import { askInPage } from './handoff-ask.ts';

/** The fixture corpus of provider pages: the shared one when written, else this suite's own three pages. */
export const providersDir = existsSync(join(fixturesDir, 'providers')) && readdirSync(join(fixturesDir, 'providers')).some((f) => f.endsWith('.html'))
  ? join(fixturesDir, 'providers')
  : join(fixturesDir, 'extension');
/** This suite's own pages (request-form stub, policies, hostile pages). */
export const ownFixturesDir = join(fixturesDir, 'extension');

export const extensionMissing = !existsSync(join(extensionBuildDir, 'manifest.json'));
export const extensionMissingReason = 'the e2e extension build is missing: run `pnpm --filter @cpd-lens/extension build` first';

interface Fixtures {
  /** A browser with a new profile for the test, instead of the worker's shared one (reset between tests). */
  freshProfile: boolean;
  context: BrowserContext;
  extensionId: string;
  server: LocalServer;
  /** Opens an extension page (popup.html, options.html, sidepanel.html) in a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

/** Launches Chromium with only the CPD Lens extension loaded (through `gate`, else the run's network gate). */
export async function launchWithExtension(userDataDir: string, options: { locale?: string; extensionDir?: string; gate?: string } = {}): Promise<BrowserContext> {
  const { locale, extensionDir = extensionBuildDir, gate } = options;
  const quiet = gate ? [...baseChromiumArgs, ...gateArgs(gate)] : quietChromiumArgs;
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumPath(),
    ...(locale ? { locale } : {}),
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(locale ? [`--lang=${locale}`] : []), ...quiet],
  });
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** A browser with the extension, behind its own network gate, recording what P-01 and P-07 check. */
interface Browsing {
  context: BrowserContext;
  /** The extension's id, read once at launch (a stopped service worker is not in `serviceWorkers()`). */
  id: string;
  gate: NetGate;
  consoleLines: string[];
  offMachine: string[];
  /** Web origins the browser asked for since the last reset (their storage is cleared by `resetBrowsing`). */
  origins: Set<string>;
  close(): Promise<void>;
}

/** Each launched browser's extension id. */
const ids = new WeakMap<BrowserContext, string>();

async function startBrowsing(): Promise<Browsing> {
  const dir = mkdtempSync(join(tmpdir(), 'cpd-lens-e2e-'));
  // P-01: this browser's own network gate, so an off-machine request fails the test that made it
  const gate = await startNetGate();
  const context = await launchWithExtension(dir, { gate: gate.url });
  const consoleLines = watchConsole(context);
  const offMachine: string[] = [];
  const origins = new Set<string>();
  context.on('request', (r) => {
    const url = r.url();
    if (!onThisMachine(url)) offMachine.push(url);
    else if (/^https?:/.test(url)) origins.add(new URL(url).origin);
  });
  const id = await extensionIdOf(context);
  ids.set(context, id);
  const close = async () => {
    await context.close();
    await gate.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, id, gate, consoleLines, offMachine, origins, close };
}

/**
 * Gives the next test a shared browser as a fresh profile would be for everything CPD Lens keeps: the
 * tabs the last test opened closed, every record of the extension's databases and both of its storage
 * areas emptied (what "Delete all my data" does, P-04, checked by enumeration in extension-privacy), the
 * web storage and cookies of the pages visited cleared, and the service worker running again (a test may
 * have stopped it, E-SW-01). What a fresh profile would still differ in (site access, the install event,
 * the browser's language) is why a test says `test.use({ freshProfile: true })`.
 */
async function resetBrowsing(b: Browsing): Promise<void> {
  const [keep, ...rest] = b.context.pages();
  for (const page of rest) await page.close();
  const page = keep ?? (await b.context.newPage());
  await page.goto(`chrome-extension://${b.id}/manifest.json`);
  const cdp = await b.context.newCDPSession(page);
  try {
    // E-SW-01 stops the worker: start it again, so the next test's helpers find it
    if (!b.context.serviceWorkers().length) {
      const woken = b.context.waitForEvent('serviceworker');
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${b.id}/` });
      await woken;
    }
    await extensionWorker(b.context).then((w) =>
      w.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } } } }).chrome;
        for (const { name } of await indexedDB.databases()) {
          if (!name) continue;
          const db = await new Promise<IDBDatabase>((ok, fail) => {
            const open = indexedDB.open(name);
            open.onsuccess = () => ok(open.result);
            open.onerror = () => fail(open.error);
          });
          const stores = [...db.objectStoreNames];
          if (stores.length)
            await new Promise<void>((ok, fail) => {
              const tx = db.transaction(stores, 'readwrite');
              for (const store of stores) tx.objectStore(store).clear();
              tx.oncomplete = () => ok();
              tx.onerror = tx.onabort = () => fail(tx.error);
            });
          db.close();
        }
        await api.storage.local.clear();
        await api.storage.session.clear();
      }),
    );
    for (const origin of b.origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    b.origins.clear();
    await b.context.clearCookies();
    await b.context.clearPermissions();
  } finally {
    await cdp.detach();
  }
  await page.goto('about:blank');
}

/** The extension's service worker (running: a stopped one is started by whatever wakes it). */
async function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Where a test's records start in a browser's logs, so a shared browser is checked for that test's part alone. */
const marks = (b: Browsing) => ({ seen: b.gate.seen.length, off: b.offMachine.length, lines: b.consoleLines.length });

/** P-01 and P-07 over what the browser recorded since `from`; `personal` is read before the browser closes. */
function checkBrowsing(b: Browsing, from: ReturnType<typeof marks>, personal: string[]): void {
  expect([...notBrowserOwn(b.gate.seen.slice(from.seen)), ...b.offMachine.slice(from.off)], 'P-01: CPD Lens asked for addresses off this machine').toEqual([]);
  expect(leaks(b.consoleLines.slice(from.lines), personal), 'P-07: personal data in the console').toEqual([]);
}

export const test = base.extend<Fixtures, { workerBrowsing: () => Promise<Browsing> }>({
  freshProfile: [false, { option: true }],
  // the worker's shared browser (issue 24: a browser start is 2-3 s of each test), started at its first use
  workerBrowsing: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      let shared: Promise<Browsing> | undefined;
      await use(() => (shared ??= startBrowsing()));
      if (shared) await (await shared).close();
    },
    { scope: 'worker' },
  ],
  context: async ({ freshProfile, workerBrowsing }, use) => {
    const shared = freshProfile ? undefined : await workerBrowsing();
    if (shared) await resetBrowsing(shared);
    const browsing = shared ?? (await startBrowsing());
    const from = marks(browsing);
    await use(browsing.context);
    const personal = await personalTexts(browsing.context).catch(() => []);
    if (!shared) await browsing.close();
    checkBrowsing(browsing, from, personal);
  },
  extensionId: async ({ context }, use) => {
    await use(ids.get(context) ?? (await extensionIdOf(context)));
  },
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer({ '/providers': providersDir, '/own': ownFixturesDir });
    await use(server);
    // the browser may still hold keep-alive connections: drop them so close() returns
    server.server.closeAllConnections();
    await server.close();
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };

/** The page-level badge button inside its shadow root. */
export function pageBadge(page: Page): Locator {
  return page.locator('cpd-lens-badge').getByRole('button', { name: /^CPD Lens / });
}

/** Moves the keyboard focus to the page badge with Tab alone (its host ends the document, so it comes last). */
export async function tabToBadge(page: Page): Promise<void> {
  for (let i = 0; i < 10 && !(await pageBadge(page).evaluate((b) => b.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(pageBadge(page)).toBeFocused();
}

/** The label: an extension page framed by the badge (the page cannot read it; Playwright can). */
export function labelFrame(page: Page): FrameLocator {
  return page.locator('cpd-lens-badge iframe.label-frame').contentFrame();
}

/**
 * Opens the badge's label and waits for a button in it. A reading of the page that lands after the click
 * redraws the badge and closes a label opened before it (on a loaded machine the button then never came):
 * the badge is pressed again, when its label is not open, until the button shows.
 */
export async function openLabelWith(page: Page, button: string | RegExp): Promise<FrameLocator> {
  const label = labelFrame(page);
  await expect(async () => {
    if (!(await page.locator('cpd-lens-badge iframe.label-frame').isVisible())) await pageBadge(page).click();
    await expect(label.getByRole('button', { name: button })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  return label;
}

/**
 * Waits until CPD Lens has done with the page it shows, from the e2e build's performance marks (the page
 * shares its timeline with the content scripts): with `badge`, the badge it loaded has finished every
 * reading it started; without, the detector's look once the page had loaded found no course (it asks for
 * the badge, and stops looking, on the first look that finds one). For tests that then check that
 * something did not happen.
 */
export async function readingDone(page: Page, badge = false): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((badge) => {
          const started = performance.getEntriesByName('cpd-lens:badge:start').length;
          const mounted = performance.getEntriesByName('cpd-lens:badge:mounted').length;
          if (badge) return started > 0 && mounted >= started;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return started === 0 && !!nav && nav.loadEventStart > 0 && performance.getEntriesByName('cpd-lens:detect').some((e) => e.startTime >= nav.loadEventStart);
        }, badge),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Whether any CPD Lens content script ran in the loaded page (the detector measures its look before the load event). */
export function contentScriptsRan(page: Page): Promise<boolean> {
  return page.evaluate(() => performance.getEntriesByName('cpd-lens:detect').length > 0 || performance.getEntriesByName('cpd-lens:badge:start').length > 0);
}

/**
 * How many tabs show, or are on their way to, an address containing `part`, asked of the browser through
 * the service worker: complete once the background has answered the action that might have opened one
 * (Playwright's own page for a new tab may not have its address yet).
 */
export async function tabsShowing(context: BrowserContext, part: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (part) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).filter((t) => `${t.url} ${t.pendingUrl}`.includes(part)).length;
  }, part);
}

/** Resolves once the page has drawn a frame after now (styles just added are then laid out and painted). */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}

/** The browser's id of the tab showing `url`, asked of the service worker (for `popup.html?tab=<id>`). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)!.id!;
  }, url);
}

/** The verdict the toolbar button shows for a tab: its badge text and title. */
export async function toolbarVerdict(context: BrowserContext, url: string): Promise<{ text: string; title: string }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome;
    const tabId = (await api.tabs.query({})).find((t) => t.url === u)!.id!;
    return { text: await api.action.getBadgeText({ tabId }), title: await api.action.getTitle({ tabId }) };
  }, url);
}

/**
 * Writes one record into the extension's own database, as setup or the evaluation form would (the
 * database must exist: visit a course page first). For tests that need data without driving the UI.
 */
export async function putRecord(context: BrowserContext, store: string, value: object): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    async ({ store, value }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('cpd-lens');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(value);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, value },
  );
}

/** Sets the extension's settings (the request form address) as setup would. */
export async function setRequestForm(context: BrowserContext, formUrl: string): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (form) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: { objectives: [], configured: true, requestFormUrl: form } });
  }, formUrl);
}

/**
 * Asks CPD Lens for the hand-off as the school's form does (issue 20): the token from the page's
 * address, posted to the page's own window with a MessagePort; the answer (JSON, '' for none) comes
 * on that port. For the form stub, which has no form of its own.
 */
export async function askForHandoff(page: Page): Promise<string> {
  return page.evaluate(askInPage);
}

/**
 * Records, in the service worker, each hand-off CPD Lens keeps for a form it opens (issue 20: the form's
 * address carries only a token, and the form's answer comes on a private port), so a test can check
 * what was handed over; the returned function reads the latest.
 */
export async function watchHandoffs(context: BrowserContext): Promise<() => Promise<unknown>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Session = { storage: { session: { onChanged: { addListener(f: (c: Record<string, { newValue?: { handoff?: unknown } }>) => void): void } } } };
  await worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: Session; lastHandoff?: unknown };
    g.chrome.storage.session.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) if (key.startsWith('handoff:') && change.newValue) g.lastHandoff = change.newValue.handoff;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { lastHandoff?: unknown }).lastHandoff);
}

/** Saves a screenshot under tests/artifacts/extension/. */
export async function snap(target: Page | Locator, name: string): Promise<void> {
  const dir = join(artifactsDir, 'extension');
  mkdirSync(dir, { recursive: true });
  await target.screenshot({ path: join(dir, `${name}.png`) });
}
