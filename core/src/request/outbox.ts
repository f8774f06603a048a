/**
 * The outbox: how a document (a CPD request, an impact evaluation: anything with `schemaVersion` and
 * `id`) reaches the school's endpoint without ever being lost or arriving twice. Pure logic over an
 * injected store, fetch, clock and random source, so the widgets drive it (on load, on `online`, on a
 * timer) and tests drive it deterministically.
 *
 * Delivery rules (the contract, judged in `delivery.ts`): POST the JSON with `Idempotency-Key: <id>`;
 * delivered only when the receiver answers 2xx JSON echoing the id; a redirect, an HTML page, an empty
 * answer or another id = not delivered, kept and tried again; 408, 425, 429, 5xx, a network error or a
 * timeout = try again later with exponential backoff and jitter (honouring `Retry-After`); any other
 * 4xx = failed, with the receiver's message, never retried. Nothing is removed before a confirmation.
 */
import type { DeliveryMode } from '../model/delivery-mode.ts';
import type { OutboxDocument, OutboxItem } from '../store/records.ts';
import { attemptDelivery, DEFAULT_TIMEOUT_MS, type AttemptResult, type OutboxFetch } from './delivery.ts';

export type { OutboxDocument, OutboxItem };
export * from './delivery.ts';

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

/** The outbox part of the store: the same shape as `openCpdStore().outbox`. */
export interface OutboxCollection {
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  all(): Promise<OutboxItem[]>;
}

/**
 * How long to wait before retry number `attempts` (1 = the first retry): "equal jitter", i.e. between
 * half and all of min(cap, base × 2^(attempts−1)), so retries spread out but never come too soon.
 */
export function retryDelay(attempts: number, random: () => number, backoff: Backoff = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Where a document goes: the endpoint's address, and how it is posted when not the default JSON. */
export type DeliveryTarget = string | { url: string; delivery?: DeliveryMode };

/** A new outbox item for a document: due at once, keyed by the document's id so it can only be queued once. */
export function newOutboxItem(document: OutboxDocument, target: DeliveryTarget, now: number): OutboxItem {
  const { url, delivery } = typeof target === 'string' ? { url: target, delivery: undefined } : target;
  return {
    id: document.id,
    endpoint: url,
    ...(delivery && delivery !== 'json' ? { delivery } : {}),
    body: document,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: new Date(now).toISOString(),
  };
}

/**
 * Queues a document unless one with the same id is already queued or sent (a double click, a second
 * tab, a reload mid-submit): the existing item is returned and nothing is queued twice.
 */
export async function enqueue(
  outbox: OutboxCollection,
  document: OutboxDocument,
  endpoint: DeliveryTarget,
  clock: OutboxClock = systemClock,
): Promise<{ item: OutboxItem; created: boolean }> {
  const existing = await outbox.get(document.id);
  if (existing) return { item: existing, created: false };
  const item = newOutboxItem(document, endpoint, clock.now());
  await outbox.put(item);
  return { item, created: true };
}

/** The item after an attempt: sent, failed for good, or pending again at its next backoff time. */
export function afterAttempt(item: OutboxItem, result: AttemptResult, clock: OutboxClock, backoff: Backoff = DEFAULT_BACKOFF): OutboxItem {
  const now = clock.now();
  const attempts = item.attempts + 1;
  const { lastError: _previous, lastErrorMessage: _message, lastProblem: _problem, ...rest } = item;
  if (result.kind === 'sent') return { ...rest, status: 'sent', attempts, sentAt: new Date(now).toISOString() };
  const why = { lastError: result.reason.slice(0, 500), lastErrorMessage: result.message, lastProblem: result.problem };
  if (result.kind === 'failed') return { ...rest, status: 'failed', attempts, ...why };
  const wait = Math.max(retryDelay(attempts, clock.random, backoff), result.retryAfterMs ?? 0);
  return { ...rest, status: 'pending', attempts, nextAttemptAt: now + wait, ...why };
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
