/**
 * Settings a school pushes to Firefox through its enterprise policies (policies.json "3rdparty") reach
 * `browser.storage.managed`. Writing /etc/firefox/policies needs root; the test skips otherwise and always
 * puts back whatever file was there.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { addonId, firefoxSkipReason, launchFirefox, openExtensionPage, waitForText } from '../support/firefox.ts';
import { ownFixturesDir } from '../support/extension.ts';
import { startServer, type LocalServer } from '../support/server.ts';

const policyDir = '/etc/firefox/policies';
const policyFile = `${policyDir}/policies.json`;
const skip = firefoxSkipReason() ?? (process.getuid?.() === 0 ? undefined : `writing ${policyDir} needs root`);
if (skip) console.warn(`Firefox managed-settings test skipped: ${skip}`);

describe.skipIf(skip)('settings pushed by the school in Firefox', () => {
  let browser: Browser;
  let server: LocalServer;
  let previous: string | undefined;

  beforeAll(async () => {
    server = await startServer({ '/own': ownFixturesDir });
    previous = existsSync(policyFile) ? readFileSync(policyFile, 'utf8') : undefined;
    mkdirSync(policyDir, { recursive: true });
    const pushed = { policyUrl: `${server.origin}/own/school-policy.json`, requestFormUrl: `${server.origin}/own/request-form.html`, supplyCoverDayRate: 250 };
    writeFileSync(policyFile, JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId]: pushed } } } }));
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    if (previous === undefined) rmSync(policyFile, { force: true });
    else writeFileSync(policyFile, previous);
    server?.server.closeAllConnections();
    await server?.close();
  });

  it('reads them into managed storage and scores with the school’s published policy', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const managed = await options.evaluate(() => (globalThis as unknown as { browser: { storage: { managed: { get(): Promise<unknown> } } } }).browser.storage.managed.get());
    expect(managed).toMatchObject({ supplyCoverDayRate: 250 });
    await options.close();

    const page = await browser.newPage();
    // the background reads the pushed policy address at start-up: retry until the badge uses it
    let name = '';
    for (let i = 0; i < 10 && !/School test band/.test(name); i++) {
      await page.goto(`${server.origin}/own/course.html`);
      name = await waitForText(page, /^CPD Lens \d+ /);
      if (!/School test band/.test(name)) await new Promise((r) => setTimeout(r, 500));
    }
    expect(name).toMatch(/School test band/);
    await page.close();
  });
});
