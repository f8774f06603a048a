import { defineElement } from '../internal/define.ts';
import { CpdCatalogue } from './catalogue.component.ts';

export { CpdCatalogue };
defineElement('cpd-catalogue', CpdCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'cpd-catalogue': CpdCatalogue;
  }
}
