import { defineElement } from '../internal/define.ts';
import { CpdBudget } from './budget.component.ts';

export { CpdBudget };
defineElement('cpd-budget', CpdBudget);

declare global {
  interface HTMLElementTagNameMap {
    'cpd-budget': CpdBudget;
  }
}
