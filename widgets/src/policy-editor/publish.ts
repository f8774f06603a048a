import { endpointIssue, receiverMessage, type EndpointIssue } from '@cpd-lens/core';

/**
 * Why publishing failed, as codes and the receiver's own words, so the editor says it in its language
 * (issue 25): the address (core's check), the receiver's status, no answer in time, or no connection.
 */
export type PublishFailure =
  | { kind: 'address'; issue: EndpointIssue }
  | { kind: 'status'; status: number; detail: string }
  | { kind: 'no-answer' }
  | { kind: 'unreachable' };

export type Published = { ok: true } | { ok: false; failure: PublishFailure };

/**
 * POSTs the policy file to the school's publishing address once, with the same care as the request
 * form's delivery: the address checked by core (https, or this intranet's own origin), a timeout,
 * no cookies to other origins, and the receiver's answer read as text only. Never throws.
 */
export async function publishPolicy(address: string, body: string, timeoutMs = 15_000): Promise<Published> {
  const issue = endpointIssue(address, location.href);
  if (issue) return { ok: false, failure: { kind: 'address', issue } };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(new URL(address, location.href).href, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin', signal: abort.signal, redirect: 'error' });
    if (response.ok) return { ok: true };
    const detail = receiverMessage(await response.text().catch(() => ''), response.headers.get('content-type'));
    return { ok: false, failure: { kind: 'status', status: response.status, detail } };
  } catch {
    return { ok: false, failure: abort.signal.aborted ? { kind: 'no-answer' } : { kind: 'unreachable' } };
  } finally {
    clearTimeout(timer);
  }
}
