/**
 * The Firefox build in stock Firefox ESR: the same journeys as the Chromium extension specs where the
 * feature exists in both (Firefox has a sidebar instead of Chrome's side panel; both open the same page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { clickButton, launchFirefox, openExtensionPage, setByLabel, snapFirefox, waitForText, firefoxSkipReason } from '../support/firefox.ts';
import { ownFixturesDir } from '../support/extension.ts';
import { startServer, type LocalServer } from '../support/server.ts';

const skip = firefoxSkipReason();
if (skip) console.warn(`Firefox tests skipped: ${skip}`);

describe.skipIf(skip)('CPD Lens in Firefox', () => {
  let browser: Browser;
  let server: LocalServer;

  beforeAll(async () => {
    server = await startServer({ '/own': ownFixturesDir });
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.closeAllConnections();
    await server?.close();
  });

  it('shows the badge with a score and band on a course page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    const name = await waitForText(page, /^CPD Lens \d+ /);
    expect(name).toMatch(/^CPD Lens \d+ [A-Za-z ]+\. Score out of 100/);
    await snapFirefox(page, 'badge-course');
    await page.close();
  });

  it('puts one badge beside each course of a catalogue', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/catalogue.html`);
    await page.waitForFunction(() => document.querySelectorAll('cpd-lens-course').length === 3, { timeout: 15_000 });
    await page.close();
  });

  it('adds nothing to a news page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/news.html`);
    // the detector runs at document_end; give it ample time to (wrongly) add anything
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('cpd-lens-badge, cpd-lens-course').length)).toBe(0);
    await page.close();
  });

  it('saves setup in the extension page', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await setByLabel(options, 'Your role', 'teacher');
    await setByLabel(options, 'Phase', 'primary');
    await clickButton(options, 'Save setup');
    await waitForText(options, /^Saved/);
    await snapFirefox(options, 'options');
    await options.close();
  });

  it('opens the compare page that Firefox shows in its sidebar', async () => {
    const compare = await openExtensionPage(browser, 'sidepanel.html');
    await waitForText(compare, /No saved courses yet/);
    await compare.close();
  });
});
