/**
 * E-PERM-05 in Firefox: an update that adds a provider site. Firefox neither grants nor asks for a
 * host permission an update adds, so the "earlier version" here is a copy of the real build whose
 * manifest lists one provider site fewer (and an older version number); the real build is then
 * installed over it (same add-on id), as an update from the store would be.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { ownFixturesDir } from '../support/extension.ts';
import { extensionTab, firefoxBuildDir, firefoxSkipReason, launchFirefox, openAndWatch, openExtensionPage, snapFirefox, waitForText } from '../support/firefox.ts';
import { startServer, type LocalServer } from '../support/server.ts';

const skip = firefoxSkipReason();
/** The provider site the update adds: the fixture server's. */
const ADDED = 'http://127.0.0.1/*';

function contains(page: Page, origin: string): Promise<boolean> {
  return page.evaluate(
    (origin) => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({ origins: [origin] }),
    origin,
  );
}

/** A copy of the real build as an earlier version would be: without the `ADDED` provider site. */
function earlierBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpd-lens-ff-earlier-'));
  cpSync(firefoxBuildDir, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string; host_permissions: string[]; content_scripts: { matches: string[] }[] };
  manifest.version = '0.0.9';
  manifest.host_permissions = manifest.host_permissions.filter((h) => h !== ADDED);
  for (const script of manifest.content_scripts) script.matches = script.matches.filter((h) => h !== ADDED);
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

/** The setup page the extension opened by itself. */
const setupOpenedByItself = (browser: Browser): Promise<Page> => extensionTab(browser, 'options.html');

describe.skipIf(skip)('an update that adds a provider site, in Firefox', () => {
  let browser: Browser;
  let server: LocalServer;
  let earlier: string;
  beforeAll(async () => {
    earlier = earlierBuild();
    server = await startServer({ '/own': ownFixturesDir });
    // the prompt Firefox would show on "Allow CPD Lens on these sites" cannot be answered by a test:
    // with this pref Firefox grants without it, still only from a real user input
    browser = await launchFirefox({ build: earlier, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.closeAllConnections();
    await server?.close();
    rmSync(earlier, { recursive: true, force: true });
  });

  it('opens setup by itself, which asks for the new site on the user’s click; then the badge shows there', async () => {
    const before = await openExtensionPage(browser, 'options.html');
    expect(await before.evaluate(() => (globalThis as unknown as { browser: { runtime: { getManifest(): { version: string } } } }).browser.runtime.getManifest().version)).toBe('0.0.9');
    expect(await contains(before, ADDED)).toBe(false);
    await before.close();

    await browser.installExtension(firefoxBuildDir); // the update: same add-on id, newer version
    const setup = await setupOpenedByItself(browser);
    await setup.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
    expect(await contains(setup, ADDED)).toBe(false); // Firefox did not grant it at update
    await waitForText(setup, /does not let CPD Lens read 1 of the course providers’ sites/);

    // meanwhile the new provider's pages get no badge, and no error
    const { page, ours, looks, errors } = await openAndWatch(browser, `${server.origin}/own/course.html`);
    expect(ours).toBe(0);
    expect(looks).toBe(0);
    expect(errors).toEqual([]);

    await setup.setViewport({ width: 400, height: 700 });
    await snapFirefox(setup, 'setup-after-update');
    const allow = await setup.waitForSelector('section[aria-labelledby="site-access"] button', { timeout: 15_000 });
    await allow!.click(); // a real click: Firefox grants only from a user's input
    await setup.waitForFunction(() => !document.getElementById('site-access'), { timeout: 15_000 });
    expect(await contains(setup, ADDED)).toBe(true);

    await page.reload();
    await waitForText(page, /^CPD Lens \d+ /);
  });
});
