import type { CpdRequest } from '@cpd-lens/core';

/** Fired when the school's receiver has confirmed a request (2xx JSON echoing its id). Fired once per request. */
export class CpdSubmittedEvent extends CustomEvent<{ request: CpdRequest; sentAt: string }> {
  constructor(request: CpdRequest, sentAt: string) {
    super('cpd-submitted', { bubbles: true, composed: true, detail: { request, sentAt } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpd-submitted': CpdSubmittedEvent;
  }
}
