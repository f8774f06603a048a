import { html, nothing, type TemplateResult } from 'lit';
import type { Phase, Policy, SdpObjective } from '@cpd-lens/core';
import { formatDate, formatDays, formatMoney, parseAmount } from '../internal/format.ts';
import type { Locale, MessageKey } from '../internal/i18n.ts';
import { CHECK_STEP, STEPS, stepOf } from './steps.ts';
import { objectiveLabel } from './targets.ts';
import { LEVELS, costsOf, dates, firstTargetControl, objectiveIdsOf, type FormValues } from './values.ts';

export interface CheckContext {
  values: FormValues;
  t: (key: MessageKey, params?: Record<string, string>) => string;
  locale: Locale;
  policy: Pick<Policy, 'costs'>;
  phase?: Phase;
  objectives: readonly SdpObjective[];
  /** Back to the question whose control has this id. */
  onChange: (field: string) => void;
  onSend: () => void;
  /** "Step 5 of 5" above the heading. */
  caption: TemplateResult;
}

interface Row {
  label: MessageKey;
  value: string | string[];
  /** The id of the control the Change link returns to. */
  field: string;
}

/** Every answer as the request will carry it, one row per question, in the form's order. */
function rows(c: CheckContext): Row[] {
  const { values: v, t, locale } = c;
  const currency = c.policy.costs.currency;
  const money = (n: number) => formatMoney(n, locale, currency);
  const notGiven = t('check.notGiven');
  const costs = costsOf(v, c.policy, c.phase);
  const targets = v.targets.filter((x) => v.targetIds.includes(x.id)).map((x) => `${x.code ? `${x.code}: ` : ''}${x.text}`);
  const served = objectiveIdsOf(v);
  const objectives = served.flatMap((id) => objectiveLabel(c.objectives, id) ?? []);
  const firstObjective = c.objectives[0];
  return [
    { label: 'form.name', value: v.name.trim(), field: 'name' },
    { label: 'form.email', value: v.email.trim() || notGiven, field: 'email' },
    { label: 'form.courseTitle', value: v.courseTitle.trim(), field: 'course-title' },
    { label: 'form.provider', value: v.provider.trim() || notGiven, field: 'provider' },
    { label: 'form.url', value: v.url.trim() || notGiven, field: 'url' },
    { label: 'form.hours', value: v.hours.trim() || notGiven, field: 'hours' },
    { label: 'form.dates', value: dates(v).map((d) => formatDate(d, locale)), field: 'start-day' },
    { label: 'form.fee', value: money(parseAmount(v.fee) ?? 0), field: 'fee' },
    { label: 'form.travel', value: money(costs.travel), field: 'travel' },
    { label: 'form.supplyDays', value: costs.supplyDays ? `${formatDays(costs.supplyDays, locale)}, ${money(costs.supplyCost)}` : t('check.noCover'), field: 'supply-days' },
    { label: 'form.total', value: money(costs.total), field: 'fee' },
    { label: 'form.targets', value: targets.length ? targets : notGiven, field: firstTargetControl(v) },
    ...(c.objectives.length && firstObjective ? [{ label: 'form.objectives' as const, value: objectives.length ? objectives : notGiven, field: `objective-${firstObjective.id}` }] : []),
    { label: 'form.practice', value: v.practice.trim(), field: 'practice' },
    { label: 'form.pupils', value: v.pupils.trim(), field: 'pupils' },
    { label: 'form.sharing', value: v.sharing.trim(), field: 'sharing' },
    { label: 'form.approach', value: v.approach ? t(`approach.${v.approach}` as MessageKey) : notGiven, field: 'approach' },
    { label: 'form.evaluation', value: LEVELS.filter((l) => v.evaluation.includes(l)).map((l) => t(`level.${l}`)), field: `evaluation-${LEVELS[0]}` },
  ];
}

/**
 * GOV.UK's "Check your answers" page: a summary list per step (issue 22) with a Change link per answer
 * (back to that question's step, focused), then the send button. Every value is rendered as text.
 */
export function renderCheckAnswers(c: CheckContext): TemplateResult {
  const { t } = c;
  return html`<div class="check" part="check-answers">
    <h2 id="check-title" tabindex="-1">${c.caption} ${t('check.title')}</h2>
    ${STEPS.slice(0, CHECK_STEP).map((step, i) => {
      const section = rows(c).filter((r) => stepOf(r.field) === i);
      return html`<h3>${t(step)}</h3>
        <dl class="summary-list">
          ${section.map(
            (r) => html`<div class="summary-row">
              <dt>${t(r.label)}</dt>
              <dd class="summary-value">${Array.isArray(r.value) ? (r.value.length > 1 ? html`<ul>${r.value.map((x) => html`<li>${x}</li>`)}</ul>` : r.value[0] ?? nothing) : r.value}</dd>
              <dd class="summary-actions">
                <a href="#${r.field}" @click=${(e: Event) => {
                  e.preventDefault();
                  c.onChange(r.field);
                }}>${t('check.change')}<span class="visually-hidden"> ${t(r.label).toLowerCase()}</span></a>
              </dd>
            </div>`,
          )}
        </dl>`;
    })}
    <h2>${t('check.sendTitle')}</h2>
    <p>${t('check.sendText')}</p>
    <div class="actions">
      <button type="button" part="submit" @click=${() => c.onSend()}>${t('form.send')}</button>
    </div>
  </div>`;
}
