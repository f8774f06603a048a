/**
 * The delivery contract: how one POST to the school's receiver is judged. A document counts as
 * delivered only when the receiver itself answers 2xx with JSON echoing the document's id — never
 * because some page answered 200. An expired intranet sign-on (302 to a login page that answers
 * 200 HTML), a proxy's block page, an empty answer or another id are NOT delivered: the document
 * stays in the outbox and the view says what happened. Redirects are never followed with the body
 * (`redirect: 'manual'`), except for Google Apps Script web apps, which always answer a POST with a
 * 302 to script.googleusercontent.com (see `isAppsScript`).
 */
import type { DeliveryProblem, OutboxItem } from '../store/records.ts';

/** The part of `fetch`'s init the outbox uses. */
export interface DeliveryInit {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  credentials: 'same-origin';
  redirect: 'manual' | 'follow';
  signal?: AbortSignal;
}

/** The part of a `fetch` Response the outbox reads. `type`, `redirected` and `url` are as in the Fetch standard. */
export interface DeliveryResponse {
  status: number;
  type?: string;
  redirected?: boolean;
  url?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of `fetch` the outbox uses. */
export type OutboxFetch = (url: string, init: DeliveryInit) => Promise<DeliveryResponse>;

/** A delivered answer bigger than this is not a receiver's confirmation. */
const MAX_ANSWER = 64_000;
/** The longest `Retry-After` we honour; a receiver asking for more gets retried after a day. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;
/** A delivery that has not answered after this long is abandoned and retried. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** What one delivery attempt came to. */
export type AttemptResult =
  | { kind: 'sent'; status: number; receiverStatus?: string }
  | { kind: 'retry'; problem: DeliveryProblem; reason: string; status?: number; retryAfterMs?: number }
  | { kind: 'failed'; problem: 'refused'; reason: string; status: number };

/**
 * Google Apps Script web apps (`https://script.google.com/macros/s/…/exec`) answer every POST with a
 * 302 to `script.googleusercontent.com` that carries the script's output; following it turns the POST
 * into a GET, so the body is not sent again. They cannot answer a CORS preflight, so the document goes
 * as `text/plain` with no custom header (the id is in the body). Only this exact host gets that treatment.
 */
export function isAppsScript(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'https:' && url.hostname === 'script.google.com';
  } catch {
    return false;
  }
}

const APPS_SCRIPT_ANSWER_HOST = 'script.googleusercontent.com';

/** The request `attemptDelivery` makes for an item: headers, body, and how redirects are treated. */
export function deliveryInit(item: OutboxItem): DeliveryInit {
  const body = JSON.stringify(item.body);
  // a CORS "simple" request: no preflight, the id only in the body (Accept is a safelisted header)
  const simple = { 'Content-Type': 'text/plain;charset=utf-8', Accept: 'application/json' };
  if (isAppsScript(item.endpoint)) return { method: 'POST', headers: simple, body, credentials: 'same-origin', redirect: 'follow' };
  if (item.delivery === 'text-plain') return { method: 'POST', headers: simple, body, credentials: 'same-origin', redirect: 'manual' };
  return {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': item.id,
      'CPD-Lens-Schema': String(item.body.schemaVersion),
    },
    body,
    // Cookies only to the intranet's own origin (so "sign in, then Try again" can work there), never elsewhere.
    credentials: 'same-origin',
    redirect: 'manual',
  };
}

/** Reads `Retry-After` (seconds, or an HTTP date) as a wait in milliseconds; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}

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

const SIGN_IN = 'the intranet wants you to sign in again';

/**
 * Judges a 2xx answer against the contract: `application/json` whose `id` is the document's id.
 * Returns null when it is a confirmation, else why not.
 */
export function confirmationProblem(id: string, contentType: string | null, body: string): { problem: DeliveryProblem; reason: string } | null {
  const json = /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType?.trim() ?? '');
  if (!body.trim()) return { problem: 'no-confirmation', reason: 'the school’s system answered with nothing, so it did not confirm it received this' };
  if (!json) {
    const page = /^\s*</.test(body) || /html/i.test(contentType ?? '');
    return { problem: 'not-receiver', reason: page ? 'the answer was a web page (perhaps a sign-in page or a network filter), not the school’s system' : 'the answer was not the school’s system (it did not answer JSON)' };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { problem: 'not-receiver', reason: 'the answer claimed to be JSON but was not' };
  }
  const echoed = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).id : undefined;
  if (echoed !== id) return { problem: 'no-confirmation', reason: typeof echoed === 'string' ? 'the school’s system confirmed a different request' : 'the school’s system answered without confirming this request' };
  return null;
}

function receiverStatusOf(body: string): string | undefined {
  try {
    const status = (JSON.parse(body) as Record<string, unknown>).status;
    return status === 'received' || status === 'duplicate' ? status : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A receiver that cannot choose its HTTP status (a Google Apps Script web app always answers 200)
 * refuses with `{"status": "refused", "message": "…"}`: returns the message ('' when none), or null
 * when the answer is not such a refusal.
 */
function bodyRefusal(body: string, contentType: string | null): string | null {
  if (!/json/i.test(contentType ?? '')) return null;
  try {
    const data = JSON.parse(body) as Record<string, unknown>;
    return data && data.status === 'refused' ? receiverMessage(body, contentType) : null;
  } catch {
    return null;
  }
}

/** Judges an answer: delivered, try again later (and why), or refused for good. */
export async function judgeAnswer(item: OutboxItem, response: DeliveryResponse, now: number): Promise<AttemptResult> {
  const status = response.status;
  const appsScript = isAppsScript(item.endpoint);
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { kind: 'retry', problem: 'sign-in', reason: SIGN_IN, ...(status ? { status } : {}) };
  if (status >= 200 && status < 300) {
    if (appsScript) {
      let host = '';
      try {
        host = new URL(response.url ?? '').hostname;
      } catch {
        host = '';
      }
      // A real Apps Script answer arrives by its 302 to googleusercontent; anything else is a sign-in or error page.
      if (!response.redirected || host !== APPS_SCRIPT_ANSWER_HOST) return { kind: 'retry', problem: 'sign-in', status, reason: 'Google did not pass the request to the school’s script (perhaps you need to sign in to Google again)' };
    }
    const body = (await response.text().catch(() => '')).slice(0, MAX_ANSWER + 1);
    const refusal = bodyRefusal(body, response.headers.get('content-type'));
    if (refusal !== null) return { kind: 'failed', problem: 'refused', status, reason: `the school's system refused it${refusal ? `: ${refusal}` : ''}` };
    const problem = body.length > MAX_ANSWER ? { problem: 'not-receiver' as const, reason: 'the answer was far too long to be the school’s system' } : confirmationProblem(item.id, response.headers.get('content-type'), body);
    if (problem) return { kind: 'retry', status, ...problem };
    const receiverStatus = receiverStatusOf(body);
    return { kind: 'sent', status, ...(receiverStatus ? { receiverStatus } : {}) };
  }
  const body = await response.text().catch(() => '');
  const message = receiverMessage(body.slice(0, MAX_ANSWER), response.headers.get('content-type'));
  if (status === 408 || status === 425 || status === 429 || status >= 500 || status < 200) {
    const after = retryAfterMs(response.headers.get('retry-after'), now);
    return { kind: 'retry', problem: 'server', status, reason: `the school's system answered ${status}${message ? `: ${message}` : ''}`, ...(after !== null ? { retryAfterMs: after } : {}) };
  }
  // 401: the receiver wants the user signed in (an intranet endpoint behind its sign-on): keep it, ask them to sign in.
  if (status === 401) return { kind: 'retry', problem: 'sign-in', status, reason: SIGN_IN };
  return { kind: 'failed', problem: 'refused', status, reason: `the school's system refused it (${status})${message ? `: ${message}` : ''}` };
}

/** Posts one item once and judges the answer against the contract. Never throws. */
export async function attemptDelivery(item: OutboxItem, fetch: OutboxFetch, timeoutMs = DEFAULT_TIMEOUT_MS, now = Date.now()): Promise<AttemptResult> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetch(item.endpoint, { ...deliveryInit(item), ...(controller ? { signal: controller.signal } : {}) });
    return await judgeAnswer(item, response, now);
  } catch (error) {
    const aborted = error instanceof Error && error.name === 'AbortError';
    return aborted
      ? { kind: 'retry', problem: 'timeout', reason: `no answer within ${Math.round(timeoutMs / 1000)} seconds` }
      : { kind: 'retry', problem: 'offline', reason: 'the school’s system could not be reached (offline?)' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
