import { useSignal } from '@preact/signals';
import { common } from '../i18n/common.ts';
import { fill } from '../i18n/locale.ts';
import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { describedBy, ErrorSummary, errorOf, Field } from '../ui/ErrorSummary.tsx';
import { JsonFileInput } from '../ui/JsonFileInput.tsx';
import { importPolicyText, importPolicyUrl, policyState, policyTooBig, useDefaultPolicy } from './policy.ts';
import { fixedBySchool } from './model.ts';
import { PolicyEditor } from './PolicyEditor.tsx';
import { SchoolPolicy } from './SchoolPolicy.tsx';

/** The policy in force, and importing the school's own from a file or the address where the school publishes it. */
export function PolicySection() {
  const all = useText(optionsText);
  const t = all.policy;
  const c = useText(common);
  const source = policyState.source.value;
  return (
    <section aria-labelledby="policy">
      <h2 id="policy">{t.title}</h2>
      <p class="in-use">
        {t.inUse} <strong>{source === 'default' ? c.defaultPolicy : fill(t.yours, { name: policyState.name.value })}</strong>
        {source !== 'default' && <span class="muted"> ({source === 'url' ? t.fromUrl : t.fromFile})</span>}
      </p>
      {fixedBySchool('policyUrl') ? <SchoolPolicy /> : <PolicyImport />}
    </section>
  );
}

/** Importing the school's policy by hand, from a file or an address. */
function PolicyImport() {
  const all = useText(optionsText);
  const t = all.policy;
  const url = useSignal(policyState.url.value);
  const errors = policyState.errors.value;
  const source = policyState.source.value;
  const fileErrors = errors.filter((e) => e.field === 'policy-file');
  return (
    <>
      <ErrorSummary title={t.problemTitle} errors={errors} />
      {policyState.message.value && (
        <p class="ok" role="status">
          {policyState.message.value}
        </p>
      )}
      <JsonFileInput
        id="policy-file"
        label={t.file}
        hint={t.fileHint}
        error={fileErrors.length ? fileErrors[0]!.message + (fileErrors.length > 1 ? ` (+${fileErrors.length - 1})` : '') : undefined}
        errorPrefix={all.errorPrefix}
        onText={(text, name) => importPolicyText(text, name)}
        onTooBig={policyTooBig}
      />
      <Field id="policy-url" label={t.url} error={errorOf(errors, 'policy-url')} prefix={all.errorPrefix}>
        <div class="row">
          <input id="policy-url" type="url" spellcheck={false} aria-describedby={describedBy('policy-url', false, errorOf(errors, 'policy-url'))} value={url.value} onInput={(e) => (url.value = e.currentTarget.value)} />
          <button type="button" onClick={() => void importPolicyUrl(url.value)}>
            {t.importUrl}
          </button>
        </div>
      </Field>
      {source !== 'default' && (
        <p>
          <button type="button" class="secondary" onClick={() => void useDefaultPolicy()}>
            {t.useDefault}
          </button>
        </p>
      )}
      <PolicyEditor />
    </>
  );
}
