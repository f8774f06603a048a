/**
 * Settings a school's IT pushes reach every copy of the extension: Chromium reads a managed-policy file
 * (as Google Admin, Intune or Group Policy would write it) into `chrome.storage.managed`. Writing that
 * file needs root on Linux; the test skips with a message otherwise, and always removes the file.
 */
import { test as base } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, launchWithExtension, ownFixturesDir, pageBadge } from '../support/extension.ts';
import { canWritePolicy, policyDir, withManagedCopy } from '../support/managed-policy.ts';
import { extensionBuildDir } from '../support/paths.ts';
import { startServer } from '../support/server.ts';


base.skip(extensionMissing, extensionMissingReason);
base.skip(!canWritePolicy, `writing ${policyDir} needs root: the managed-settings test is skipped`);

base('the school’s pushed policy address, request form and cover rate are used without any setup', async () => {
  const server = await startServer({ '/own': ownFixturesDir });
  try {
    // a copy at its own path has its own id, so the pushed settings reach no other test's extension
    await withManagedCopy(extensionBuildDir, async ({ extensionDir, profileDir, id, push }) => {
      const pushed = {
        policyUrl: `${server.origin}/own/school-policy.json`,
        requestFormUrl: `${server.origin}/own/request-form.html`,
        supplyCoverDayRate: 250,
        schoolType: 'academy',
        schoolName: 'Example Academy',
        phase: 'secondary',
        nation: 'wales',
        unknownSetting: 'ignored',
      };
      push(pushed);

      const context = await launchWithExtension(profileDir, { extensionDir });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      // the worker's global `chrome` is not typed in this Node package
      const managed = await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get());
      expect(managed).toMatchObject({ policyUrl: pushed.policyUrl, supplyCoverDayRate: 250 });

      // the badge scores with the school's policy, read from the pushed address (its bands have their own names)
      const page = await context.newPage();
      await expect(async () => {
        await page.goto(`${server.origin}/own/course.html`);
        await expect(pageBadge(page)).toHaveAccessibleName(/School test band/, { timeout: 2000 });
      }).toPass({ timeout: 20_000 });

      // setup shows what the school set, fixed, and keeps it out of the member of staff's own settings
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await expect(options.getByText('School: Example Academy (set by your school)')).toBeVisible();
      // Chrome itself drops a key managed_schema.json does not name (chrome://policy shows it), so setup has nothing to list
      await expect(options.getByRole('region', { name: 'Some settings your school pushed could not be used' })).toHaveCount(0);
      const formUrl = options.getByLabel('Request form address (optional)');
      await expect(formUrl).toHaveValue(pushed.requestFormUrl);
      await expect(formUrl).toHaveAttribute('readonly', '');
      await expect(formUrl).toHaveAccessibleDescription(/Set by your school/);
      await expect(options.getByLabel('Phase')).toBeDisabled();
      await expect(options.getByLabel('Phase')).toHaveValue('secondary');
      // a trust or local authority in Wales pushes the nation (issue 25): fixed, so every view names Wales's frameworks
      await expect(options.getByLabel('Where your school is')).toBeDisabled();
      await expect(options.getByLabel('Where your school is')).toHaveValue('wales');
      await expect(options.getByLabel('Where your school is')).toHaveAccessibleDescription(/Set by your school/);
      await expect(options.getByText(`Your school sets this policy: CPD Lens reads it from ${pushed.policyUrl}.`)).toBeVisible();
      await expect(options.getByLabel('Import a policy file (.json)')).toHaveCount(0);
      await context.close();
    });
  } finally {
    server.server.closeAllConnections();
    await server.close();
  }
});
