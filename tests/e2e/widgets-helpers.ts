/**
 * Shared pieces of the widget browser tests: the local "school endpoint" (counting arrivals,
 * de-duplicated by Idempotency-Key, and able to be down), the server with the intranet pages and the
 * built bundle, and a helper that fills the request form the way a member of staff would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { axe } from '../support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startServer, type Handler, type LocalServer } from '../support/server.ts';
import { artifactsDir, fixturesDir, repoRoot } from '../support/paths.ts';

export const widgetsDist = join(repoRoot, 'widgets/dist-cdn');
export const intranetDir = join(fixturesDir, 'intranet');
export const bundleMissing = !existsSync(join(widgetsDist, 'cpd-widgets.js'));
export const bundleMissingReason = 'widgets/dist-cdn/cpd-widgets.js is missing: run `pnpm --filter @cpd-lens/widgets build` first';

export type EndpointMode = 'up' | 'down' | 'reset' | 'commit-then-500' | 'refuse';

export interface Post {
  key: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A school endpoint: POST /api/cpd-requests (or `path`, e.g. /api/cpd-evaluations). `modes` is a script
 * of answers, then `after` for ever. A stored document is confirmed as the contract says: JSON echoing its id.
 */
export function schoolEndpoint(modes: EndpointMode[] = [], after: EndpointMode = 'up', path = '/api/cpd-requests') {
  const posts: Post[] = [];
  const stored = new Map<string, Record<string, unknown>>();
  const script = [...modes];
  let fallback = after;
  const handler: Handler = async (req, res, url) => {
    if (url.pathname !== path) return false;
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return true;
    }
    const body = JSON.parse(await read(req)) as Record<string, unknown>;
    const key = req.headers['idempotency-key'] as string | undefined;
    posts.push({ key, contentType: req.headers['content-type'], body });
    const mode = script.shift() ?? fallback;
    if (mode === 'reset') {
      req.socket.destroy();
      return true;
    }
    if (mode === 'down') {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
      return true;
    }
    if (mode === 'refuse') {
      res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Course dates fall in the school holidays <b>really</b>' }));
      return true;
    }
    // The receiver de-duplicates by key: a retried request is stored once.
    if (key && !stored.has(key)) stored.set(key, body);
    if (mode === 'commit-then-500') {
      res.writeHead(500).end();
      return true;
    }
    // The delivery contract: 2xx JSON echoing the document's id (see widgets/README.md).
    const duplicate = key !== undefined && stored.get(key) !== body;
    res.writeHead(duplicate ? 200 : 201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: body.id, status: duplicate ? 'duplicate' : 'received' }));
    return true;
  };
  return {
    handler,
    posts,
    stored,
    setAfter(mode: EndpointMode) {
      fallback = mode;
    },
  };
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => ok(data));
    req.on('error', fail);
  });
}

/**
 * The usual set-up of a widget spec: skipped without the bundle, British locale and time zone, and
 * a server per test (closed after it, keep-alive connections dropped). Call at the top of the file.
 */
export function widgetSuite(): { serve(handlers?: Handler[]): Promise<LocalServer> } {
  let server: LocalServer | undefined;
  test.skip(bundleMissing, bundleMissingReason);
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });
  test.afterEach(async () => {
    server?.server.closeAllConnections();
    await server?.close();
    server = undefined;
  });
  return {
    async serve(handlers = []) {
      server = await serveIntranet(handlers);
      return server;
    },
  };
}

/** axe-core's WCAG 2.2 AA violations on the page, as "rule: targets" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await axe(page);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves the whole page at a real width under tests/artifacts/screenshots/<name>-<width>.png. */
export async function screenshot(page: Page, name: string, width: number): Promise<void> {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
}

/** Serves `html` at `path` with extra response headers (host pages built per test: a CSP, a draft key per user). */
export function hostPage(path: string, html: string, headers: Record<string, string> = {}): Handler {
  return (_req, res, url) => {
    if (url.pathname !== path) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(html);
    return true;
  };
}

/** A minimal intranet page around `body`, with `head` (scripts, styles) in its head. */
export function hostHtml(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Request CPD</title>${head}</head><body><main><h1>Request CPD</h1>${body}</main></body></html>`;
}

/** The script tag that loads every widget from the intranet's own server. */
export const widgetsBundleTag = '<script type="module" src="/widgets/cpd-widgets.js"></script>';

export function serveIntranet(handlers: Handler[] = []): Promise<LocalServer> {
  return startServer({ '/intranet': intranetDir, '/widgets': widgetsDist }, handlers);
}

/** Fails the test on any error the page logs, and on uncaught exceptions. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

export interface Answers {
  name?: string;
  courseTitle?: string;
  start?: string;
  fee?: string;
}

/**
 * Fills every question of the request form with labels, as a member of staff would, page by page
 * (issue 22: one step at a time, Continue between them); ends on the last question page.
 */
export async function fillRequestForm(page: Page, answers: Answers = {}, root = 'cpd-request-form'): Promise<void> {
  const form = page.locator(root);
  await expectStep(form, 1, 'You and the course');
  await form.getByLabel('Your name').fill(answers.name ?? 'Sam Jones');
  await form.getByLabel('Course name').fill(answers.courseTitle ?? 'Systematic synthetic phonics in Year 1');
  await form.getByLabel('Provider').fill('Northern Reading Hub');
  await form.getByLabel('What the course covers').fill('Sustained phonics programme with expert feedback and follow-up on pupils’ early reading.');
  await form.getByLabel('Hours of training').fill('6');
  await continueTo(form, 2, 'Dates and cost');
  await fillDate(form.getByRole('group', { name: 'First day' }), answers.start ?? '2027-01-14');
  await form.getByLabel('Course fee in pounds').fill(answers.fee ?? '195');
  await form.getByLabel('Travel in pounds').fill('12.50');
  await continueTo(form, 3, 'Why you want it');
  await form.getByLabel('New target').fill('Improve the teaching of phonics in Year 1');
  await form.getByLabel('School Development Plan objective it serves').selectOption('sdp-1');
  await form.getByRole('button', { name: 'Add target' }).click();
  await fillImpactAndLearning(form, {
    practice: 'I will teach daily phonics with the new routines.',
    pupils: 'More pupils will pass the phonics screening check.',
    sharing: 'A twilight session for the KS1 team.',
    type: 'course-or-conference',
    levels: ['Participant learning: increase in knowledge and skill', 'Pupil attitude and impact on pupil learning'],
  });
}

/** The request form's steps 4 and 5 (expected impact; how you will learn and evaluate), from step 3; ends on step 5. */
export async function fillImpactAndLearning(form: Locator, a: { practice: string; pupils: string; sharing: string; type: string; levels: string[] }): Promise<void> {
  await continueTo(form, 4, 'Expected impact');
  await form.getByLabel('What will change in your practice?').fill(a.practice);
  await form.getByLabel('What difference will it make to pupils?').fill(a.pupils);
  await form.getByLabel('How will you share what you learn with colleagues?').fill(a.sharing);
  await continueTo(form, 5, 'How you will learn and evaluate');
  await form.getByLabel('Type of professional learning').selectOption(a.type);
  for (const level of a.levels) await form.getByLabel(level).check();
}

/** The request form shows step `n` of 6 by name: its heading says so, and the step indicator marks it. */
export async function expectStep(form: Locator, n: number, name: string): Promise<void> {
  await expect(form.locator('#step-title, #check-title')).toHaveText(new RegExp(`^Step ${n} of 6:?\\s*${name}$`));
  await expect(form.locator('.steps [aria-current="step"]')).toContainText(n === 6 ? 'Check and send' : name);
}

/** Presses Continue and waits for step `n`, whose heading takes focus. */
export async function continueTo(form: Locator, n: number, name: string): Promise<void> {
  await form.getByRole('button', { name: 'Continue' }).click();
  await expectStep(form, n, name);
  await expect(form.locator('#step-title')).toBeFocused();
}

/** Types an ISO date into a GOV.UK date input (day, month and year fields) inside `group`. */
export async function fillDate(group: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year!);
}

/** Continue to "Check your answers", then send: the two steps a member of staff takes. */
export async function sendRequest(page: Page, root = 'cpd-request-form'): Promise<void> {
  const form = page.locator(root);
  await form.getByRole('button', { name: 'Continue' }).click();
  await expect(form.getByRole('heading', { name: 'Check your answers before sending your request' })).toBeFocused();
  await form.getByRole('button', { name: 'Send request' }).click();
}

export async function expectStatus(page: Page, text: string | RegExp, root = 'cpd-request-form', timeout = 15_000): Promise<void> {
  await expect(page.locator(root).getByRole('status').first()).toHaveText(text, { timeout });
}

/**
 * Once the receiver works again, waits for the form to say "Sent", pressing "Try again" whenever it shows
 * (each press waits at most a second): the button is hidden while an automatic retry is under way, and
 * pressed once when it was not yet shown, the next automatic retry could be further off than the wait.
 */
export async function sendAgainUntilSent(page: Page, root = 'cpd-request-form'): Promise<void> {
  const retry = page.locator(root).getByRole('button', { name: 'Try again' });
  await expect(async () => {
    if (await retry.isVisible()) await retry.click({ timeout: 1_000 }).catch(() => undefined);
    await expect(page.locator(root).getByRole('status').first()).toHaveText('Sent', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** A receiver that stores each document once by id, then answers after `release()` (or never): a slow or hung endpoint. */
export function heldEndpoint() {
  const posts: string[] = [];
  const stored = new Set<string>();
  const waiting: (() => void)[] = [];
  let holding = true;
  const handler: Handler = async (req: IncomingMessage, res: ServerResponse, url) => {
    if (url.pathname !== '/api/cpd-requests' || req.method !== 'POST') return false;
    let data = '';
    for await (const chunk of req) data += chunk;
    const body = JSON.parse(data) as { id: string };
    posts.push(String(req.headers['idempotency-key']));
    stored.add(body.id);
    const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: body.id, status: 'received' }));
    if (holding) waiting.push(answer);
    else answer();
    return true;
  };
  return {
    handler,
    posts,
    stored,
    release() {
      holding = false;
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

/**
 * Waits until the page's outbox (database `db`, store `outbox`) holds nothing still to send: every item
 * sent or refused for good, so no timer or flush of the page will post it again. The sign, for a test that
 * then checks that no more was posted.
 */
export async function outboxSettled(page: Page, db = 'cpd-lens'): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (db) => {
        if (!(await indexedDB.databases()).some((d) => d.name === db)) return 'no database';
        const open = indexedDB.open(db);
        const handle = await new Promise<IDBDatabase>((ok, fail) => {
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        if (!handle.objectStoreNames.contains('outbox')) return (handle.close(), 'no outbox');
        const items = await new Promise<{ status: string }[]>((ok, fail) => {
          const req = handle.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => ok(req.result as { status: string }[]);
          req.onerror = () => fail(req.error);
        });
        handle.close();
        return items.filter((i) => i.status === 'pending' || i.status === 'sending').map((i) => i.status).join() || 'settled';
      }, db),
    )
    .toBe('settled');
}

/** Waits until the request form's draft in the page's database was saved on the check page (`step` 'check') or on question page `step` (1-6). */
export async function draftSavedAt(page: Page, step: number, db = 'cpd-lens'): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (db) => {
        const open = indexedDB.open(db);
        const handle = await new Promise<IDBDatabase>((ok, fail) => {
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        if (!handle.objectStoreNames.contains('drafts')) return (handle.close(), [] as number[]);
        const drafts = await new Promise<{ values?: { step?: number } }[]>((ok, fail) => {
          const req = handle.transaction('drafts').objectStore('drafts').getAll();
          req.onsuccess = () => ok(req.result as { values?: { step?: number } }[]);
          req.onerror = () => fail(req.error);
        });
        handle.close();
        // the draft keeps the step's index: 0 for step 1, 5 for the check page (step 6)
        return drafts.map((d) => (d.values?.step ?? -1) + 1);
      }, db),
    )
    .toContain(step);
}

/** The cross-tab Web Locks of the page's origin: how many are held and how many are waited for. */
export function locksOf(page: Page): Promise<{ held: number; pending: number }> {
  return page.evaluate(async () => {
    const q = await navigator.locks.query();
    return { held: q.held?.length ?? 0, pending: q.pending?.length ?? 0 };
  });
}

/** Rates every level and gives evidence for pupils, as a member of staff would. */
export async function fillEvaluation(ev: Locator): Promise<void> {
  await ev.getByLabel('Course name').fill('Systematic synthetic phonics in Year 1');
  await fillDate(ev.getByRole('group', { name: 'Date you finished the course' }), '2026-10-20');
  await ev.getByRole('group', { name: 'Rating for Participant satisfaction and reaction' }).getByLabel('4').check();
  await ev.getByRole('group', { name: /^Rating for Participant learning/ }).getByLabel('5 Very much').check();
  await ev.getByRole('group', { name: /^Rating for Participant use/ }).getByLabel('4').check();
  await ev.getByRole('group', { name: /^Rating for Organisational support/ }).getByLabel('3').check();
  await ev.getByRole('group', { name: 'Was it value for money?' }).getByLabel('4').check();
  await ev.getByRole('group', { name: /^Rating for Pupil attitude/ }).getByLabel('4').check();
  await ev.locator('#pupils-evidence').fill('Phonics check pass rate up from 71% to 84%.');
}
