import { html, nothing, type TemplateResult } from 'lit';
import { supplyCoverRate, type Phase, type Policy } from '@cpd-lens/core';
import { formatMoney } from '../internal/format.ts';
import { renderDateInput, type DatePart } from '../internal/date-input.ts';
import type { Locale, MessageKey } from '../internal/i18n.ts';
import { APPROACHES, LEVELS, costsOf, dateParts, type FieldError, type FormValues } from './values.ts';

/** What the questions render from: the answers, their errors, text, and the element's handlers. */
export interface QuestionsContext {
  values: FormValues;
  errors: readonly FieldError[];
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  locale: Locale;
  /** The school's pricing and phase: supply cover at its rate. */
  policy: Pick<Policy, 'costs'>;
  phase: Phase | undefined;
  /** Why the suggested cover is what it is, in words, or ''. */
  coverHint: string;
  /** For a per-school or per-group price: the school's total and the per-head figure beside it, or ''. */
  feeHint: string;
  loading: boolean;
  disabled: boolean;
  /** What comes between the error summary and the questions: the introduction, approver and notices. */
  lead: TemplateResult;
  /** The targets and objectives section (targets.ts). */
  targets: TemplateResult;
  /** The score preview beside the form, or nothing. */
  preview: TemplateResult | typeof nothing;
  /** Reads `data-field` from the control (called with the element as `this`, as Lit binds listeners). */
  onInput: (event: Event) => void;
  onDateInput: (which: 'start' | 'end', part: DatePart, value: string) => void;
  onToggle: (list: 'evaluation', id: string, on: boolean) => void;
  onSubmit: (event: Event) => void;
  onDiscard: () => void;
  focusField: (event: Event, id: string) => void;
}

interface TextOptions {
  hint?: string;
  optional?: boolean;
  type?: string;
  autocomplete?: string;
  narrow?: boolean;
  inputmode?: string;
  multiline?: boolean;
}

const errorFor = (c: QuestionsContext, field: string): FieldError | undefined => c.errors.find((e) => e.field === field);

/** An error in words, its `{label}` translated with it. */
export function errorText(t: QuestionsContext['t'], e: FieldError): string {
  return t(e.key, { ...e.params, ...(e.labelKey ? { label: t(e.labelKey) } : {}) });
}

function errorMessage(c: QuestionsContext, field: string): TemplateResult | typeof nothing {
  const error = errorFor(c, field);
  if (!error) return nothing;
  return html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${c.t('error.prefix')}</span> ${errorText(c.t, error)}</p>`;
}

function describedBy(c: QuestionsContext, field: string, hint = false): string | typeof nothing {
  const ids = [hint ? `${field}-hint` : '', errorFor(c, field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

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

function textField(c: QuestionsContext, field: string, key: keyof FormValues, label: MessageKey, opts: TextOptions = {}): TemplateResult {
  const error = errorFor(c, field);
  const value = c.values[key] as string;
  const described = describedBy(c, field, Boolean(opts.hint));
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${field}>${c.t(label)}${opts.optional ? html` <span class="optional">${c.t('optional')}</span>` : nothing}</label>
    ${opts.hint ? html`<span id="${field}-hint" class="hint">${opts.hint}</span>` : nothing} ${errorMessage(c, field)}
    ${opts.multiline
      ? html`<textarea id=${field} name=${field} data-field=${key} rows="4" .value=${value} aria-describedby=${described} aria-invalid=${error ? 'true' : nothing} @input=${c.onInput}></textarea>`
      : html`<input
          id=${field}
          name=${field}
          data-field=${key}
          type=${opts.type ?? 'text'}
          class=${opts.narrow ? 'narrow' : ''}
          autocomplete=${opts.autocomplete ?? 'off'}
          inputmode=${opts.inputmode ?? nothing}
          spellcheck=${opts.type === 'email' || opts.type === 'url' ? 'false' : nothing}
          .value=${value}
          aria-describedby=${described}
          aria-invalid=${error ? 'true' : nothing}
          @input=${c.onInput}
        />`}
  </div>`;
}

function errorSummary(c: QuestionsContext): TemplateResult | typeof nothing {
  if (!c.errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${c.t('error.title')}</h2>
    <ul>
      ${c.errors.map((e) => html`<li><a href="#${e.field}" @click=${(ev: Event) => c.focusField(ev, e.field)}>${errorText(c.t, e)}</a></li>`)}
    </ul>
  </div>`;
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
 * The form's questions, section by section (you, the course, dates, costs, targets, impact, approach and
 * evaluation), with the error summary above and the score preview beside: the form's editing view.
 */
export function renderQuestions(c: QuestionsContext): TemplateResult {
  return html`${errorSummary(c)} ${c.lead}
    <div class="layout">
      <form part="form" novalidate @submit=${c.onSubmit} aria-busy=${c.loading ? 'true' : 'false'}>
        <fieldset class="all" ?disabled=${c.disabled}>
          <fieldset part="section">
            <legend>${c.t('form.you')}</legend>
            ${textField(c, 'name', 'name', 'form.name', { autocomplete: 'name' })}
            ${textField(c, 'email', 'email', 'form.email', { type: 'email', autocomplete: 'email', optional: true })}
          </fieldset>
          <fieldset part="section">
            <legend>${c.t('form.course')}</legend>
            ${textField(c, 'course-title', 'courseTitle', 'form.courseTitle')}
            ${textField(c, 'provider', 'provider', 'form.provider', { optional: true })}
            ${textField(c, 'url', 'url', 'form.url', { type: 'url', optional: true, hint: c.t('form.urlHint') })}
            ${textField(c, 'description', 'description', 'form.description', { optional: true, multiline: true })}
            ${textField(c, 'hours', 'hours', 'form.hours', { optional: true, narrow: true, inputmode: 'decimal' })}
          </fieldset>
          <fieldset part="section">
            <legend>${c.t('form.dates')}</legend>
            ${dateInput(c, 'start', 'form.start', false)} ${dateInput(c, 'end', 'form.end', true)}
          </fieldset>
          ${costs(c)} ${c.targets}
          <fieldset part="section">
            <legend>${c.t('form.impact')}</legend>
            ${textField(c, 'practice', 'practice', 'form.practice', { multiline: true })}
            ${textField(c, 'pupils', 'pupils', 'form.pupils', { multiline: true })}
            ${textField(c, 'sharing', 'sharing', 'form.sharing', { multiline: true })}
          </fieldset>
          ${choices(c)}
          <div class="actions">
            <button type="submit" part="submit">${c.t('form.continue')}</button>
            <button type="button" class="secondary" @click=${c.onDiscard}>${c.t('form.discard')}</button>
          </div>
        </fieldset>
      </form>
      ${c.preview}
    </div>`;
}
