import type { CpdRequest } from '@cpd-lens/core';

/**
 * Fired when a member of staff sends a valid request, before it is queued. Cancel it
 * (`event.preventDefault()`) to handle delivery yourself; the request then stays in the form.
 */
export class CpdSubmitEvent extends CustomEvent<{ request: CpdRequest }> {
  constructor(request: CpdRequest) {
    super('cpd-submit', { bubbles: true, composed: true, cancelable: true, detail: { request } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpd-submit': CpdSubmitEvent;
  }
}
