import { receiverMessage, resolveEndpoint } from '@cpd-lens/core';

export type Published = { ok: true } | { ok: false; reason: string };

/** The reason given when the receiver does not answer in time (the editor says it in its language). */
export const NO_ANSWER = 'no answer in time';

/**
 * POSTs the policy file to the school's publishing address once, with the same care as the request
 * form's delivery: the address checked by core (https, or this intranet's own origin), a timeout,
 * no cookies to other origins, and the receiver's answer read as text only. Never throws.
 */
export async function publishPolicy(address: string, body: string, timeoutMs = 15_000): Promise<Published> {
  const endpoint = resolveEndpoint(address, location.href);
  if (!endpoint.ok) return { ok: false, reason: endpoint.message };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin', signal: abort.signal, redirect: 'error' });
    if (response.ok) return { ok: true };
    const said = receiverMessage(await response.text().catch(() => ''), response.headers.get('content-type'));
    return { ok: false, reason: said ? `${response.status}: ${said}` : String(response.status) };
  } catch (error) {
    return { ok: false, reason: abort.signal.aborted ? NO_ANSWER : error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
