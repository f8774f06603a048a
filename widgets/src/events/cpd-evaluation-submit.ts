import type { ImpactEvaluation } from '@cpd-lens/core';

/** Fired when a member of staff saves an impact evaluation (after it is stored on this device). */
export class CpdEvaluationSubmitEvent extends CustomEvent<{ evaluation: ImpactEvaluation }> {
  constructor(evaluation: ImpactEvaluation) {
    super('cpd-evaluation-submit', { bubbles: true, composed: true, detail: { evaluation } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpd-evaluation-submit': CpdEvaluationSubmitEvent;
  }
}
