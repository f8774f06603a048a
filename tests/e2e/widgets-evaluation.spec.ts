import { expect, test } from '@playwright/test';
import type { Handler } from '../support/server.ts';
import { axeViolations, fillDate, fillEvaluation, hostHtml, outboxSettled, schoolEndpoint, screenshot, watchConsole, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const DAY = 86_400_000;

test.describe('the impact evaluation', () => {
  test('tells what the request form tells: an evaluation waiting more than a day, and an endpoint the page’s CSP blocks', async ({ context }) => {
    const endpoint = schoolEndpoint([], 'down', '/api/cpd-evaluations');
    // the endpoint on another origin (localhost, not 127.0.0.1) than this page's connect-src allows
    const blocked: Handler = (req, res, url) => {
      if (url.pathname !== '/host/evaluate-blocked.html') return false;
      const body = `<cpd-impact-evaluation evaluation-endpoint="http://localhost:${req.socket.localPort}/api/cpd-evaluations"></cpd-impact-evaluation>`;
      const policy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': policy }).end(hostHtml(widgetsBundleTag, body));
      return true;
    };
    const server = await suite.serve([endpoint.handler, blocked]);
    const today = await context.newPage();
    await today.goto(`${server.origin}/intranet/evaluate.html`);
    const ev = (p: typeof today) => p.locator('cpd-impact-evaluation');
    await fillEvaluation(ev(today));
    await ev(today).getByRole('button', { name: 'Send evaluation' }).click();
    await expect(ev(today).locator('[part="banner"]')).toContainText('is saved on this device');
    await expect.poll(() => endpoint.posts.length).toBeGreaterThan(0);
    await today.close();
    const later = await context.newPage();
    await later.clock.install({ time: Date.now() + 2 * DAY });
    await later.goto(`${server.origin}/intranet/evaluate.html`);
    const notice = ev(later).locator('[part="storage-notice"]');
    await expect(notice).toHaveRole('alert');
    await expect(notice).toContainText(/Not sent yet from this device: 1, the oldest since \d{1,2} \w+ \d{4}\./);
    expect(await axeViolations(later)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(later, 'evaluation-unsent-notice', width);
    await later.close();
    const page = await context.newPage();
    await page.goto(`${server.origin}/host/evaluate-blocked.html`);
    await fillEvaluation(ev(page));
    await ev(page).getByRole('button', { name: 'Send evaluation' }).click();
    const origin = server.origin.replace('127.0.0.1', 'localhost');
    await expect(ev(page).locator('[part="storage-notice"]')).toContainText(`Tell your school’s IT team to add ${origin} to the page’s connect-src.`);
  });

  test('is delivered exactly once through a failing-then-healthy endpoint, with the outcome in a focused banner at the top', async ({ page }) => {
    const endpoint = schoolEndpoint(['down', 'reset'], 'up', '/api/cpd-evaluations');
    // The third POST, the one accepted, is held until the test has seen the banner say the evaluation is
    // kept on the device: with the configuration's quick retries it could be sent before the test looked.
    let release = () => {};
    const released = new Promise<void>((ok) => (release = ok));
    let arrived = 0;
    const holdThird: Handler = async (req, res, url) => {
      if (url.pathname === '/api/cpd-evaluations' && req.method === 'POST' && ++arrived === 3) await released;
      return endpoint.handler(req, res, url);
    };
    const server = await suite.serve([holdThird]);
    const problems = watchConsole(page);
    await page.goto(`${server.origin}/intranet/evaluate.html`);
    const ev = page.locator('cpd-impact-evaluation');
    // levels and prompts from the CPL policy's section 5.1, scales with words at both ends
    await expect(ev.getByRole('heading', { level: 3 })).toHaveText([
      '1. Participant satisfaction and reaction',
      '2. Participant learning: increase in knowledge and skill',
      '3. Participant use of knowledge and skills',
      '4. Organisational support and change, including value for money',
      '5. Pupil attitude and impact on pupil learning',
    ]);
    await expect(ev.getByText('What difference has it made to pupils’ learning, attitudes or attainment? What is your evidence?')).toBeVisible();
    await expect(ev.getByRole('radio', { name: '1 Not at all' })).toHaveCount(5);
    await expect(ev.getByRole('radio', { name: '5 Very much' })).toHaveCount(5);
    await expect(ev.getByRole('radio', { name: '5 Excellent value' })).toHaveCount(1);
    await fillEvaluation(ev);
    const send = ev.getByRole('button', { name: 'Send evaluation' });
    // a double press must not send twice. Pressed with the keyboard: a mouse's second click, on a loaded
    // machine, can land after the form has given way to the banner, on the page around it, and take the
    // focus the widget has just given the banner (a clean-clone run saw it); a second Enter lands on the
    // button if it is still there, else on the focused banner, where it does nothing
    await send.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const banner = ev.locator('[part="banner"]');
    await expect(banner).toBeFocused();
    await expect(banner).toContainText('is saved on this device');
    // the banner is where the user is looking: at the top of the widget, in view
    await expect(banner).toBeInViewport();
    await expect.poll(() => arrived).toBe(3); // 503, connection reset, then the held one
    await expect(banner).toContainText('is saved on this device');
    release();
    await expect(banner).toContainText('Your evaluation of “Systematic synthetic phonics in Year 1” has been sent to your school.');
    await expect(banner.getByRole('heading')).toHaveText('Success');
    // delivered in the outbox: nothing is left for a retry to send
    await outboxSettled(page);
    expect(endpoint.posts.length).toBe(3); // 503, connection reset, then accepted
    expect(new Set(endpoint.posts.map((p) => p.key)).size).toBe(1);
    expect(endpoint.stored.size).toBe(1);
    const post = endpoint.posts.at(-1)!;
    expect(post.key).toBe(post.body.id);
    expect(post.body).toMatchObject({
      schemaVersion: 1,
      courseTitle: 'Systematic synthetic phonics in Year 1',
      completedAt: '2026-10-20',
      objectiveIds: ['sdp-1'],
      levels: { reaction: { rating: 4 }, learning: { rating: 5 }, use: { rating: 4 }, organisation: { rating: 3, valueForMoney: 4 }, pupils: { rating: 4, evidence: 'Phonics check pass rate up from 71% to 84%.' } },
    });
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(page, 'evaluation-sent', width);
    // a reload does not send it again
    await page.reload();
    await expect(ev.getByRole('button', { name: 'Send evaluation' })).toBeVisible();
    // the reloaded page's outbox holds nothing to send (a flush on load has nothing to post)
    await outboxSettled(page);
    expect(endpoint.stored.size).toBe(1);
    expect(problems.filter((p) => !p.includes('503') && !p.includes('ERR_'))).toEqual([]);
  });

  test('GOV.UK date errors and a future date; axe-clean empty, with errors, in English and Welsh', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint([], 'up', '/api/cpd-evaluations').handler]);
    await page.goto(`${server.origin}/intranet/evaluate.html`);
    const ev = page.locator('cpd-impact-evaluation');
    await expect(ev.getByRole('button', { name: 'Send evaluation' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(page, 'evaluation', width);
    const date = ev.getByRole('group', { name: 'Date you finished the course' });
    await date.getByLabel('Day').fill('20');
    await ev.getByRole('button', { name: 'Send evaluation' }).click();
    const summary = ev.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter the name of the course', 'The date you finished the course must include a month and year', 'Rate at least one level']);
    await summary.getByRole('link', { name: /must include a month and year/ }).click();
    await expect(date.getByLabel('Month')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await fillDate(date, '2099-01-01');
    await ev.getByRole('button', { name: 'Send evaluation' }).click();
    await expect(summary.getByRole('link', { name: 'The date you finished the course must be today or in the past' })).toBeVisible();

    await page.goto(`${server.origin}/intranet/evaluate-cy.html`);
    const cy = page.locator('cpd-impact-evaluation');
    await expect(cy.getByRole('heading', { level: 2 }).first()).toHaveText('Gwerthuso effaith eich dysgu proffesiynol');
    await expect(cy.getByRole('radio', { name: '1 Dim o gwbl' }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await cy.getByRole('button', { name: 'Anfon y gwerthusiad' }).click();
    await expect(cy.getByRole('alert').getByRole('link', { name: 'Rhowch y dyddiad y gorffennoch y cwrs' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(page, 'evaluation-cy-errors', width);
  });
});
