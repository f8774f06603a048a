/**
 * E-PERM-05 and E-PERM-04 in Firefox, where MV3 host permissions are the user's to grant and revoke:
 * at install every provider site is granted (Firefox ≥ 127 grants MV3 host permissions at install,
 * as `extensions.originControls.grantByDefault` does here); when the user revokes a site, CPD Lens
 * stops there quietly — no badge, no script error — and setup says so and offers to ask again.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PROVIDER_MATCHES } from '../../extension/sites/providers.ts';
import { firefoxWithFixtures, openAndWatch, openExtensionPage, snapFirefox, waitForText, firefoxSkipReason } from '../support/firefox.ts';

const skip = firefoxSkipReason();

/** Runs the extension's own permissions API in one of its pages. */
function permissions<T>(page: Page, call: string, origins: string[] = []): Promise<T> {
  return page.evaluate(
    (call, origins) => {
      const api = (globalThis as unknown as { browser: { permissions: Record<string, (p?: object) => Promise<unknown>> } }).browser.permissions;
      return api[call]!(call === 'getAll' ? undefined : { origins }) as Promise<unknown>;
    },
    call,
    origins,
  ) as Promise<T>;
}

describe.skipIf(skip)('host permissions in Firefox', () => {
  // Firefox then grants `permissions.request` without its prompt (which no harness can answer), still
  // only from a real user input: the click below goes through WebDriver BiDi's input actions
  const suite = firefoxWithFixtures({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

  it('has every provider site granted at install, no <all_urls>, and only its three API permissions', async () => {
    const browser = suite.browser();
    const options = await openExtensionPage(browser, 'options.html');
    const all = await permissions<{ origins: string[]; permissions: string[] }>(options, 'getAll');
    expect(all.origins).toEqual(expect.arrayContaining([...PROVIDER_MATCHES]));
    expect(all.origins).not.toContain('<all_urls>');
    expect(all.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    // setup has nothing to ask for
    expect(await options.$('#site-access')).toBeNull();
    await options.close();
  });

  it('stops quietly on a site whose permission the user revoked, and setup says why and offers to ask again', async () => {
    const browser = suite.browser();
    const server = suite.server();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    await waitForText(page, /^CPD Lens \d+ /);
    await page.close();

    const options = await openExtensionPage(browser, 'options.html');
    expect(await permissions<boolean>(options, 'remove', ['http://127.0.0.1/*'])).toBe(true);
    expect(await permissions<boolean>(options, 'contains', ['http://127.0.0.1/*'])).toBe(false);

    const revoked = await openAndWatch(browser, `${server.origin}/own/course.html`);
    expect(revoked.ours).toBe(0);
    expect(revoked.looks).toBe(0);
    expect(revoked.errors).toEqual([]);
    await revoked.page.close();

    // setup still works, says why there is no badge, and offers to ask for the site again
    const again = await openExtensionPage(browser, 'options.html');
    await waitForText(again, /^Set up CPD Lens$/);
    await waitForText(again, /^CPD Lens cannot read some providers’ sites$/);
    await waitForText(again, /does not let CPD Lens read 1 of the course providers’ sites/);
    await waitForText(again, /^Allow CPD Lens on these sites$/);
    await again.setViewport({ width: 400, height: 700 });
    await snapFirefox(again, 'setup-site-access');
    await again.close();
    await options.close();
  });

  it('comes back when the user allows the site again: setup rechecks and the badge shows on the page', async () => {
    const browser = suite.browser();
    const server = suite.server();
    const setup = await openExtensionPage(browser, 'options.html');
    if (await permissions<boolean>(setup, 'contains', ['http://127.0.0.1/*'])) await permissions<boolean>(setup, 'remove', ['http://127.0.0.1/*']);
    const allow = await setup.waitForSelector('section[aria-labelledby="site-access"] button', { timeout: 15_000 });
    // a second setup tab hears of the grant only through permissions.onAdded
    const other = await openExtensionPage(browser, 'options.html');
    await other.waitForSelector('#site-access', { timeout: 15_000 });
    expect(await allow!.evaluate((b) => b.textContent)).toBe('Allow CPD Lens on these sites');
    await allow!.click(); // a real click: Firefox grants only from a user's input
    await setup.waitForFunction(() => !document.getElementById('site-access'), { timeout: 15_000 });
    expect(await permissions<boolean>(setup, 'contains', ['http://127.0.0.1/*'])).toBe(true);
    await other.waitForFunction(() => !document.getElementById('site-access'), { timeout: 15_000 });
    await other.close();

    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    await waitForText(page, /^CPD Lens \d+ /);
    await page.close();
    await setup.close();
  });
});
