/**
 * The outbox and drafts when tabs die, browsers are killed, tabs race, the receiver hangs, staff share a
 * PC and site data is cleared (security checklist R-Q-03, R-Q-06, R-Q-07, R-Q-08, R-DB-06, R-DB-09,
 * R-DR-02, W-NET-04, P-08).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/browser.ts';
import { axeViolations, expectStatus, fillRequestForm, heldEndpoint, hostHtml, hostPage, locksOf, outboxSettled, schoolEndpoint, screenshot, sendAgainUntilSent, sendRequest, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const DAY = 86_400_000;
const form = (page: Page) => page.locator('cpd-request-form');

const formPage = (draftKey: string) => hostHtml(widgetsBundleTag, `<cpd-request-form config-src="/intranet/config.json" draft-key="${draftKey}"></cpd-request-form>`);

test.describe('delivery when tabs die, race or wait', () => {
  test('R-Q-06: the tab is closed mid-send; a new tab re-sends with the same id and the receiver keeps one', async ({ context }) => {
    const endpoint = heldEndpoint();
    const server = await suite.serve([endpoint.handler]);
    const first = await context.newPage();
    await first.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(first);
    await sendRequest(first);
    await expect.poll(() => endpoint.posts.length).toBe(1);
    await first.close(); // dies while the POST is held: the item stays "sending" on the device
    endpoint.release();
    const second = await context.newPage();
    await second.goto(`${server.origin}/intranet/plain.html`);
    await expectStatus(second, 'Sent');
    expect(endpoint.posts).toHaveLength(2);
    expect(new Set(endpoint.posts).size).toBe(1); // the same Idempotency-Key both times
    expect(endpoint.stored.size).toBe(1);
  });

  test('R-Q-08: two tabs with the same waiting request post it once (Web Lock and the item’s "sending" mark)', async ({ context }) => {
    const endpoint = heldEndpoint();
    const server = await suite.serve([endpoint.handler]);
    const [a, b] = [await context.newPage(), await context.newPage()];
    await b.goto(`${server.origin}/intranet/plain.html`);
    await a.goto(`${server.origin}/intranet/plain.html`);
    await a.bringToFront(); // the tab typed in is in front, as a tab someone types in is (in the background, each action waited about 2 s for a frame)
    await fillRequestForm(a);
    await context.setOffline(true);
    await sendRequest(a);
    await expectStatus(a, /^Waiting to send \(offline\)/);
    await context.setOffline(false); // both tabs hear `online` and flush at once
    await expect.poll(() => endpoint.posts.length).toBe(1);
    await Promise.all([a, b].map((p) => p.evaluate(() => window.dispatchEvent(new Event('online')))));
    // one tab holds the outbox's lock while its POST is held, and the other waits for it (the browser's own
    // list of the origin's locks says so): then no second POST has been made
    await expect.poll(async () => Object.values(await locksOf(a)).every((n) => n >= 1)).toBe(true);
    expect(endpoint.posts).toHaveLength(1); // the other tab waited for the lock while the POST was held
    endpoint.release();
    await expectStatus(a, 'Sent');
    // both tabs have had the lock and let it go, and nothing is left to send
    await expect.poll(() => locksOf(a)).toEqual({ held: 0, pending: 0 });
    await outboxSettled(a);
    expect(endpoint.posts).toHaveLength(1);
  });

  test('W-NET-04: a receiver that never answers: the client gives up after its timeout, keeps the request and says it will retry', async ({ page }) => {
    const endpoint = heldEndpoint(); // never released
    const server = await suite.serve([endpoint.handler]);
    await page.clock.install();
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    await sendRequest(page);
    await expectStatus(page, 'Sending…');
    await expect.poll(() => endpoint.posts.length).toBe(1); // the POST (and its timeout timer) has started
    await page.clock.fastForward(16_000); // core's 15 s delivery timeout
    await expectStatus(page, /^Waiting to send \(the school’s system is not answering\) — will retry at \d\d:\d\d$/);
    await expect(form(page).getByText('Your request is saved on this device and will be sent automatically.', { exact: false })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('cpd-lens:cpd-lens:waiting'))).toContain('"');
  });

  test('R-Q-03: 401 asks to sign in again and 403 is not retried; the answers stay', async ({ page }) => {
    let answer = 401;
    let posts = 0;
    const server = await suite.serve([
      (req, res, url) => {
        if (url.pathname !== '/api/cpd-requests') return false;
        posts++;
        req.resume();
        res.writeHead(answer, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'You do not have access to CPD requests' }));
        return true;
      },
    ]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    await sendRequest(page);
    await expectStatus(page, /^Not sent: your intranet asked you to sign in again/);
    answer = 403;
    // "Try again", pressed whenever it shows: it is hidden while an automatic retry is under way, and on a
    // loaded machine a single click could keep finding it gone (a full run waited out 60 s so)
    const retry = form(page).getByRole('button', { name: 'Try again' });
    await expect(async () => {
      if (await retry.isVisible()) await retry.click({ timeout: 1_000 }).catch(() => undefined);
      await expectStatus(page, /^Could not send: .*403.*You do not have access to CPD requests/, 'cpd-request-form', 1_000);
    }).toPass({ timeout: 20_000 });
    const after = posts;
    // refused for good in the outbox (retries would be 0.3-2 s apart here): nothing is left to retry
    await outboxSettled(page);
    expect(posts).toBe(after);
    await form(page).getByRole('button', { name: 'Change your answers' }).click();
    await expect(form(page).getByLabel('Course name')).toHaveValue('Systematic synthetic phonics in Year 1');
  });
});

test.describe('drafts and storage on a shared or cleared device', () => {
  test('R-DR-02, P-08: two users on one PC never see each other’s draft; "Clear the form" discards it; a draft expires after 30 days', async ({ browser }) => {
    const server = await suite.serve([hostPage('/host/alex.html', formPage('user-alex')), hostPage('/host/sam.html', formPage('user-sam'))]);
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const alex = await context.newPage();
    await alex.goto(`${server.origin}/host/alex.html`);
    await form(alex).getByLabel('Course name').fill('Alex’s appraisal course');
    await expectStatus(alex, 'Saved as draft', 'cpd-request-form');
    await alex.close();
    const sam = await context.newPage();
    await sam.goto(`${server.origin}/host/sam.html`);
    await expect(form(sam).getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(form(sam).getByLabel('Course name')).toHaveValue('');
    await expect(form(sam).getByText(/has been restored/)).toHaveCount(0);
    await sam.goto(`${server.origin}/host/alex.html`);
    await expect(form(sam).getByLabel('Course name')).toHaveValue('Alex’s appraisal course'); // same key: restored
    await form(sam).getByRole('button', { name: 'Clear the form' }).click(); // "Discard draft"
    await expect(form(sam).getByLabel('Course name')).toHaveValue('');
    await sam.reload();
    await expect(form(sam).getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(form(sam).getByLabel('Course name')).toHaveValue('');
    await form(sam).getByLabel('Course name').fill('Alex’s appraisal course');
    await expectStatus(sam, 'Saved as draft');
    await sam.close();
    const later = await context.newPage();
    await later.clock.install({ time: Date.now() + 31 * DAY });
    await later.goto(`${server.origin}/host/alex.html`);
    await expect(form(later).getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(form(later).getByLabel('Course name')).toHaveValue('');
    await context.close();
  });

  test('R-DB-09: site data cleared while a request waited: the page says so, and nothing is re-sent', async ({ page, context }) => {
    const endpoint = schoolEndpoint([], 'down');
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    await sendRequest(page);
    await expectStatus(page, /^Waiting to send/);
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'indexeddb' });
    const before = endpoint.posts.length;
    await page.goto(`${server.origin}/intranet/plain.html`);
    await expect(form(page).getByRole('alert')).toContainText('saved data for this site was cleared while a request was waiting to be sent');
    expect(await axeViolations(page)).toEqual([]);
    // the page's first flush (started with its outbox, whose opening found the data gone) has ended, and
    // the outbox holds nothing to send: no later flush has anything to post
    await expect
      .poll(() => form(page).evaluate((el) => (el as HTMLElement & { outbox?: { driver?: { running?: unknown } } }).outbox?.driver?.running === undefined))
      .toBe(true);
    await outboxSettled(page);
    expect(endpoint.posts.length).toBe(before);
  });

  test('R-Q-07: a request not sent for two days is pointed out, with its date; it is never dropped', async ({ context }) => {
    const endpoint = schoolEndpoint([], 'down');
    const server = await suite.serve([endpoint.handler]);
    const today = await context.newPage();
    await today.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(today);
    await sendRequest(today);
    await expectStatus(today, /^Waiting to send/);
    await today.close();
    const later = await context.newPage();
    await later.clock.install({ time: Date.now() + 2 * DAY });
    await later.goto(`${server.origin}/intranet/plain.html`);
    await expect(form(later).getByRole('alert')).toContainText(/Not sent yet from this device: 1, the oldest since \d{1,2} \w+ \d{4}\./);
    expect(await axeViolations(later)).toEqual([]);
    for (const width of [320, 1280]) await screenshot(later, 'request-form-unsent-notice', width);
    endpoint.setAfter('up');
    await sendAgainUntilSent(later);
    await expect(form(later).getByText(/Not sent yet from this device/)).toHaveCount(0);
    expect(endpoint.stored.size).toBe(1);
  });
});

/** The pid of the browser started with `profile` (its other processes are its children), from /proc. */
function browserPid(profile: string): number | undefined {
  const ours = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      return args.includes(`--user-data-dir=${profile}`) ? [{ pid: Number(pid), parent }] : [];
    } catch {
      return []; // a process that ended meanwhile
    }
  });
  return ours.find((p) => !ours.some((q) => q.pid === p.parent))?.pid;
}

test.describe('a killed browser', () => {
  test('R-DB-06: the browser process is killed right after "Saved as draft"; the reopened profile has the draft', async () => {
    test.skip(!existsSync('/proc/self/cmdline'), 'finds the browser process through /proc (Linux)');
    const server = await suite.serve([schoolEndpoint().handler]);
    const profile = mkdtempSync(join(tmpdir(), 'cpd-lens-kill-'));
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: quietChromiumArgs, headless: true, locale: 'en-GB' });
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      await page.goto(`${server.origin}/intranet/plain.html`);
      await form(page).getByLabel('Course name').fill('Written before the crash');
      await expectStatus(page, 'Saved as draft');
      // SIGKILL the browser itself (no clean shutdown): the process of this profile whose parent is not one of them.
      const pid = browserPid(profile);
      expect(pid).toBeGreaterThan(0);
      process.kill(pid!, 'SIGKILL');
      await first.close().catch(() => undefined);
      const second = await launch();
      const again = second.pages()[0] ?? (await second.newPage());
      await again.goto(`${server.origin}/intranet/plain.html`);
      await expect(form(again).getByLabel('Course name')).toHaveValue('Written before the crash');
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
