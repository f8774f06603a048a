import { useEffect, useRef } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import type { Policy } from '@cpd-lens/core';
// The same <cpd-policy-editor> as on the intranet: one editor, one check (core's), here and there.
import '@cpd-lens/widgets/policy-editor';
import { POLICY_ID, withStore } from '../data/setup.ts';
import { importPolicyText } from './model.ts';

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
  useEffect(() => {
    const el = document.createElement('cpd-policy-editor') as EditorElement;
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
      message.value = 'The edited policy has problems: they are listed beside the fields above. Fix them first.';
      return;
    }
    message.value = (await importPolicyText(JSON.stringify(policy), 'Policy editor')) ? 'Scores now use the edited policy.' : '';
  };
  return (
    <div class="policy-editor">
      <div ref={host} />
      <p>
        <button type="button" onClick={() => void use()}>
          Use this policy in CPD Lens
        </button>
      </p>
      {message.value && <p role="status">{message.value}</p>}
    </div>
  );
}
