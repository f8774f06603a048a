/**
 * E-PERM-04 in Chrome: the user sets CPD Lens's site access to "On click" (Chrome then withholds every
 * host permission), and later back to "On all sites". The setting is changed the way chrome://extensions
 * changes it (its `developerPrivate` API, which only that page has), so the extension sees exactly what a
 * user's choice does: its permissions removed, then added. Chrome's own permission prompt (behind
 * "Allow CPD Lens on these sites") and the toolbar click that grants activeTab cannot be driven by a test.
 */
import type { Page } from '@playwright/test';
import { contentScriptsRan, expect, extensionMissing, extensionMissingReason, pageBadge, tabIdOf, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);
// site access is the browser's setting for the profile: a new one, so no other test runs with it changed
test.use({ freshProfile: true });

type HostAccess = 'ON_CLICK' | 'ON_ALL_SITES';

/** Sets the extension's site access as the chrome://extensions page's "Site access" menu does. */
async function setSiteAccess(manager: Page, extensionId: string, hostAccess: HostAccess): Promise<void> {
  await manager.evaluate(
    ([extensionId, hostAccess]) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> } } }).chrome.developerPrivate;
      return api.updateExtensionConfiguration({ extensionId, hostAccess });
    },
    [extensionId, hostAccess] as const,
  );
}

test('site access "On click": no badge and no error, setup says why at once, and all comes back on "On all sites" (E-PERM-04)', async ({ context, server, extensionId, openExtensionPage }) => {
  const setup = await openExtensionPage('options.html');
  await expect(setup.getByRole('heading', { name: 'Set up CPD Lens' })).toBeVisible();
  await expect(setup.locator('#site-access')).toHaveCount(0);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  const tabId = await tabIdOf(context, page.url()); // once "On click" holds, CPD Lens may no longer see the tab's address
  const manager = await context.newPage();
  await manager.goto('chrome://extensions');

  await setSiteAccess(manager, extensionId, 'ON_CLICK');
  expect(await setup.evaluate(() => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
  // setup, already open, hears of it through permissions.onRemoved
  await expect(setup.getByRole('heading', { name: 'CPD Lens cannot read some providers’ sites' })).toBeVisible();
  await expect(setup.getByRole('button', { name: 'Allow CPD Lens on these sites' })).toBeVisible();

  await page.reload();
  // loaded: no content script of CPD Lens ran (the detector looks before the load event when it may)
  expect(await contentScriptsRan(page)).toBe(false);
  await expect(page.locator('cpd-lens-badge, cpd-lens-course')).toHaveCount(0);
  expect(errors).toEqual([]);

  // opened other than from the toolbar button (whose click is what grants activeTab), the popup may not
  // even see the tab's address: it says it scored nothing there, and offers nothing it could not do
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await expect(popup.getByText('CPD Lens has not scored a course on this page.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Score this page' })).toHaveCount(0);
  await popup.close();

  await setSiteAccess(manager, extensionId, 'ON_ALL_SITES');
  await expect(setup.locator('#site-access')).toHaveCount(0); // permissions.onAdded: setup rechecks
  await page.reload();
  await expect(pageBadge(page)).toBeVisible();
});
