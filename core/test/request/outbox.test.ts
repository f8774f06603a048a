import { describe, expect, it } from 'vitest';
import { check, CpdRequest, type CpdRequest as Request } from '../../src/index.ts';
import { openCpdStore } from '../../src/store/index.ts';
import {
  afterAttempt,
  attemptDelivery,
  enqueue,
  flushOutbox,
  isDue,
  nextWake,
  receiverMessage,
  retryAfterMs,
  retryDelay,
  type OutboxClock,
  type OutboxCollection,
  type OutboxFetch,
  type OutboxItem,
} from '../../src/request/outbox.ts';

const request = (id = 'req-1'): Request => ({
  schemaVersion: 1,
  id,
  createdAt: '2026-11-23T09:00:00Z',
  requester: { name: 'Sam Teacher' },
  course: { title: 'Phonics for Year 1' },
  dates: ['2026-12-02'],
  costs: { fee: 150, travel: 20, supplyDays: 1, supplyCost: 250, total: 420 },
  targetIds: ['t1'],
  objectiveIds: ['sdp-1'],
  expectedImpact: { practice: 'Better phonics lessons', pupils: 'More pupils pass the check' },
  sharing: 'Staff meeting briefing',
  approach: 'course-or-conference',
  evaluation: ['reaction', 'pupils'],
});

/** A clock that only moves when told, and a fixed "random" draw. */
function clock(start = 1_000_000, draw = 0.5): OutboxClock & { advance(ms: number): void } {
  let t = start;
  return { now: () => t, random: () => draw, advance: (ms) => void (t += ms) };
}

function memory(): OutboxCollection & { items: Map<string, OutboxItem> } {
  const items = new Map<string, OutboxItem>();
  return {
    items,
    get: async (id) => items.get(id),
    put: async (item) => void items.set(item.id, structuredClone(item)),
    all: async () => [...items.values()],
  };
}

type Reply = number | 'network' | { status: number; body?: string; headers?: Record<string, string> };

/** A receiver that answers from a script and remembers every body it got, de-duplicating by key. */
function receiver(script: Reply[]) {
  const calls: { url: string; headers: Record<string, string>; body: string }[] = [];
  const stored = new Map<string, unknown>();
  const fetch: OutboxFetch = async (url, init) => {
    calls.push({ url, headers: init.headers, body: init.body });
    const reply = script.shift() ?? 200;
    if (reply === 'network') throw new TypeError('Failed to fetch');
    const r = typeof reply === 'number' ? { status: reply } : reply;
    const id = (JSON.parse(init.body) as { id: string }).id;
    if (r.status < 300 || r.status >= 500) stored.set(init.headers['Idempotency-Key']!, JSON.parse(init.body)); // committed even when the answer is lost
    // A receiver keeping the contract echoes the id as JSON with every 2xx.
    const contract = r.status < 300 && r.body === undefined;
    const headers = new Map(Object.entries(r.headers ?? (contract ? { 'content-type': 'application/json' } : {})).map(([k, v]) => [k.toLowerCase(), v]));
    return { status: r.status, headers: { get: (n: string) => headers.get(n.toLowerCase()) ?? null }, text: async () => (contract ? JSON.stringify({ id }) : (r.body ?? '')) };
  };
  return { fetch, calls, stored };
}

describe('backoff', () => {
  it('doubles each time, with jitter between half and all of the step, never above the cap', () => {
    const backoff = { baseMs: 1000, capMs: 10_000 };
    expect(retryDelay(1, () => 0, backoff)).toBe(500);
    expect(retryDelay(1, () => 0.999999, backoff)).toBe(1000);
    expect(retryDelay(2, () => 0, backoff)).toBe(1000);
    expect(retryDelay(3, () => 0.5, backoff)).toBe(3000);
    expect(retryDelay(20, () => 0.999999, backoff)).toBe(10_000);
    expect(retryDelay(1000, () => 0, backoff)).toBe(5000);
  });

  it('is deterministic for a given random source', () => {
    const draws = [0.1, 0.7, 0.3];
    const a = draws.map((d, i) => retryDelay(i + 1, () => d));
    const b = draws.map((d, i) => retryDelay(i + 1, () => d));
    expect(a).toEqual(b);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores nonsense', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs('99999999', 0)).toBe(24 * 60 * 60_000);
  });
});

describe('enqueue', () => {
  it('queues a request once, however many times it is submitted', async () => {
    const outbox = memory();
    const c = clock();
    const first = await enqueue(outbox, request(), 'https://school.example/cpd', c);
    const again = await Promise.all([enqueue(outbox, request(), 'https://school.example/cpd', c), enqueue(outbox, request(), 'https://school.example/cpd', c)]);
    expect(first.created).toBe(true);
    expect(again.map((r) => r.created)).toEqual([false, false]);
    expect(outbox.items.size).toBe(1);
    expect(first.item).toMatchObject({ id: 'req-1', status: 'pending', attempts: 0, nextAttemptAt: c.now() });
  });

  it('writes items the real store accepts', async () => {
    const store = await openCpdStore(`outbox-test-${Math.random()}`);
    const { item } = await enqueue(store.outbox, request(), 'https://school.example/cpd');
    expect(await store.outbox.get(item.id)).toEqual(item);
    expect(check(CpdRequest, item.body).ok).toBe(true);
    store.close();
  });
});

describe('a delivery attempt', () => {
  it('posts JSON with the request id as the idempotency key and no cookies', async () => {
    const r = receiver([200]);
    let credentials = '';
    let redirect = '';
    const fetch: OutboxFetch = (url, init) => ((credentials = init.credentials), (redirect = init.redirect), r.fetch(url, init));
    const item = (await enqueue(memory(), request(), 'https://school.example/cpd')).item;
    expect(await attemptDelivery(item, fetch)).toEqual({ kind: 'sent', status: 200 });
    expect(r.calls[0]!.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': 'req-1' });
    expect(JSON.parse(r.calls[0]!.body)).toEqual(request());
    // Cookies never go to another origin; a redirect is never followed with the body.
    expect(credentials).toBe('same-origin');
    expect(redirect).toBe('manual');
  });

  it.each([
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [408, 'retry'],
    [429, 'retry'],
    ['network', 'retry'],
    [400, 'failed'],
    [401, 'retry'],
    [403, 'failed'],
    [422, 'failed'],
    [201, 'sent'],
    [204, 'sent'],
  ] as const)('classifies %s as %s', async (reply, kind) => {
    const item = (await enqueue(memory(), request(), 'https://school.example/cpd')).item;
    expect((await attemptDelivery(item, receiver([reply]).fetch)).kind).toBe(kind);
  });

  it('gives up on a receiver that does not answer in time, to retry later', async () => {
    const hang: OutboxFetch = (_url, init) =>
      new Promise((_ok, fail) => init.signal?.addEventListener('abort', () => fail(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const item = (await enqueue(memory(), request(), 'https://school.example/cpd')).item;
    expect(await attemptDelivery(item, hang, 20)).toMatchObject({ kind: 'retry', reason: 'no answer within 0 seconds' });
  });

  it("keeps the receiver's own words for a refusal, as text", async () => {
    const item = (await enqueue(memory(), request(), 'https://school.example/cpd')).item;
    const result = await attemptDelivery(item, receiver([{ status: 422, body: '{"message":"Course date is in the holidays <b>x</b>"}', headers: { 'content-type': 'application/json' } }]).fetch);
    const detail = 'Course date is in the holidays <b>x</b>';
    expect(result).toEqual({ kind: 'failed', problem: 'refused', status: 422, reason: `the school's system refused it (422): ${detail}`, message: { key: 'delivery.refused-status-said', params: { status: 422, detail } } });
  });

  it('reads common error shapes and ignores HTML error pages', () => {
    expect(receiverMessage('{"errors":[{"message":"Name missing"}]}', 'application/json')).toBe('Name missing');
    expect(receiverMessage('Bad\nthing', 'text/plain')).toBe('Bad thing');
    expect(receiverMessage('<html>oops</html>', 'text/html')).toBe('');
  });
});

describe('after an attempt', () => {
  const down = { reason: 'down', message: { key: 'delivery.server', params: { status: 503 } } };
  const base = async () => (await enqueue(memory(), request(), 'https://school.example/cpd', clock())).item;

  it('schedules the next try by backoff, or later when the receiver asks', async () => {
    const c = clock(1_000_000, 0);
    const item = await base();
    const once = afterAttempt(item, { kind: 'retry', problem: 'server', ...down }, c, { baseMs: 1000, capMs: 60_000 });
    expect(once).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: 1_000_500, lastError: 'down', lastErrorMessage: down.message, lastProblem: 'server' });
    const twice = afterAttempt(once, { kind: 'retry', problem: 'server', ...down, retryAfterMs: 30_000 }, c, { baseMs: 1000, capMs: 60_000 });
    expect(twice).toMatchObject({ attempts: 2, nextAttemptAt: 1_030_000 });
  });

  it('marks success with the time, and clears the last error', async () => {
    const c = clock();
    const failedOnce = afterAttempt(await base(), { kind: 'retry', problem: 'server', ...down }, c);
    const sent = afterAttempt(failedOnce, { kind: 'sent', status: 200 }, c);
    expect(sent.status).toBe('sent');
    expect(sent.sentAt).toBe(new Date(c.now()).toISOString());
    expect(sent.lastError).toBeUndefined();
    expect(sent.lastErrorMessage).toBeUndefined();
  });

  it('never retries a refusal', async () => {
    const failed = afterAttempt(await base(), { kind: 'failed', problem: 'refused', status: 400, reason: 'bad', message: { key: 'delivery.refused-status', params: { status: 400 } } }, clock());
    expect(failed.status).toBe('failed');
    expect(isDue(failed, Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(nextWake([failed])).toBeNull();
  });
});

describe('flushing the outbox', () => {
  it('delivers exactly once through an outage: down, down, then up', async () => {
    const outbox = memory();
    const c = clock(0, 0);
    const r = receiver([503, 'network', 200]);
    const backoff = { baseMs: 1000, capMs: 60_000 };
    await enqueue(outbox, request(), 'https://school.example/cpd', c);
    const seen: string[] = [];
    const flush = () => flushOutbox(outbox, { fetch: r.fetch, clock: c, backoff, onChange: (i) => seen.push(i.status) });

    expect((await flush())[0]).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: 500 });
    expect((await flush())[0]!.attempts).toBe(1); // not due yet: nothing posted
    c.advance(500);
    expect((await flush())[0]).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: 1500 });
    c.advance(1000);
    expect((await flush())[0]).toMatchObject({ status: 'sent', attempts: 3 });
    c.advance(1_000_000);
    await flush();

    expect(r.calls).toHaveLength(3);
    expect(new Set(r.calls.map((call) => call.headers['Idempotency-Key']))).toEqual(new Set(['req-1']));
    expect(r.stored.size).toBe(1);
    expect(seen).toEqual(['sending', 'pending', 'sending', 'pending', 'sending', 'sent']);
  });

  it('retries an item left "sending" by a page that died, once its deadline passes', async () => {
    const outbox = memory();
    const c = clock(0);
    const { item } = await enqueue(outbox, request(), 'https://school.example/cpd', c);
    await outbox.put({ ...item, status: 'sending', nextAttemptAt: 16_000 });
    const r = receiver([200]);
    await flushOutbox(outbox, { fetch: r.fetch, clock: c });
    expect(r.calls).toHaveLength(0);
    c.advance(16_000);
    expect((await flushOutbox(outbox, { fetch: r.fetch, clock: c }))[0]!.status).toBe('sent');
  });

  it('sends several requests in the order they were queued', async () => {
    const outbox = memory();
    const c = clock(0);
    await enqueue(outbox, { ...request('b'), createdAt: '2026-11-23T10:00:00Z' }, 'https://school.example/cpd', c);
    c.advance(1);
    await enqueue(outbox, request('a'), 'https://school.example/cpd', c);
    const r = receiver([]);
    await flushOutbox(outbox, { fetch: r.fetch, clock: c });
    expect(r.calls.map((call) => call.headers['Idempotency-Key'])).toEqual(['b', 'a']);
  });
});
