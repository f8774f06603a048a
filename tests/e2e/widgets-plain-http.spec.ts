/**
 * Issue 20 item 5: a school intranet on plain HTTP (still common) is no secure context, so the page has
 * no `crypto.randomUUID` and no Web Locks. The widgets start there and deliver each document once:
 * ids from `getRandomValues`, and one sender among tabs through the `localStorage` lease. The intranet
 * is served under a real host name mapped to loopback, so Chromium treats it as it would a school's
 * server (127.0.0.1 and localhost count as secure).
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/browser.ts';
import { expectStatus, fillEvaluation, fillRequestForm, heldEndpoint, outboxSettled, schoolEndpoint, sendRequest, watchConsole, widgetSuite } from './widgets-helpers.ts';

const HOST = 'intranet.archway.test';
const suite = widgetSuite();
let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...quietChromiumArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`, `--proxy-bypass-list=${HOST}`] });
});
test.afterAll(async () => {
  await browser?.close();
});

/**
 * Each tab's part in the lease, read from the page (test instrumentation): how many times it has looked at
 * the outbox's lease in localStorage (an init script counts the reads), and whether its outbox is sending
 * or deciding to (a flush under way).
 */
async function leaseState(page: Page): Promise<{ looks: number; busy: boolean }> {
  return page.evaluate(() => {
    const form = document.querySelector('cpd-request-form') as (HTMLElement & { outbox?: { driver?: { running?: unknown } } }) | null;
    return { looks: (window as unknown as { leaseLooks?: number }).leaseLooks ?? 0, busy: form?.outbox?.driver?.running !== undefined };
  });
}

/** Waits until at least `count` of the tabs have looked at the lease since `before` and have no flush under way. */
async function stoodBack(tabs: Page[], before: number[], count: number): Promise<void> {
  await expect
    .poll(async () => {
      const states = await Promise.all(tabs.map(leaseState));
      return states.filter((s, i) => s.looks > before[i]! && !s.busy).length;
    })
    .toBeGreaterThanOrEqual(count);
}

/** What the page has of the secure-context APIs. */
const platform = (page: Page) => page.evaluate(() => ({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID, locks: typeof navigator.locks }));

test.describe('a plain-HTTP intranet', () => {
  test('the impact evaluation starts without crypto.randomUUID and is delivered once, with an id of its own', async () => {
    const endpoint = schoolEndpoint(['down'], 'up', '/api/cpd-evaluations');
    const server = await suite.serve([endpoint.handler]);
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.origin.replace('127.0.0.1', HOST)}/intranet/evaluate.html`);
    expect(await platform(page)).toEqual({ secure: false, uuid: 'undefined', locks: 'undefined' });
    const ev = page.locator('cpd-impact-evaluation');
    await fillEvaluation(ev);
    await ev.getByRole('button', { name: 'Send evaluation' }).click();
    await expect(ev.locator('[part="banner"]')).toContainText('has been sent to your school.');
    const ids = new Set(endpoint.posts.map((p) => String(p.body.id)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(endpoint.posts.map((p) => p.key)).size).toBe(1);
    expect(problems.filter((p) => !p.includes('status of 503'))).toEqual([]); // the endpoint's first answer is a 503 on purpose
    await context.close();
  });

  test('five tabs with the same waiting request post it once, without Web Locks', async () => {
    const endpoint = heldEndpoint();
    const server = await suite.serve([endpoint.handler]);
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await context.addInitScript(() => {
      const get = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        if (String(key).startsWith('cpd-lens:lock:')) (window as unknown as { leaseLooks: number }).leaseLooks = ((window as unknown as { leaseLooks?: number }).leaseLooks ?? 0) + 1;
        return get.call(this, key);
      };
    });
    const origin = server.origin.replace('127.0.0.1', HOST);
    const tabs: Page[] = [];
    for (let i = 0; i < 5; i++) tabs.push(await context.newPage());
    for (const tab of tabs) await tab.goto(`${origin}/intranet/plain.html`);
    const [first] = tabs as [Page];
    // the tab typed in is in front, as a tab someone types in is; the other four lag behind it (in the
    // background each action on it waited about 2 s for a frame: 20 s of the test's 25-30 s)
    await first.bringToFront();
    expect(await platform(first)).toEqual({ secure: false, uuid: 'undefined', locks: 'undefined' });
    await fillRequestForm(first);
    await context.setOffline(true);
    await sendRequest(first);
    await expectStatus(first, /^Waiting to send \(offline\)/);
    await context.setOffline(false); // every tab hears `online` and flushes at once
    await expect.poll(() => endpoint.posts.length).toBe(1);
    let before = await Promise.all(tabs.map(async (p) => (await leaseState(p)).looks));
    await Promise.all(tabs.map((p) => p.evaluate(() => window.dispatchEvent(new Event('online')))));
    // the four other tabs have each looked at the lease since and stopped (no flush under way: a tab that
    // had posted would still be waiting for the held answer), while the POST is held
    await stoodBack(tabs, before, 4);
    expect(endpoint.posts).toHaveLength(1);
    endpoint.release();
    await expectStatus(first, 'Sent');
    before = await Promise.all(tabs.map(async (p) => (await leaseState(p)).looks));
    await Promise.all(tabs.map((p) => p.evaluate(() => window.dispatchEvent(new Event('online')))));
    // every tab has looked again and finished, with nothing left to send
    await stoodBack(tabs, before, 5);
    await outboxSettled(first);
    expect(endpoint.posts).toHaveLength(1);
    expect(endpoint.stored.size).toBe(1);
    await context.close();
  });
});
