import { useEffect, useRef } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import type { Policy } from '@cpd-lens/core';
// The same <cpd-policy-editor> as on the intranet: one editor, one check (core's), here and there.
import '@cpd-lens/widgets/policy-editor';
import { POLICY_ID, withStore } from '../data/setup.ts';
import { importPolicyText } from './policy.ts';
import { locale, useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';

type EditorElement = HTMLElement & { policy?: Policy; value?: Policy };

/**
 * The policy editor widget on the setup page: starts from the policy in force, and "Use this policy"
 * makes the edited one the policy CPD Lens scores with (through the same import as a policy file).
 * Mount it inside the policy section: `<PolicyEditor />`.
 */
export function PolicyEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorElement | null>(null);
  const message = useSignal('');
  const t = useText(optionsText).policy;
  useEffect(() => {
    const el = document.createElement('cpd-policy-editor') as EditorElement;
    el.setAttribute('lang', locale.value);
    editor.current = el;
    host.current?.append(el);
    void withStore((s) => s.policies.get(POLICY_ID)).then((stored) => {
      if (stored) el.policy = stored.policy;
    });
    return () => el.remove();
  }, []);
  const use = async () => {
    const policy = editor.current?.value;
    if (!policy) {
      message.value = t.editedProblems;
      return;
    }
    message.value = (await importPolicyText(JSON.stringify(policy), 'Policy editor')) ? t.editedInUse : '';
  };
  return (
    <details class="policy-editor">
      <summary>{t.editor}</summary>
      <div ref={host} />
      <p>
        <button type="button" onClick={() => void use()}>
          {t.useEdited}
        </button>
      </p>
      {message.value && <p role="status">{message.value}</p>}
    </details>
  );
}
