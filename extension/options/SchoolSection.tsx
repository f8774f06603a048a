import { fill } from '../i18n/locale.ts';
import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { describedBy, errorOf, Field } from '../ui/ErrorSummary.tsx';
import { fixedBySchool, form, schoolHintText } from './model.ts';
import type { ManagedKey } from '../managed/config.ts';

/** The school's money figures and the request form's address. */
export function SchoolSection() {
  const t = useText(optionsText);
  const err = (id: string) => errorOf(form.errors.value, id);
  const hint = (key: ManagedKey, own?: string) => schoolHintText(key, t, own);
  return (
    <section aria-labelledby="school">
      <h2 id="school">{t.school}</h2>
      {form.school.value.config.schoolName && <p>{fill(t.schoolName, { name: form.school.value.config.schoolName })}</p>}
      <Field id="nation" label={t.nation} hint={hint('nation', t.nationHint)} prefix={t.errorPrefix}>
        <select id="nation" aria-describedby="nation-hint" value={form.nation.value} disabled={fixedBySchool('nation')} onChange={(e) => (form.nation.value = e.currentTarget.value as typeof form.nation.value)}>
          <option value="">{t.nationPolicy}</option>
          <option value="england">{t.nationEngland}</option>
          <option value="wales">{t.nationWales}</option>
        </select>
      </Field>
      <Field id="cover" label={t.cover} hint={hint('supplyCoverDayRate', t.coverHint)} error={err('cover')} prefix={t.errorPrefix}>
        <input id="cover" class="narrow" type="text" inputMode="decimal" readOnly={fixedBySchool('supplyCoverDayRate')} aria-describedby={describedBy('cover', true, err('cover'))} value={form.coverRate.value} onInput={(e) => (form.coverRate.value = e.currentTarget.value)} />
      </Field>
      <Field id="budget" label={t.budget} error={err('budget')} prefix={t.errorPrefix}>
        <input id="budget" class="narrow" type="text" inputMode="decimal" aria-describedby={describedBy('budget', false, err('budget'))} value={form.budget.value} onInput={(e) => (form.budget.value = e.currentTarget.value)} />
      </Field>
      <Field id="form-url" label={t.formUrl} hint={hint('requestFormUrl', t.formUrlHint)} error={err('form-url')} prefix={t.errorPrefix}>
        <input id="form-url" type="url" spellcheck={false} readOnly={fixedBySchool('requestFormUrl')} aria-describedby={describedBy('form-url', true, err('form-url'))} value={form.requestFormUrl.value} onInput={(e) => (form.requestFormUrl.value = e.currentTarget.value)} />
      </Field>
    </section>
  );
}
