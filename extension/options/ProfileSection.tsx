import { Phase, Role } from '@cpd-lens/core';
import { PHASE_LABELS, ROLE_LABELS } from '../i18n/common.ts';
import { fill } from '../i18n/locale.ts';
import { locale, useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { describedBy, errorOf, Field } from '../ui/ErrorSummary.tsx';
import { addObjective, addTarget, editRow, fixedBySchool, form, removeRow, schoolHintText } from './model.ts';

/** Role, phase, subjects, SDP objectives and PD targets (each target optionally linked to an objective). */
export function ProfileSection() {
  const t = useText(optionsText);
  const l = locale.value;
  const errors = form.errors.value;
  const err = (id: string) => errorOf(errors, id);
  return (
    <section aria-labelledby="you">
      <h2 id="you">{t.you}</h2>
      <Field id="role" label={t.role} error={err('role')} prefix={t.errorPrefix}>
        <select id="role" value={form.role.value} aria-describedby={describedBy('role', false, err('role'))} onChange={(e) => (form.role.value = e.currentTarget.value as Role | '')}>
          <option value="">{t.roleChoose}</option>
          {Role.options.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r][l]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="phase" label={t.phase} hint={schoolHintText('phase', t)} prefix={t.errorPrefix}>
        <select id="phase" value={form.phase.value} disabled={fixedBySchool('phase')} aria-describedby={schoolHintText('phase', t) ? 'phase-hint' : undefined} onChange={(e) => (form.phase.value = e.currentTarget.value as Phase | '')}>
          <option value="">{t.phaseNone}</option>
          {Phase.options.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABELS[p][l]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="subjects" label={t.subjects} hint={t.subjectsHint} prefix={t.errorPrefix}>
        <input id="subjects" type="text" aria-describedby="subjects-hint" value={form.subjects.value} onInput={(e) => (form.subjects.value = e.currentTarget.value)} />
      </Field>

      <h3>{t.objectives}</h3>
      <p class="hint">{t.objectivesHint}</p>
      {form.objectives.value.map((o, i) => (
        <fieldset key={o.id}>
          <legend>{fill(t.objective, { n: i + 1 })}</legend>
          <Field id={`${o.id}-code`} label={t.objectiveCode} prefix={t.errorPrefix}>
            <input id={`${o.id}-code`} type="text" value={o.code} onInput={(e) => editRow(form.objectives, o.id, { code: e.currentTarget.value })} />
          </Field>
          <Field id={`${o.id}-title`} label={t.objectiveTitle} error={err(`${o.id}-title`)} prefix={t.errorPrefix}>
            <input id={`${o.id}-title`} type="text" value={o.title} aria-describedby={describedBy(`${o.id}-title`, false, err(`${o.id}-title`))} onInput={(e) => editRow(form.objectives, o.id, { title: e.currentTarget.value })} />
          </Field>
          <p>
            <button type="button" class="danger" onClick={() => removeRow(form.objectives, o.id)}>
              {fill(t.removeObjective, { n: i + 1 })}
            </button>
          </p>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={addObjective}>
        {t.addObjective}
      </button>

      <h3>{t.targets}</h3>
      <p class="hint">{t.targetsHint}</p>
      {form.targets.value.map((target, i) => (
        <fieldset key={target.id}>
          <legend>{fill(t.target, { n: i + 1 })}</legend>
          <Field id={`${target.id}-text`} label={t.targetText} error={err(`${target.id}-text`)} prefix={t.errorPrefix}>
            <textarea id={`${target.id}-text`} value={target.text} aria-describedby={describedBy(`${target.id}-text`, false, err(`${target.id}-text`))} onInput={(e) => editRow(form.targets, target.id, { text: e.currentTarget.value })} />
          </Field>
          <Field id={`${target.id}-objective`} label={t.linked} prefix={t.errorPrefix}>
            <select id={`${target.id}-objective`} value={target.objectiveId} onChange={(e) => editRow(form.targets, target.id, { objectiveId: e.currentTarget.value })}>
              <option value="">{t.linkedNone}</option>
              {form.objectives.value
                .filter((o) => o.title.trim())
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.code ? `${o.code}: ` : ''}
                    {o.title}
                  </option>
                ))}
            </select>
          </Field>
          <p>
            <button type="button" class="danger" onClick={() => removeRow(form.targets, target.id)}>
              {fill(t.removeTarget, { n: i + 1 })}
            </button>
          </p>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={addTarget}>
        {t.addTarget}
      </button>
    </section>
  );
}
