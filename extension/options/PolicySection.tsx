import { useSignal } from '@preact/signals';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { JsonFileInput } from '../ui/JsonFileInput.tsx';
import { importPolicyText, importPolicyUrl, policyState, useDefaultPolicy } from './model.ts';

/** The policy in force, and importing the school's own from a file or the address where the school publishes it. */
export function PolicySection() {
  const url = useSignal(policyState.url.value);
  const source = { default: 'CPD Lens’s default policy', file: 'imported from a file', url: 'imported from your school’s website' }[policyState.source.value];
  return (
    <section aria-labelledby="policy">
      <h2 id="policy">Your school’s CPD policy</h2>
      <p>
        In use: <strong>{policyState.name.value}</strong> <span class="muted">({source})</span>
      </p>
      <ErrorSummary title="That policy could not be used" problems={policyState.problems.value} where={policyState.problemsWhere.value} />
      {policyState.message.value && (
        <p class="ok" role="status">
          {policyState.message.value}
        </p>
      )}
      <JsonFileInput id="policy-file" label="Import a policy file (.json)" onText={(text, name) => importPolicyText(text, name)} />
      <label for="policy-url">Or the address where your school publishes it</label>
      <div class="row">
        <input id="policy-url" type="url" value={url.value} onInput={(e) => (url.value = e.currentTarget.value)} />
        <button type="button" onClick={() => void importPolicyUrl(url.value)}>
          Import from address
        </button>
      </div>
      {policyState.source.value !== 'default' && (
        <p>
          <button type="button" class="secondary" onClick={() => void useDefaultPolicy()}>
            Use the default policy instead
          </button>
        </p>
      )}
    </section>
  );
}
