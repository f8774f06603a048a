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
import { english, msg, type Message } from '../i18n/message.ts';
import type { CoreKey } from '../i18n/en.ts';

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

/**
 * Why an attempt did not count: the sentence as a message (`delivery.*`, said in each view's language and
 * stored with the outbox item) and in English (`reason`, stored as before for older versions' views).
 */
export interface Why {
  reason: string;
  message: Message;
}

/** What one delivery attempt came to. */
export type AttemptResult =
  | { kind: 'sent'; status: number; receiverStatus?: string }
  | ({ kind: 'retry'; problem: DeliveryProblem; status?: number; retryAfterMs?: number } & Why)
  | ({ kind: 'failed'; problem: 'refused'; status: number } & Why);

/**
 * The reason for a key: the receiver's own words (`detail`) and the HTTP status go in as parameters, so a
 * Welsh view quotes the receiver rather than mixing its words into a Welsh sentence unmarked.
 */
function why(key: CoreKey, params?: { status?: number; detail?: string; seconds?: number }): Why {
  const clean = Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;
  const withDetail = clean.detail === undefined ? key : (`${key}-said` as CoreKey);
  const message = Object.keys(clean).length ? msg(withDetail, clean) : msg(key);
  return { reason: english(message), message };
}

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


/**
 * Judges a 2xx answer against the contract: `application/json` whose `id` is the document's id.
 * Returns null when it is a confirmation, else why not.
 */
export function confirmationProblem(id: string, contentType: string | null, body: string): ({ problem: DeliveryProblem } & Why) | null {
  const json = /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType?.trim() ?? '');
  if (!body.trim()) return { problem: 'no-confirmation', ...why('delivery.empty') };
  if (!json) {
    const page = /^\s*</.test(body) || /html/i.test(contentType ?? '');
    return { problem: 'not-receiver', ...why(page ? 'delivery.web-page' : 'delivery.not-json') };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { problem: 'not-receiver', ...why('delivery.bad-json') };
  }
  const echoed = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).id : undefined;
  if (echoed !== id) return { problem: 'no-confirmation', ...why(typeof echoed === 'string' ? 'delivery.other-id' : 'delivery.no-id') };
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
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { kind: 'retry', problem: 'sign-in', ...why('delivery.sign-in'), ...(status ? { status } : {}) };
  if (status >= 200 && status < 300) {
    if (appsScript) {
      let host = '';
      try {
        host = new URL(response.url ?? '').hostname;
      } catch {
        host = '';
      }
      // A real Apps Script answer arrives by its 302 to googleusercontent; anything else is a sign-in or error page.
      if (!response.redirected || host !== APPS_SCRIPT_ANSWER_HOST) return { kind: 'retry', problem: 'sign-in', status, ...why('delivery.google') };
    }
    const body = (await response.text().catch(() => '')).slice(0, MAX_ANSWER + 1);
    const refusal = bodyRefusal(body, response.headers.get('content-type'));
    if (refusal !== null) return { kind: 'failed', problem: 'refused', status, ...why('delivery.refused', { detail: refusal }) };
    const problem = body.length > MAX_ANSWER ? { problem: 'not-receiver' as const, ...why('delivery.too-long') } : confirmationProblem(item.id, response.headers.get('content-type'), body);
    if (problem) return { kind: 'retry', status, ...problem };
    const receiverStatus = receiverStatusOf(body);
    return { kind: 'sent', status, ...(receiverStatus ? { receiverStatus } : {}) };
  }
  const body = await response.text().catch(() => '');
  const message = receiverMessage(body.slice(0, MAX_ANSWER), response.headers.get('content-type'));
  if (status === 408 || status === 425 || status === 429 || status >= 500 || status < 200) {
    const after = retryAfterMs(response.headers.get('retry-after'), now);
    return { kind: 'retry', problem: 'server', status, ...why('delivery.server', { status, detail: message }), ...(after !== null ? { retryAfterMs: after } : {}) };
  }
  // 401: the receiver wants the user signed in (an intranet endpoint behind its sign-on): keep it, ask them to sign in.
  if (status === 401) return { kind: 'retry', problem: 'sign-in', status, ...why('delivery.sign-in') };
  return { kind: 'failed', problem: 'refused', status, ...why('delivery.refused-status', { status, detail: message }) };
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
      ? { kind: 'retry', problem: 'timeout', ...why('delivery.timeout', { seconds: Math.round(timeoutMs / 1000) }) }
      : { kind: 'retry', problem: 'offline', ...why('delivery.offline') };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
