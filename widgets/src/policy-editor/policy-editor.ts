import { defineElement } from '../internal/define.ts';
import { CpdPolicyEditor } from './policy-editor.component.ts';

export { CpdPolicyEditor };
defineElement('cpd-policy-editor', CpdPolicyEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cpd-policy-editor': CpdPolicyEditor;
  }
}
