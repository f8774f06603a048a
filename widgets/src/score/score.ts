import { defineElement } from '../internal/define.ts';
import { CpdScore } from './score.component.ts';

export { CpdScore };
defineElement('cpd-score', CpdScore);

declare global {
  interface HTMLElementTagNameMap {
    'cpd-score': CpdScore;
  }
}
