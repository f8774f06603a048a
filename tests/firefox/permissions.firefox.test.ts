/**
 * E-PERM-05 and E-PERM-04 in Firefox, where MV3 host permissions are the user's to grant and revoke:
 * at install every provider site is granted (Firefox ≥ 127 grants MV3 host permissions at install,
 * as `extensions.originControls.grantByDefault` does here); when the user revokes a site, CPD Lens
 * stops there quietly — no badge, no script error — and its own pages keep working.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PROVIDER_MATCHES } from '../../extension/sites/providers.ts';
import { firefoxWithFixtures, openExtensionPage, waitForText, firefoxSkipReason } from '../support/firefox.ts';

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
  const suite = firefoxWithFixtures();

  it('has every provider site granted at install, no <all_urls>, and only its three API permissions', async () => {
    const browser = suite.browser();
    const options = await openExtensionPage(browser, 'options.html');
    const all = await permissions<{ origins: string[]; permissions: string[] }>(options, 'getAll');
    expect(all.origins).toEqual(expect.arrayContaining([...PROVIDER_MATCHES]));
    expect(all.origins).not.toContain('<all_urls>');
    expect(all.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    await options.close();
  });

  it('stops quietly on a site whose permission the user revoked; its own pages keep working', async () => {
    const browser = suite.browser();
    const server = suite.server();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    await waitForText(page, /^CPD Lens \d+ /);
    await page.close();

    const options = await openExtensionPage(browser, 'options.html');
    expect(await permissions<boolean>(options, 'remove', ['http://127.0.0.1/*'])).toBe(true);
    expect(await permissions<boolean>(options, 'contains', ['http://127.0.0.1/*'])).toBe(false);

    const revoked = await browser.newPage();
    const errors: string[] = [];
    revoked.on('pageerror', (e) => void errors.push(String(e)));
    await revoked.goto(`${server.origin}/own/course.html`);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await revoked.evaluate(() => document.querySelectorAll('cpd-lens-badge, cpd-lens-course').length)).toBe(0);
    expect(errors).toEqual([]);
    await revoked.close();

    // the extension's own pages still work: setup opens and reads its data
    const again = await openExtensionPage(browser, 'options.html');
    await waitForText(again, /^Set up CPD Lens$/);
    await again.close();
    await options.close();
  });
});
