import { defineElement } from '../internal/define.ts';
import { CpdRequestForm } from './request-form.component.ts';

export { CpdRequestForm };
defineElement('cpd-request-form', CpdRequestForm);

declare global {
  interface HTMLElementTagNameMap {
    'cpd-request-form': CpdRequestForm;
  }
}
