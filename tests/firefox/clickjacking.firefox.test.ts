/**
 * Issue 20 (item 2) in Firefox, which has no Intersection Observer v2: the badge's cover check is the
 * one layer in the page between it and a disguised click on "Start a request". Each bypass found on
 * main (a clip-path, a mask or an `html::after` overlay on the page's root) is refused, and the form
 * never opens. Behind it, a step the page cannot see or style: the label's button opens CPD Lens's own
 * confirming tab, naming the course, price and dates; only that tab's button opens the form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { clickButton, confirmRequest, confirmTab, firefoxSkipReason, snapFirefox, firefoxWithFixtures, openExtensionPage, openLabel, setByLabel, waitForText } from '../support/firefox.ts';
import type { LocalServer } from '../support/server.ts';

const skip = firefoxSkipReason();

/** How many tabs the browser has open. */
const tabs = (browser: Browser): number => browser.targets().filter((t) => t.type() === 'page').length;

describe.skipIf(skip)('clicks only count when seen (Firefox)', () => {
  const suite = firefoxWithFixtures();
  let browser: Browser;
  let server: LocalServer;
  beforeAll(async () => {
    browser = suite.browser();
    server = suite.server();
    const options = await openExtensionPage(browser, 'options.html');
    // setup asks for role and phase before it saves (as the member of staff would answer)
    await setByLabel(options, 'Your role', 'teacher');
    await setByLabel(options, 'Phase', 'primary');
    await setByLabel(options, 'Request form address (optional)', `${server.origin}/own/request-form.html`);
    await clickButton(options, 'Save setup');
    await waitForText(options, /^Saved/);
    await options.close();
  });

  for (const [how, css] of [
    ['a clip-path on the root', 'html { clip-path: inset(0 45% 0 0); }'],
    ['a mask on the root', 'html { mask: linear-gradient(#000, #000) left top / 55% 100% no-repeat; }'],
    ['an html::after overlay', 'html::after { content: "Click the button to win"; position: fixed; inset: 0; z-index: 2147483647; background: #fff; opacity: 0.99; pointer-events: none; }'],
  ] as const) {
    it(`${how} cannot take a click on "Start a request"`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/own/course.html`);
      const label = await openLabel(page);
      await waitForText(label, /^Why$/i);
      await page.evaluate((css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      }, css);
      const before = tabs(browser);
      await clickButton(label, 'Start a request');
      await waitForText(label, /hiding or covering/);
      // the label speaks once the background has refused: a tab it had opened (the form, or the
      // confirming tab) would already be among the browser's tabs
      expect(tabs(browser)).toBe(before);
      await page.close();
    });
  }

  it('"Start a request" opens CPD Lens’s own confirming tab, never the form; only that tab opens the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    const label = await openLabel(page);
    await waitForText(label, /^Why$/i);
    const before = tabs(browser);
    await clickButton(label, 'Start a request');
    await waitForText(label, /Check the course in the CPD Lens tab that has opened/);
    const shown = await confirmTab(browser);
    await waitForText(shown, /^Metacognition in the Primary Classroom$/);
    await waitForText(shown, /^£195/);
    await waitForText(shown, /5 October 2027/);
    await snapFirefox(shown, 'confirm-request');
    await shown.setViewport({ width: 360, height: 640 });
    await snapFirefox(shown, 'confirm-request-360');
    // one tab opened, the confirming one: the label opened no form beside it
    expect(tabs(browser), 'the label opened the form without the confirming step').toBe(before + 1);
    const { form } = await confirmRequest(browser, '/own/request-form.html');
    expect(new URL(form.url()).hash).toMatch(/^#cpd-request-token=[0-9a-f]{32}$/);
    // once: the same confirming tab, reloaded, opens nothing more. The form's tab is in front now: the
    // confirming tab is brought back, as its reader would to reload it, and its new document is waited
    // for before reading it (a wait begun in the old document could be left behind by the reload)
    await shown.bringToFront();
    await shown.evaluate(() => {
      (window as unknown as { before?: boolean }).before = true;
      setTimeout(() => location.reload(), 0);
    });
    // BiDi reports no navigation for an extension tab: the new document is the one without the old one's mark
    const until = Date.now() + 15_000;
    while (!(await shown.evaluate(() => !(window as unknown as { before?: boolean }).before && document.readyState === 'complete').catch(() => false))) {
      if (Date.now() > until) throw new Error('the confirming tab did not reload');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    await waitForText(shown, /already opened or has expired/);
    await page.close();
  });
});
