import { html, nothing, type TemplateResult } from 'lit';
import { supplyCoverRate } from '@cpd-lens/core';
import { formatMoney } from '../internal/format.ts';
import { renderDateInput } from '../internal/date-input.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { errorFor, errorMessage, errorText, describedBy, textField, type QuestionsContext } from './questions.ts';
import { APPROACHES, LEVELS, costsOf, dateParts } from './values.ts';

function dateInput(c: QuestionsContext, which: 'start' | 'end', legend: MessageKey, optional: boolean): TemplateResult {
  const error = c.errors.find((e) => e.group === which);
  return renderDateInput({
    id: which,
    legend: c.t(legend),
    hint: c.t('date.hint'),
    labels: { day: c.t('date.day'), month: c.t('date.month'), year: c.t('date.year') },
    value: dateParts(c.values, which),
    ...(error ? { error: { text: errorText(c.t, error), prefix: c.t('error.prefix'), parts: error.parts ?? [] } } : {}),
    ...(optional ? { optional: c.t('optional') } : {}),
    onInput: (part, value) => c.onDateInput(which, part, value),
  });
}

function costs(c: QuestionsContext): TemplateResult {
  const { policy, phase, locale } = c;
  const currency = policy.costs.currency;
  const rate = formatMoney(supplyCoverRate(policy, phase), locale, currency);
  const figures = costsOf(c.values, policy, phase);
  const hint = `${c.t('form.supplyHint', { rate })} ${c.coverHint}`.trim();
  return html`<fieldset part="section">
    <legend>${c.t('form.costs')}</legend>
    ${textField(c, 'fee', 'fee', 'form.fee', { hint: `${c.feeHint} ${c.t('form.feeHint')}`.trim(), narrow: true, inputmode: 'decimal' })}
    ${textField(c, 'travel', 'travel', 'form.travel', { optional: true, narrow: true, inputmode: 'decimal' })}
    ${textField(c, 'supply-days', 'supplyDays', 'form.supplyDays', { hint, narrow: true, inputmode: 'decimal' })}
    <dl class="figures costs" part="costs">
      <dt>${c.t('form.supplyCost')}</dt>
      <dd class="supply-cost">${formatMoney(figures.supplyCost, locale, currency)}</dd>
      <dt>${c.t('form.total')}</dt>
      <dd class="total-cost">${formatMoney(figures.total, locale, currency)}</dd>
    </dl>
    ${figures.total > policy.costs.approvalThreshold ? html`<p class="notice">${c.t('score.needsApproval', { threshold: formatMoney(policy.costs.approvalThreshold, locale, currency) })}</p>` : nothing}
  </fieldset>`;
}

function choices(c: QuestionsContext): TemplateResult {
  const approachError = errorFor(c, 'approach');
  const evalError = c.errors.find((e) => e.key === 'v.evaluation');
  return html`<div class="field ${approachError ? 'has-error' : ''}">
      <label for="approach">${c.t('form.approach')}</label>
      ${errorMessage(c, 'approach')}
      <select id="approach" data-field="approach" .value=${c.values.approach} aria-describedby=${describedBy(c, 'approach')} aria-invalid=${approachError ? 'true' : nothing} @change=${c.onInput}>
        <option value="" ?selected=${!c.values.approach}>${c.t('form.approachChoose')}</option>
        ${APPROACHES.map((a) => html`<option value=${a} ?selected=${c.values.approach === a}>${c.t(`approach.${a}`)}</option>`)}
      </select>
    </div>
    <fieldset class="${evalError ? 'has-error' : ''}" part="section" aria-describedby="evaluation-hint${evalError ? ' evaluation-error' : ''}">
      <legend>${c.t('form.evaluation')}</legend>
      <span id="evaluation-hint" class="hint">${c.t('form.evaluationHint')}</span>
      ${evalError ? html`<p id="evaluation-error" class="error-message"><span class="visually-hidden">${c.t('error.prefix')}</span> ${c.t('v.evaluation')}</p>` : nothing}
      ${LEVELS.map(
        (level) => html`<div class="choice">
          <input type="checkbox" id="evaluation-${level}" .checked=${c.values.evaluation.includes(level)} @change=${(e: Event) => c.onToggle('evaluation', level, (e.target as HTMLInputElement).checked)} />
          <label for="evaluation-${level}">${c.t(`level.${level}`)}</label>
        </div>`,
      )}
    </fieldset>`;
}

/**
 * The question pages after the first (dates and cost; targets; expected impact; learning and evaluation), in the
 * order of `STEPS`: they come with the next-steps chunk after the first render (issue 14's size budget),
 * as the first page is all a member of staff sees until they press Continue.
 */
export const questionPages: ((c: QuestionsContext) => TemplateResult | typeof nothing)[] = [
  (c) => html`<fieldset part="section">
      <legend>${c.t('form.dates')}</legend>
      ${dateInput(c, 'start', 'form.start', false)} ${dateInput(c, 'end', 'form.end', true)}
    </fieldset>
    ${costs(c)}`,
  (c) => c.targets,
  (c) => html`<fieldset part="section">
    <legend>${c.t('form.impact')}</legend>
    ${textField(c, 'practice', 'practice', 'form.practice', { multiline: true })}
    ${textField(c, 'pupils', 'pupils', 'form.pupils', { multiline: true })}
    ${textField(c, 'sharing', 'sharing', 'form.sharing', { multiline: true })}
  </fieldset>`,
  choices,
];
