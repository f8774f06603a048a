/**
 * The store build (no loopback host permissions, unlike the e2e build) with settings pushed the way a
 * school's IT pushes them: a Chromium managed-policy file scoped to this copy's extension id. The policy
 * file is served once without `Access-Control-Allow-Origin` (setup names the reason and both fixes) and
 * once with it (the school's policy is in use); values that cannot be used are listed in setup, and the
 * fields they would have fixed stay open with a note. Needs root to write the policy file, which is
 * always removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type BrowserContext } from '@playwright/test';
import { expect, launchWithExtension, ownFixturesDir } from '../support/extension.ts';
import { canWritePolicy, policyDir, withManagedCopy } from '../support/managed-policy.ts';
import { repoRoot } from '../support/paths.ts';
import { startServer, type Handler } from '../support/server.ts';

const storeBuildDir = join(repoRoot, '.output/chrome-mv3');
const policyText = readFileSync(join(ownFixturesDir, 'school-policy.json'), 'utf8');
const policyName = (JSON.parse(policyText) as { name: string }).name;

base.skip(!existsSync(join(storeBuildDir, 'manifest.json')), 'the store build .output/chrome-mv3 is missing: run ./dev build');
base.skip(!canWritePolicy, `writing ${policyDir} needs root: the managed-settings test on the store build is skipped`);

/** The school's policy file: `/plain/` as SharePoint or a bare intranet serves it, `/cors/` with the header the docs ask for. */
const servePolicy: Handler = (_req, res, url) => {
  if (url.pathname !== '/plain/policy.json' && url.pathname !== '/cors/policy.json') return false;
  const cors = url.pathname.startsWith('/cors/') ? { 'access-control-allow-origin': '*' } : {};
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors }).end(policyText);
  return true;
};

async function openSetup(context: BrowserContext, id: string) {
  const options = await context.newPage();
  const url = `chrome-extension://${id}/options.html`;
  // on install the extension opens setup itself, and that navigation to the same page can interrupt ours:
  // then setup is still where this tab is going, so wait for it to load there
  await options.goto(url).catch(async (e: unknown) => {
    if (!String(e).includes(`interrupted by another navigation to "${url}"`)) throw e;
    await options.waitForURL(url);
  });
  return options;
}

base('the store build reads the pushed policy when its site allows it, and otherwise says why and how to fix it', async () => {
  // three browser starts on a shared machine
  base.setTimeout(180_000);
  const server = await startServer({}, [servePolicy]);
  const host = new URL(server.origin).host;
  try {
    await withManagedCopy(storeBuildDir, async ({ extensionDir, profileDir, id, push }) => {
      push({
        policyUrl: `${server.origin}/plain/policy.json`,
        requestFormUrl: 'http://intranet.example.sch.uk/cpd/request',
        phase: 'Secondary',
        supplyCoverDayRate: '250',
        schoolName: 'Example Academy',
      });
      let context = await launchWithExtension(profileDir, { extensionDir });
      let options = await openSetup(context, id);
      // the worker reads the policy at start-up; setup shows the outcome it stored
      await expect(async () => {
        await options.reload();
        await expect(options.getByText(`${host} answered, but CPD Lens may not read the file`)).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 20_000 });
      await expect(options.getByText(`make ${host} send the header “Access-Control-Allow-Origin: *”`)).toBeVisible();
      await expect(options.getByRole('button', { name: `Allow CPD Lens to read ${host}` })).toBeVisible();
      await expect(options.getByText('In use: the default policy')).toBeVisible();

      // every pushed value CPD Lens cannot use is named, with what it must be
      const problems = options.getByRole('region', { name: 'Some settings your school pushed could not be used' });
      await expect(problems).toContainText('phase = "Secondary": must be one of early-years');
      await expect(problems).toContainText('requestFormUrl = "http://intranet.example.sch.uk/cpd/request": must be an https:// address');
      // Chrome itself drops a value of the wrong type against managed_schema.json before CPD Lens sees it (chrome://policy shows it)
      const managed = await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get());
      if ('supplyCoverDayRate' in managed) await expect(problems).toContainText('supplyCoverDayRate = "250": must be a number of pounds');
      // the phase the school meant is not silently the member of staff's: the field is open and says why
      await expect(options.getByLabel('Phase')).toBeEnabled();
      await expect(options.getByLabel('Phase')).toHaveAccessibleDescription(/Your school’s value \("Secondary"\) could not be used/);
      await expect(options.getByText('School: Example Academy (set by your school)')).toBeVisible();
      await options.screenshot({ path: join(repoRoot, 'tests/artifacts/managed-store-blocked.png'), fullPage: true });
      await context.close();

      push({ policyUrl: `${server.origin}/cors/policy.json`, phase: 'secondary' });
      context = await launchWithExtension(profileDir, { extensionDir });
      options = await openSetup(context, id);
      await expect(async () => {
        await options.reload();
        await expect(options.getByText(`In use: your school’s policy, “${policyName}”`)).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 20_000 });
      await expect(options.getByText(`Your school sets this policy: CPD Lens reads it from ${server.origin}/cors/policy.json.`)).toBeVisible();
      await expect(options.getByText('answered, but CPD Lens may not read the file')).toHaveCount(0);
      await expect(options.getByRole('region', { name: 'Some settings your school pushed could not be used' })).toHaveCount(0);
      await expect(options.getByLabel('Phase')).toBeDisabled();
      await context.close();
    });
  } finally {
    server.server.closeAllConnections();
    await server.close();
  }
});
