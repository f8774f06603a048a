/**
 * The Firefox build in stock Firefox ESR: the same journeys as the Chromium extension specs where the
 * feature exists in both (Firefox has a sidebar instead of Chrome's side panel; both open the same page).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readHandoffJson } from '@cpd-lens/core';
import { askForHandoff, clickButton, confirmRequest, detectorDone, downloadsDir, firefoxWithFixtures, openExtensionPage, openLabel, setByLabel, snapFirefox, waitForText, firefoxSkipReason } from '../support/firefox.ts';
import type { LocalServer } from '../support/server.ts';

const skip = firefoxSkipReason();
if (skip) console.warn(`Firefox tests skipped: ${skip}`);

describe.skipIf(skip)('CPD Lens in Firefox', () => {
  const suite = firefoxWithFixtures();
  let browser: Browser;
  let server: LocalServer;
  beforeAll(() => {
    browser = suite.browser();
    server = suite.server();
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
    // the detector runs at document_end and once more after the load event: that look has found nothing
    await detectorDone(page);
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

  it('opens the label in its own frame, saves the course and starts a request on the school’s form', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await setByLabel(options, 'Request form address (optional)', `${server.origin}/own/request-form.html`);
    await clickButton(options, 'Save setup');
    await waitForText(options, /^Saved/);

    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    const label = await openLabel(page);
    await waitForText(label, /^Why$/i);
    await waitForText(label, /^Cost to the school$/i);
    await snapFirefox(page, 'label');
    await clickButton(label, 'Save course');
    await waitForText(label, /^Saved/);

    // Firefox: CPD Lens's own confirming tab opens the form (issue 20); the form's address carries a token only
    await clickButton(label, 'Start a request');
    const { confirm, form } = await confirmRequest(browser, '/own/request-form.html');
    expect(new URL(form.url()).hash).toMatch(/^#cpd-request-token=[0-9a-f]{32}$/);
    const decoded = readHandoffJson(await askForHandoff(form));
    expect(decoded.ok).toBe(true);
    await confirm.close();
    if (decoded.ok) expect(decoded.value.course.title).toBe('Metacognition in the Primary Classroom');

    const compare = await openExtensionPage(browser, 'sidepanel.html');
    await waitForText(compare, /^Metacognition in the Primary Classroom$/);
    await snapFirefox(compare, 'sidebar');
    await compare.close();
    await page.close();
    await options.close();
  });

  it('exports all data as one file, refuses a broken file, and imports the export', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    for (const f of readdirSync(downloadsDir)) rmSync(join(downloadsDir, f));
    await clickButton(options, 'Export all my data');
    const deadline = Date.now() + 15_000;
    // Firefox creates the file before it has written it: wait until it is there and complete
    let file: string | undefined;
    // any, as JSON.parse gives: the test pokes into the parsed export below
    // biome-ignore lint/suspicious/noExplicitAny: the exported file's JSON is checked field by field below
    let exported: any;
    while (!exported && Date.now() < deadline) {
      file = readdirSync(downloadsDir).find((f) => f.endsWith('.json'));
      try {
        exported = file ? JSON.parse(readFileSync(join(downloadsDir, file), 'utf8')) : undefined;
      } catch {
        // not written out yet
      }
      if (!exported) await new Promise((r) => setTimeout(r, 200));
    }
    expect(file).toBeDefined();
    if (!exported) throw new Error('the export was never written out completely');
    expect(exported).toMatchObject({ format: 'cpd-lens-export', version: 1 });
    expect(exported.data.courses.length).toBeGreaterThan(0);

    const input = await options.$('input[type=file][id^=data]') ?? (await options.$$('input[type=file]')).at(-1);
    const broken = structuredClone(exported);
    broken.data.courses[0].course.title = 42;
    const brokenPath = join(downloadsDir, 'broken.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await input!.uploadFile(brokenPath);
    await waitForText(options, /course\.title/);
    await input!.uploadFile(join(downloadsDir, file!));
    await waitForText(options, /^Imported/);
    await options.close();
  });
});
