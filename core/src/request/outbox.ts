/**
 * The outbox: how a CPD request (or an impact evaluation) reaches the school's endpoint without ever being lost or arriving
 * twice. Pure logic over an injected store, fetch, clock and random source, so the request form
 * drives it (on load, on `online`, on a timer) and tests drive it deterministically.
 *
 * Delivery rules: POST the request JSON with `Idempotency-Key: <request id>`; 2xx = sent; 408, 425,
 * 429, 5xx, a network error or a timeout = try again later with exponential backoff and jitter
 * (honouring `Retry-After`); any other 4xx = failed, with the receiver's message, never retried.
 */
import type { OutboxDocument, OutboxItem } from '../store/records.ts';

export type { OutboxDocument, OutboxItem };

/** Time and chance, injected so backoff is deterministic under test. */
export interface OutboxClock {
  /** Epoch milliseconds. */
  now(): number;
  /** A number in [0, 1). */
  random(): number;
}

export const systemClock: OutboxClock = { now: () => Date.now(), random: () => Math.random() };

/** Exponential backoff: the first retry waits up to `baseMs`, each later one doubles, never above `capMs`. */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 5_000, capMs: 15 * 60_000 };
/** A delivery that has not answered after this long is abandoned and retried. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest `Retry-After` we honour; a receiver asking for more gets retried after a day. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/** The outbox part of the store: the same shape as `openCpdStore().outbox`. */
export interface OutboxCollection {
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  all(): Promise<OutboxItem[]>;
}

/** The part of `fetch` the outbox uses. */
export type OutboxFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; credentials: 'omit'; signal?: AbortSignal },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

/**
 * How long to wait before retry number `attempts` (1 = the first retry): "equal jitter", i.e. between
 * half and all of min(cap, base × 2^(attempts−1)), so retries spread out but never come too soon.
 */
export function retryDelay(attempts: number, random: () => number, backoff: Backoff = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Reads `Retry-After` (seconds, or an HTTP date) as a wait in milliseconds; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}

/** A new outbox item for a request: due at once, keyed by the request's id so it can only be queued once. */
export function newOutboxItem(request: OutboxDocument, endpoint: string, now: number): OutboxItem {
  return {
    id: request.id,
    endpoint,
    body: request,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: new Date(now).toISOString(),
  };
}

/**
 * Queues a request unless one with the same id is already queued or sent (a double click, a second
 * tab, a reload mid-submit): the existing item is returned and nothing is queued twice.
 */
export async function enqueue(
  outbox: OutboxCollection,
  request: OutboxDocument,
  endpoint: string,
  clock: OutboxClock = systemClock,
): Promise<{ item: OutboxItem; created: boolean }> {
  const existing = await outbox.get(request.id);
  if (existing) return { item: existing, created: false };
  const item = newOutboxItem(request, endpoint, clock.now());
  await outbox.put(item);
  return { item, created: true };
}

/** What one delivery attempt came to. */
export type AttemptResult =
  | { kind: 'sent'; status: number }
  | { kind: 'retry'; reason: string; status?: number; retryAfterMs?: number }
  | { kind: 'failed'; reason: string; status: number };

/** A receiver's error message from its response body: JSON `message`/`error`/`errors[0].message`, or short plain text. */
export function receiverMessage(body: string, contentType: string | null): string {
  let message = '';
  if (contentType?.includes('json') || /^\s*[{[]/.test(body)) {
    try {
      const data = JSON.parse(body) as Record<string, unknown>;
      const first = Array.isArray(data.errors) ? (data.errors[0] as Record<string, unknown> | undefined) : undefined;
      const pick = [data.message, data.error, first?.message, data.detail, data.title].find((v) => typeof v === 'string');
      message = typeof pick === 'string' ? pick : '';
    } catch {
      message = '';
    }
  } else if (!contentType || contentType.includes('text/plain')) {
    message = body;
  }
  // Control characters and runs of spaces would only garble the status line.
  return message.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Posts one item once and classifies the answer. Never throws. */
export async function attemptDelivery(item: OutboxItem, fetch: OutboxFetch, timeoutMs = DEFAULT_TIMEOUT_MS, now = Date.now()): Promise<AttemptResult> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetch(item.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': item.id,
        'CPD-Lens-Schema': String(item.body.schemaVersion),
      },
      body: JSON.stringify(item.body),
      credentials: 'omit',
      ...(controller ? { signal: controller.signal } : {}),
    });
    const status = response.status;
    if (status >= 200 && status < 300) return { kind: 'sent', status };
    const body = await response.text().catch(() => '');
    const message = receiverMessage(body, response.headers.get('content-type'));
    if (status === 408 || status === 425 || status === 429 || status >= 500 || status < 200) {
      const after = retryAfterMs(response.headers.get('retry-after'), now);
      return { kind: 'retry', status, reason: `the school's system answered ${status}${message ? `: ${message}` : ''}`, ...(after !== null ? { retryAfterMs: after } : {}) };
    }
    if (status >= 400) return { kind: 'failed', status, reason: `the school's system refused it (${status})${message ? `: ${message}` : ''}` };
    return { kind: 'retry', status, reason: `the school's system answered ${status}` };
  } catch (error) {
    const aborted = error instanceof Error && error.name === 'AbortError';
    return { kind: 'retry', reason: aborted ? `no answer within ${Math.round(timeoutMs / 1000)} seconds` : 'the school’s system could not be reached (offline?)' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The item after an attempt: sent, failed for good, or pending again at its next backoff time. */
export function afterAttempt(item: OutboxItem, result: AttemptResult, clock: OutboxClock, backoff: Backoff = DEFAULT_BACKOFF): OutboxItem {
  const now = clock.now();
  const attempts = item.attempts + 1;
  const { lastError: _previous, ...rest } = item;
  if (result.kind === 'sent') return { ...rest, status: 'sent', attempts, sentAt: new Date(now).toISOString() };
  if (result.kind === 'failed') return { ...rest, status: 'failed', attempts, lastError: result.reason.slice(0, 500) };
  const wait = Math.max(retryDelay(attempts, clock.random, backoff), result.retryAfterMs ?? 0);
  return { ...rest, status: 'pending', attempts, nextAttemptAt: now + wait, lastError: result.reason.slice(0, 500) };
}

/** Whether an item should be tried now. A `sending` item whose attempt outlived its deadline (a closed tab) is due again. */
export function isDue(item: OutboxItem, now: number): boolean {
  return (item.status === 'pending' || item.status === 'sending') && item.nextAttemptAt <= now;
}

/** When the outbox next has work, or null when nothing is waiting. */
export function nextWake(items: readonly OutboxItem[]): number | null {
  let next: number | null = null;
  for (const item of items) {
    if (item.status !== 'pending' && item.status !== 'sending') continue;
    if (next === null || item.nextAttemptAt < next) next = item.nextAttemptAt;
  }
  return next;
}

export interface FlushOptions {
  fetch: OutboxFetch;
  clock?: OutboxClock;
  backoff?: Backoff;
  timeoutMs?: number;
  /** Called after every change of an item (sending, sent, pending again, failed). */
  onChange?: (item: OutboxItem) => void;
}

/**
 * Tries every due item once, in the order they were queued. Before posting, the item is stored as
 * `sending` with a deadline, so if the page dies mid-request the next page load retries it with the
 * same id (the receiver de-duplicates). Returns the items as they now stand.
 */
export async function flushOutbox(outbox: OutboxCollection, options: FlushOptions): Promise<OutboxItem[]> {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const items = (await outbox.all()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const out: OutboxItem[] = [];
  for (const item of items) {
    if (!isDue(item, clock.now())) {
      out.push(item);
      continue;
    }
    const sending: OutboxItem = { ...item, status: 'sending', nextAttemptAt: clock.now() + timeoutMs + 1000 };
    await outbox.put(sending);
    options.onChange?.(sending);
    const result = await attemptDelivery(sending, options.fetch, timeoutMs, clock.now());
    const next = afterAttempt(item, result, clock, options.backoff);
    await outbox.put(next);
    options.onChange?.(next);
    out.push(next);
  }
  return out;
}
