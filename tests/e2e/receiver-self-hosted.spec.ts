import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Handler } from '../support/server.ts';
import { newKey, readConfig, sha256 } from '../../receivers/self-hosted/src/config.ts';
import { startReceiver } from '../../receivers/self-hosted/src/server.ts';
import { openSqlite } from '../../receivers/self-hosted/src/sqlite.ts';
import { expectStatus, fillRequestForm, hostHtml, hostPage, sendRequest, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

/**
 * The self-hosted receiver (receivers/self-hosted) behind the real request form: through the intranet's
 * server, which adds the school's key (the key never reaches the browser), and directly from the
 * intranet's signed-in page on another origin (CORS, the browser's Origin). A restart loses nothing.
 */
const suite = widgetSuite();
const key = newKey();
let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpd-receiver-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The intranet server's route that forwards a request to the receiver with the school's key. */
function forwardWithKey(receiver: () => string): Handler {
  return async (req, res, url) => {
    if (url.pathname !== '/api/cpd-requests' || req.method !== 'POST') return false;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const answer = await fetch(`${receiver()}/cpd-requests`, {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']), authorization: `Bearer ${key}` },
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('receiver down');
    }
    return true;
  };
}

const listed = async (origin: string): Promise<Array<{ id: string; course: { title: string } }>> =>
  (await (await fetch(`${origin}/cpd-requests`, { headers: { authorization: `Bearer ${key}` } })).json()) as Array<{ id: string; course: { title: string } }>;

test('a request sent through the intranet reaches the receiver once, and survives the receiver being down and restarted', async ({ page }) => {
  const config = readConfig(JSON.stringify({ schools: [{ id: 'archway', name: 'Archway Primary Academy', keySha256: sha256(key) }] }));
  const file = join(dir, 'cpd.sqlite');
  let store = openSqlite(file);
  let receiver = await startReceiver(config, store, 0);
  const port = Number(new URL(receiver.origin).port);
  const server = await suite.serve([forwardWithKey(() => receiver.origin)]);

  // the receiver is down when the member of staff sends
  receiver.server.close();
  await store.close();
  await page.goto(`${server.origin}/intranet/plain.html`);
  await fillRequestForm(page);
  await sendRequest(page);
  await expectStatus(page, /^Waiting to send/);

  store = openSqlite(file);
  receiver = await startReceiver(config, store, port);
  await expectStatus(page, 'Sent', 'cpd-request-form', 30_000);
  const stored = await listed(receiver.origin);
  expect(stored).toHaveLength(1);
  expect(stored[0]!.course.title).toBe('Systematic synthetic phonics in Year 1');

  // a restart keeps it
  receiver.server.close();
  await store.close();
  store = openSqlite(file);
  receiver = await startReceiver(config, store, port);
  expect((await listed(receiver.origin)).map((r) => r.id)).toEqual(stored.map((r) => r.id));
  receiver.server.close();
  await store.close();
});

test('the intranet’s own page posts straight to the receiver on another origin, with a CORS preflight and no key in the page', async ({ page }) => {
  let receiverOrigin = '';
  const form: Handler = (req, res, url) =>
    hostPage('/host/direct.html', hostHtml(widgetsBundleTag, `<cpd-request-form config-src="/intranet/config.json" endpoint="${receiverOrigin}/cpd-requests"></cpd-request-form>`))(req, res, url);
  const server = await suite.serve([form]);
  const config = readConfig(JSON.stringify({ schools: [{ id: 'archway', name: 'Archway Primary Academy', keySha256: sha256(key), origins: [server.origin] }] }));
  const store = openSqlite(join(dir, 'cpd.sqlite'));
  const receiver = await startReceiver(config, store, 0);
  receiverOrigin = receiver.origin;
  try {
    await page.goto(`${server.origin}/host/direct.html`);
    expect(await page.content()).not.toContain(key);
    await fillRequestForm(page);
    await sendRequest(page);
    await expectStatus(page, 'Sent');
    expect(await listed(receiver.origin)).toHaveLength(1);
  } finally {
    receiver.server.close();
    await store.close();
  }
});
