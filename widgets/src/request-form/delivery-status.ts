import type { OutboxItem } from '@cpd-lens/core';
import type { StatusLine } from '../internal/storage-notice.ts';

/** Whether a document's endpoint is on the origin the page's CSP blocks (its address is a full `href`: `resolveEndpoint`). */
function blockedBy(item: OutboxItem, blockedOrigin: string | undefined): boolean {
  return Boolean(blockedOrigin) && item.endpoint.startsWith(`${blockedOrigin}/`);
}

/**
 * What the status line says about a document that is not delivered yet, from why the last attempt
 * did not count (core's `lastProblem`; `reason` is its `lastErrorMessage` in the form's language): the page's CSP blocking its endpoint (then no network reason
 * is true), a sign-in redirect, a page that was not the receiver, an answer that did not confirm this
 * id, or the usual offline/server trouble.
 */
export function deliveryStatus(item: OutboxItem, context: { reason: string; waitingReason: string; time: string; contact: string; blockedOrigin?: string | undefined }): StatusLine {
  if (blockedBy(item, context.blockedOrigin)) return { key: 'status.cspBlocked' };
  const reason = context.reason;
  switch (item.lastProblem) {
    case 'sign-in':
      return { key: 'status.signIn' };
    case 'not-receiver':
      return { key: 'status.notReceiver', params: { reason, time: context.time } };
    case 'no-confirmation':
      return { key: 'status.noConfirmation', params: { reason, time: context.time, contact: context.contact } };
    default:
      return { key: 'status.waiting', params: { reason: context.waitingReason, time: context.time } };
  }
}
