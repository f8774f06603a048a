import { describe, expect, it } from 'vitest';
import { EN, renderIn, type ImpactEvaluation } from '../../src/index.ts';
import { CY } from '../../src/i18n/cy.ts';
import { OutboxItem as OutboxRecord } from '../../src/store/records.ts';
import { attemptDelivery, confirmationProblem, deliveryInit, enqueue, flushOutbox, isAppsScript, type DeliveryResponse, type OutboxCollection, type OutboxFetch, type OutboxItem } from '../../src/request/outbox.ts';
import { sampleRequest } from '../store/request.ts';

/** The delivery contract: only the receiver's JSON echo of the id means "delivered". */

function memory(): OutboxCollection & { items: Map<string, OutboxItem> } {
  const items = new Map<string, OutboxItem>();
  return { items, get: async (id) => items.get(id), put: async (item) => void items.set(item.id, structuredClone(item)), all: async () => [...items.values()] };
}

function answer(status: number, body = '', headers: Record<string, string> = {}, extra: Partial<DeliveryResponse> = {}): DeliveryResponse {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, headers: { get: (n) => map.get(n.toLowerCase()) ?? null }, text: async () => body, ...extra };
}

const json = { 'content-type': 'application/json; charset=utf-8' };
const item = async (endpoint = 'https://school.example/cpd') => (await enqueue(memory(), sampleRequest(), endpoint)).item;
const once = (response: DeliveryResponse): OutboxFetch => async () => response;

describe('what counts as delivered', () => {
  it('a 2xx JSON answer echoing the id, with the receiver’s optional status', async () => {
    expect(await attemptDelivery(await item(), once(answer(201, '{"id":"req-1","status":"received"}', json)))).toEqual({ kind: 'sent', status: 201, receiverStatus: 'received' });
    expect(await attemptDelivery(await item(), once(answer(200, '{"id":"req-1","status":"duplicate"}', json)))).toMatchObject({ kind: 'sent', receiverStatus: 'duplicate' });
    expect(await attemptDelivery(await item(), once(answer(200, '{"id":"req-1"}', { 'content-type': 'application/problem+json' })))).toMatchObject({ kind: 'sent' });
  });

  it.each([
    ['an expired sign-on: a redirect the browser did not follow', answer(0, '', {}, { type: 'opaqueredirect' }), 'sign-in'],
    ['a 302 seen as such (Node, or a server-side fetch)', answer(302, '', { location: 'https://login.example/' }), 'sign-in'],
    ['a 307 to another origin', answer(307, '', { location: 'https://evil.example/' }), 'sign-in'],
    ['a 401 from an intranet endpoint behind its sign-on', answer(401, 'Unauthorized', { 'content-type': 'text/plain' }), 'sign-in'],
    ['a login or proxy page answering 200 HTML', answer(200, '<!doctype html><title>Sign in</title>', { 'content-type': 'text/html' }), 'not-receiver'],
    ['HTML with no content type', answer(200, '<html>blocked by policy</html>'), 'not-receiver'],
    ['JSON that is not JSON', answer(200, 'oops', json), 'not-receiver'],
    ['no body at all', answer(200, '', json), 'no-confirmation'],
    ['a 204', answer(204), 'no-confirmation'],
    ['another document’s id', answer(200, '{"id":"someone-else"}', json), 'no-confirmation'],
    ['JSON without an id', answer(200, '{"ok":true}', json), 'no-confirmation'],
    ['a JSON array', answer(200, '[{"id":"req-1"}]', json), 'no-confirmation'],
    ['an answer far too long to be a confirmation', answer(200, `{"id":"req-1","pad":"${'x'.repeat(70_000)}"}`, json), 'not-receiver'],
  ])('not %s: kept to try again, with the reason', async (_what, response, problem) => {
    const result = await attemptDelivery(await item(), once(response));
    expect(result).toMatchObject({ kind: 'retry', problem });
  });

  it('a 2xx JSON refusal (from receivers that cannot set a status, like Apps Script) is a refusal, not retried', async () => {
    const refused = answer(200, '{"status":"refused","message":"schemaVersion must be 1"}', json);
    expect(await attemptDelivery(await item(), once(refused))).toEqual({ kind: 'failed', problem: 'refused', status: 200, reason: "the school's system refused it: schemaVersion must be 1", message: { key: 'delivery.refused-said', params: { detail: 'schemaVersion must be 1' } } });
  });

  it('says why in words a member of staff can act on', () => {
    expect(confirmationProblem('a', 'text/html', '<html>')).toEqual({ problem: 'not-receiver', reason: 'the answer was a web page (perhaps a sign-in page or a network filter), not the school’s system', message: { key: 'delivery.web-page' } });
    expect(confirmationProblem('a', 'application/json', '{"id":"b"}')?.reason).toBe('the school’s system confirmed a different request');
    expect(confirmationProblem('a', 'application/json', '{"id":"a"}')).toBeNull();
  });

  it('reads an item an older version stored (English only), and one with a reason this version does not know', () => {
    const stored = { id: 'a', endpoint: 'https://school.example/cpd', body: sampleRequest(), status: 'failed', attempts: 1, nextAttemptAt: 0, createdAt: '2026-12-01T10:00:00.000Z', lastError: 'refused', lastProblem: 'refused' };
    expect(OutboxRecord.safeParse(stored).success).toBe(true);
    const future = OutboxRecord.safeParse({ ...stored, lastErrorMessage: { key: 'delivery.new-reason', params: { status: 418 } } });
    expect(future.success && renderIn(future.data.lastErrorMessage!, CY)).toBeNull();
  });

  it('says the reason in Welsh from its message (issue 25), quoting the school system’s own words', async () => {
    const refused = await attemptDelivery(await item(), once(answer(503, 'Down for maintenance', { 'content-type': 'text/plain' })));
    expect(refused.kind === 'retry' && renderIn(refused.message, CY)).toBe('atebodd system yr ysgol 503: “Down for maintenance”');
    expect(refused.kind === 'retry' && renderIn(refused.message, EN)).toBe(refused.kind === 'retry' && refused.reason);
  });

  it('keeps an item pending (never sent, never removed) until a real confirmation arrives', async () => {
    const outbox = memory();
    let t = 0;
    const clock = { now: () => t, random: () => 0 };
    await enqueue(outbox, sampleRequest(), 'https://school.example/cpd', clock);
    const script = [answer(200, '<html>login</html>', { 'content-type': 'text/html' }), answer(200, '{"id":"other"}', json), answer(200, '{"id":"req-1"}', json)];
    const fetch: OutboxFetch = async () => script.shift()!;
    const flush = () => flushOutbox(outbox, { fetch, clock, backoff: { baseMs: 10, capMs: 10 } });
    expect((await flush())[0]).toMatchObject({ status: 'pending', lastProblem: 'not-receiver' });
    t += 100;
    expect((await flush())[0]).toMatchObject({ status: 'pending', lastProblem: 'no-confirmation' });
    t += 100;
    const sent = (await flush())[0]!;
    expect(sent.status).toBe('sent');
    expect(sent.lastProblem).toBeUndefined();
    expect(outbox.items.size).toBe(1);
  });
});

describe('Google Apps Script web apps', () => {
  const exec = 'https://script.google.com/macros/s/AKfy/exec';

  it('are recognised by their exact host only', () => {
    expect(isAppsScript(exec)).toBe(true);
    expect(isAppsScript('https://script.google.com/a/macros/school.example/s/AKfy/exec')).toBe(true);
    expect(isAppsScript('https://script.google.com.evil.example/macros/s/x/exec')).toBe(false);
    expect(isAppsScript('http://script.google.com/macros/s/x/exec')).toBe(false);
    expect(isAppsScript('https://evil.example/?script.google.com')).toBe(false);
  });

  it('get a simple request (text/plain, no custom header: no preflight Apps Script cannot answer) that follows the 302', async () => {
    const init = deliveryInit(await item(exec));
    expect(init).toMatchObject({ redirect: 'follow', headers: { 'Content-Type': 'text/plain;charset=utf-8', Accept: 'application/json' } });
    expect(Object.keys(init.headers).sort()).toEqual(['Accept', 'Content-Type']);
    expect(JSON.parse(init.body).id).toBe('req-1');
    expect(deliveryInit(await item()).redirect).toBe('manual');
  });

  it('a school that chose text-plain delivery (Power Automate) gets the same simple request, without following redirects', async () => {
    const { item: plain } = await enqueue(memory(), sampleRequest(), { url: 'https://prod-01.uksouth.logic.azure.com/workflows/x/triggers/manual/paths/invoke', delivery: 'text-plain' });
    expect(plain.delivery).toBe('text-plain');
    const init = deliveryInit(plain);
    expect(Object.keys(init.headers).sort()).toEqual(['Accept', 'Content-Type']);
    expect(init).toMatchObject({ redirect: 'manual', headers: { 'Content-Type': 'text/plain;charset=utf-8' } });
    // the idempotency key travels in the body
    expect(JSON.parse(init.body).id).toBe(plain.id);
    // json is the default and is not stored
    const { item: json } = await enqueue(memory(), sampleRequest(), { url: 'https://school.example/cpd', delivery: 'json' });
    expect(json.delivery).toBeUndefined();
    expect(deliveryInit(json).headers['Idempotency-Key']).toBe(json.id);
  });

  it('count as delivered only after the redirect to script.googleusercontent.com, with the echoed id', async () => {
    const ok = answer(200, '{"id":"req-1","status":"received"}', json, { redirected: true, url: 'https://script.googleusercontent.com/macros/echo?user_content_key=x' });
    expect(await attemptDelivery(await item(exec), once(ok))).toMatchObject({ kind: 'sent' });
    const direct = answer(200, '{"id":"req-1"}', json, { redirected: false, url: exec });
    expect(await attemptDelivery(await item(exec), once(direct))).toMatchObject({ kind: 'retry', problem: 'sign-in' });
    const login = answer(200, '<html>Sign in – Google Accounts</html>', { 'content-type': 'text/html' }, { redirected: true, url: 'https://accounts.google.com/ServiceLogin' });
    expect(await attemptDelivery(await item(exec), once(login))).toMatchObject({ kind: 'retry', problem: 'sign-in' });
    const wrongId = answer(200, '{"id":"x"}', json, { redirected: true, url: 'https://script.googleusercontent.com/macros/echo' });
    expect(await attemptDelivery(await item(exec), once(wrongId))).toMatchObject({ kind: 'retry', problem: 'no-confirmation' });
  });
});

describe('any document with a schema version and an id', () => {
  it('goes through the same outbox and contract (an impact evaluation)', async () => {
    const evaluation: ImpactEvaluation = { schemaVersion: 1, id: 'eval-1', courseTitle: 'Phonics', completedAt: '2027-06-01', objectiveIds: [], levels: { reaction: { rating: 4 } } };
    const outbox = memory();
    await enqueue(outbox, evaluation, 'https://school.example/cpd-evaluations');
    const seen: string[] = [];
    const fetch: OutboxFetch = async (_url, init) => (seen.push(init.headers['Idempotency-Key']!), answer(201, JSON.stringify({ id: JSON.parse(init.body).id }), json));
    expect((await flushOutbox(outbox, { fetch }))[0]).toMatchObject({ id: 'eval-1', status: 'sent' });
    expect(seen).toEqual(['eval-1']);
  });
});
