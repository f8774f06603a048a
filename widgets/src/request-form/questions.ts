import { html, nothing, type TemplateResult } from 'lit';
import type { Phase, Policy } from '@cpd-lens/core';
import type { DatePart } from '../internal/date-input.ts';
import type { Locale, MessageKey } from '../internal/i18n.ts';
import { LAST_QUESTIONS, STEPS, renderStepIndicator, stepCaption } from './steps.ts';
import { nextSteps } from './load-next-steps.ts';
import type { FieldError, FormValues } from './values.ts';

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
  /** What comes between the step's heading and its questions: the introduction, approver and notices. */
  lead: TemplateResult;
  /** The targets and objectives section (targets.ts, with the later pages), or nothing until they load. */
  targets: TemplateResult | typeof nothing;
  /** The score preview beside the form, or nothing. */
  preview: TemplateResult | typeof nothing;
  /** An answer typed: the control that fired it names the answer in its `data-field`. */
  onInput: (event: Event) => void;
  onDateInput: (which: 'start' | 'end', part: DatePart, value: string) => void;
  onToggle: (list: 'evaluation', id: string, on: boolean) => void;
  onSubmit: (event: Event) => void;
  onDiscard: () => void;
  focusField: (event: Event, id: string) => void;
  /** The question page shown (an index of `STEPS`). */
  step: number;
  /** Back to the previous step, answers kept. */
  onBack: () => void;
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

export const errorFor = (c: QuestionsContext, field: string): FieldError | undefined => c.errors.find((e) => e.field === field);

/** An error in words, its `{label}` translated with it. */
export function errorText(t: QuestionsContext['t'], e: FieldError): string {
  return t(e.key, { ...e.params, ...(e.labelKey ? { label: t(e.labelKey) } : {}) });
}

export function errorMessage(c: QuestionsContext, field: string): TemplateResult | typeof nothing {
  const error = errorFor(c, field);
  if (!error) return nothing;
  return html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${c.t('error.prefix')}</span> ${errorText(c.t, error)}</p>`;
}

export function describedBy(c: QuestionsContext, field: string, hint = false): string | typeof nothing {
  const ids = [hint ? `${field}-hint` : '', errorFor(c, field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

export function textField(c: QuestionsContext, field: string, key: keyof FormValues, label: MessageKey, opts: TextOptions = {}): TemplateResult {
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

/** The first question page (about you and the course); the later ones come with the next-steps chunk (question-pages.ts). */
function firstPage(c: QuestionsContext): TemplateResult {
  return html`<fieldset part="section">
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
    </fieldset>`;
}

/**
 * One question page of the form (issue 22: GOV.UK's question pages, one step at a time): the step
 * indicator and Back link, the error summary of this step, its heading (focused when the step changes),
 * its questions, and the score preview beside them.
 */
export function renderQuestions(c: QuestionsContext): TemplateResult {
  return html`${renderStepIndicator(c.t, c.step, c.step ? c.onBack : undefined)} ${errorSummary(c)}
    <div class="layout ${c.step === LAST_QUESTIONS ? 'last' : ''}">
      <form part="form" novalidate @submit=${c.onSubmit} aria-busy=${c.loading ? 'true' : 'false'} aria-labelledby="step-title">
        <h2 id="step-title" tabindex="-1">${stepCaption(c.t, c.step)} ${c.t(STEPS[c.step]!)}</h2>
        ${c.lead}
        <fieldset class="all" ?disabled=${c.disabled}>
          ${c.step ? (nextSteps?.questionPages[c.step - 1]?.(c) ?? html`<p>${c.t('config.loading')}</p>`) : firstPage(c)}
          <div class="actions">
            <button type="submit" part="submit">${c.t('form.continue')}</button>
            <button type="button" class="secondary" @click=${c.onDiscard}>${c.t('form.discard')}</button>
          </div>
        </fieldset>
      </form>
      ${c.preview}
    </div>`;
}
