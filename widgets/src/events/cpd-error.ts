/** What went wrong: the form's answers, the configuration, delivery (retrying or refused), or storage on this device. */
export type CpdErrorKind = 'validation' | 'config' | 'delivery-retry' | 'delivery-failed' | 'storage' | 'feed';

/** Fired whenever a widget shows the user a problem. `message` is the plain-English text they see. */
export class CpdErrorEvent extends CustomEvent<{ kind: CpdErrorKind; message: string; problems?: { field: string; message: string }[] }> {
  constructor(kind: CpdErrorKind, message: string, problems?: { field: string; message: string }[]) {
    super('cpd-error', { bubbles: true, composed: true, detail: { kind, message, ...(problems ? { problems } : {}) } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpd-error': CpdErrorEvent;
  }
}
