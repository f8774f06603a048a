import { defineElement } from '../internal/define.ts';
import { CpdImpactEvaluation } from './impact-evaluation.component.ts';

export { CpdImpactEvaluation };
defineElement('cpd-impact-evaluation', CpdImpactEvaluation);

declare global {
  interface HTMLElementTagNameMap {
    'cpd-impact-evaluation': CpdImpactEvaluation;
  }
}
