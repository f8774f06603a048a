/**
 * Issue 20, item 3: "Start a request" puts nothing personal in an address. The form page's address
 * carries only an opaque single-use token; the form asks CPD Lens for the hand-off through the bridge
 * on its site and gets the answer on a MessagePort of its own. A script on the intranet page that runs
 * first (it reads `location` on its first line and listens to every `message` event and port) sees no
 * PD target and no score; neither do the address, `history` or `document.referrer` afterwards. The
 * token works once, only in its own tab and on the form's origin, and the hand-off survives a sign-in
 * redirect that drops the address's fragment.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, labelFrame, pageBadge, test } from '../support/extension.ts';
import type { Handler, LocalServer } from '../support/server.ts';
import { continueTo, schoolEndpoint, serveIntranet } from './widgets-helpers.ts';

test.skip(extensionMissing, extensionMissingReason);

const TARGET = 'Use metacognitive strategies in my Year 4 science lessons';
const COURSE = 'Metacognition in the Primary Classroom';
const GONE = /This CPD Lens link was already used or has expired/;

/** The intranet's form page with a script of the intranet's own before the form: it records what any page script could see. */
const SPY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CPD request</title>
<script>
  window.spy = { first: location.href, messages: [], portMessages: [] };
  addEventListener('message', (e) => {
    window.spy.messages.push(JSON.stringify(e.data));
    for (const port of e.ports) port.addEventListener('message', (m) => window.spy.portMessages.push(JSON.stringify(m.data)));
    for (const port of e.ports) port.start();
  }, true);
</script>
<script type="module" src="/widgets/cpd-widgets.js"></script></head>
<body><main><h1>Request CPD</h1><cpd-request-form config-src="/intranet/config.json"></cpd-request-form></main></body></html>`;

const html = (body: string): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  return true;
};
const at = (path: string, handler: Handler): Handler => (req, res, url) => (url.pathname === path ? handler(req, res, url) : false);

/** Setup as a member of staff: a PD target the course serves, and the school's form at `formUrl`. */
async function setUp(context: BrowserContext, formUrl: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(context.serviceWorkers()[0]!.url()).host}/options.html`);
  await options.getByLabel('Your role').selectOption('teacher');
  await options.getByLabel('Phase').selectOption('primary');
  await options.getByRole('button', { name: 'Add a target' }).click();
  await options.getByLabel('Target', { exact: true }).fill(TARGET);
  await options.getByLabel('Request form address (optional)').fill(formUrl);
  await options.getByRole('button', { name: 'Save setup' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await options.close();
}

/** Presses "Start a request" in the course's label; the tab it opens (once its first address has loaded) and the score shown. */
async function startRequest(context: BrowserContext, providerOrigin: string, formOrigin: string): Promise<{ opened: Promise<Page>; score: string }> {
  const page = await context.newPage();
  await page.goto(`${providerOrigin}/own/course.html`);
  await pageBadge(page).click();
  const label = labelFrame(page);
  const score = (await label.locator('.score .total').textContent())!.trim();
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(formOrigin), timeout: 30_000 });
  await label.getByRole('button', { name: 'Start a request' }).click();
  return { opened, score };
}

/** What the page's own scripts, its address and its history show. */
async function pageSees(form: Page): Promise<string> {
  return form.evaluate(() => {
    const w = window as unknown as { spy: object };
    return JSON.stringify({ spy: w.spy, href: location.href, referrer: document.referrer, state: history.state, length: history.length });
  });
}

/** The hand-offs CPD Lens keeps, by token, read from the service worker. */
async function pendingTokens(context: BrowserContext): Promise<string[]> {
  return context.serviceWorkers()[0]!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith('handoff:')).map((k) => k.slice('handoff:'.length));
  });
}

let intranet: LocalServer | undefined;
let other: LocalServer | undefined;
test.afterEach(async () => {
  for (const s of [intranet, other]) {
    s?.server.closeAllConnections();
    await s?.close();
  }
  intranet = other = undefined;
});

/** The PD targets are asked on the form's third step (issue 22); the course's dates and fee came with the hand-off. */
async function toTargets(widget: Locator): Promise<void> {
  await widget.getByLabel('Your name').fill('Sam Jones');
  await continueTo(widget, 2, 'Dates and cost');
  await continueTo(widget, 3, 'Why you want it');
}

test('the form gets the course and PD target from CPD Lens; its address, history, referrer and page scripts see neither target nor score; the token works once', async ({ context, server }) => {
  intranet = await serveIntranet([schoolEndpoint().handler, at('/intranet/spy.html', html(SPY_PAGE))]);
  const base = `${intranet.origin}/intranet/spy.html`;
  await setUp(context, base);
  const { opened, score } = await startRequest(context, server.origin, intranet.origin);
  const form = await opened;
  const widget = form.locator('cpd-request-form');
  await expect(widget.getByLabel('Course name')).toHaveValue(COURSE);
  await expect(widget.getByText('Course details came from CPD Lens')).toBeVisible();
  await toTargets(widget);
  await expect(widget.getByRole('checkbox', { name: TARGET })).toBeVisible();
  expect(form.url()).toBe(base);

  const seen = await pageSees(form);
  const { spy } = JSON.parse(seen) as { spy: { first: string; messages: string[]; portMessages: string[] } };
  // the address the page started with held an opaque token and nothing else
  expect(spy.first).toMatch(new RegExp(`^${base.replace(/[.?]/g, '\\$&')}#cpd-request-token=[0-9a-f]{32}$`));
  expect(spy.messages.length, 'the page saw the form ask').toBeGreaterThan(0);
  // (`seen` is JSON holding JSON: matched on words, whatever the escaping)
  for (const text of [TARGET, 'Year 4', 'metacognitive strategies', 'score', 'band', 'targets', 'Strong fit', 'Good fit', 'cpd-request=']) expect(seen).not.toContain(text);
  expect(seen).not.toMatch(new RegExp(`total\\W*${score}\\b`));
  expect(JSON.parse(seen)).toMatchObject({ href: base, referrer: '', state: null, length: 1 });

  // single use: the same token in another tab gets nothing, and the form says so
  const token = /cpd-request-token=([0-9a-f]{32})/.exec(spy.first)![1]!;
  const again = await context.newPage();
  await again.goto(`${base}#cpd-request-token=${token}`);
  await expect(again.locator('cpd-request-form').getByText(GONE)).toBeVisible();
  expect(again.url()).toBe(base);
  expect(await pendingTokens(context)).toEqual([]);
});

test('a token is refused to another tab and another origin, and still reaches its own tab', async ({ context, server }) => {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  intranet = await serveIntranet([schoolEndpoint().handler, at('/intranet/held.html', async (req, res, url) => (await held, html(SPY_PAGE)(req, res, url)))]);
  other = await serveIntranet([schoolEndpoint().handler]);
  await setUp(context, `${intranet.origin}/intranet/held.html`);
  const { opened } = await startRequest(context, server.origin, intranet.origin);
  await expect.poll(() => pendingTokens(context)).toHaveLength(1);
  const [token] = await pendingTokens(context);

  for (const origin of [intranet.origin, other.origin]) {
    const thief = await context.newPage();
    await thief.goto(`${origin}/intranet/plain.html#cpd-request-token=${token}`);
    await expect(thief.locator('cpd-request-form').getByText(GONE), origin).toBeVisible();
    await expect(thief.locator('cpd-request-form').getByLabel('Course name')).toHaveValue('');
    await thief.close();
  }
  expect(await pendingTokens(context)).toEqual([token]);

  release();
  const form = await opened;
  await expect(form.locator('cpd-request-form').getByLabel('Course name')).toHaveValue(COURSE);
  await toTargets(form.locator('cpd-request-form'));
  await expect(form.locator('cpd-request-form').getByRole('checkbox', { name: TARGET })).toBeVisible();
});

test('the hand-off survives a sign-in redirect that drops the address’s fragment', async ({ context, server }) => {
  // the form's page sends a visitor without a session to a sign-in page, which comes back without the fragment
  const signIn = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body><p>Signing you in…</p>
<script>document.cookie = 'session=1; path=/'; setTimeout(() => location.replace('/intranet/guarded.html'), 200);</script></body></html>`;
  const guarded: Handler = (req, res, url) => {
    if (/\bsession=1\b/.test(req.headers.cookie ?? '')) return html(SPY_PAGE)(req, res, url);
    res.writeHead(302, { location: '/intranet/sign-in.html', 'cache-control': 'no-store' }).end();
    return true;
  };
  intranet = await serveIntranet([schoolEndpoint().handler, at('/intranet/guarded.html', guarded), at('/intranet/sign-in.html', html(signIn))]);
  const base = `${intranet.origin}/intranet/guarded.html`;
  await setUp(context, base);
  const form = await (await startRequest(context, server.origin, intranet.origin)).opened;
  const widget = form.locator('cpd-request-form');
  await expect(widget.getByLabel('Course name')).toHaveValue(COURSE);
  await toTargets(widget);
  await expect(widget.getByRole('checkbox', { name: TARGET })).toBeVisible();
  const seen = JSON.parse(await pageSees(form)) as { spy: { first: string } };
  expect(seen.spy.first, 'the sign-in dropped the token').toBe(base);
  // once: the tab's hand-off is gone, a reload brings back the draft only
  expect(await pendingTokens(context)).toEqual([]);
});
