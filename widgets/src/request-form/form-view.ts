import { schoolObjectives } from '@cpd-lens/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDays } from '../internal/format.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { coreWelsh, scoring } from '../internal/scoring.ts';
import { renderStorageNotice } from '../internal/storage-notice.ts';
import type { CheckContext } from './check-answers.ts';
import { addTarget, change, coverSuggestion, goToStep, onDateInput, onInput, pricing, removeTarget, score, toggle } from './form-editing.ts';
import { downloadCopy, editAgain, onSubmit, send, startNew } from './form-sending.ts';
import { correctedNotice } from './load-corrected.ts';
import { loadNextSteps, nextSteps } from './load-next-steps.ts';
import { renderQuestions } from './questions.ts';
import type { CpdRequestForm as Form } from './request-form.component.ts';
import { CHECK_STEP, LAST_QUESTIONS, renderStepIndicator, stepCaption } from './steps.ts';

/** Course timings that need no supply cover, each with its own explanation on the form. */
const NO_COVER_TIMINGS = new Set(['twilight', 'weekend', 'holiday', 'inset-day', 'self-paced']);

/** Focuses a field from the error summary's link, its label or legend scrolled into view. */
function focusField(form: Form, event: Event, id: string): void {
  event.preventDefault();
  const el = form.field(id);
  if (!el) return;
  const label = el.closest('fieldset')?.querySelector('legend') ?? form.renderRoot.querySelector(`label[for="${CSS.escape(id)}"]`);
  (label ?? el).scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/** The targets page's first section, once the later pages' chunk is here. */
function renderTargets(form: Form): TemplateResult | typeof nothing {
  if (form.step !== 2 || !nextSteps) return nothing; // the targets page (steps.ts)
  return nextSteps.renderTargets({
    values: form.values,
    errors: form.errors,
    objectives: schoolObjectives(form._config),
    t: form.tr,
    newTarget: form.newTarget,
    newTargetObjective: form.newTargetObjective,
    newTargetError: form.newTargetError,
    onToggle: (list, id, on) => toggle(form, list, id, on),
    onRemove: (id) => removeTarget(form, id),
    onAdd: () => addTarget(form),
    onNewTarget: (text) => (form.newTarget = text),
    onNewTargetObjective: (id) => (form.newTargetObjective = id),
  });
}

/** Why the suggested cover is what it is, in words ("The course’s sessions suggest 1 day."). */
function coverHint(form: Form): string {
  const { days, timing, sessions } = coverSuggestion(form);
  if (days === null) return '';
  if (days === 0 && NO_COVER_TIMINGS.has(timing)) return form.t(`form.coverNone.${timing}` as MessageKey);
  return form.t(sessions ? 'form.coverFromSessions' : 'form.supplySuggest', { days: formatDays(days, form.locale) });
}

function renderPreview(form: Form): TemplateResult {
  const result = score(form);
  const engine = scoring(form); // a score means the engine (which carries the score card) is loaded
  return html`<aside class="preview panel" part="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">${form.t('score.preview')}</h2>
    <p class="hint">${form.t('score.previewHelp')}</p>
    ${result && engine ? engine.renderScoreCard(result, form.locale, { detail: false, headingLevel: 3, welsh: coreWelsh() }) : html`<p>${form.t('score.empty')}</p>`}
  </aside>`;
}

/** Renders the form again once the later pages' chunk is here. */
const whenNextSteps = (form: Form): void => void loadNextSteps().then(() => form.requestUpdate(), () => undefined);

/** A shared price's school total with the per-head figure beside it; its words come with the next steps' chunk. */
function feeHint(form: Form): string {
  if (!form.cost?.sharedBy) return '';
  if (!nextSteps) whenNextSteps(form);
  return nextSteps?.sharedFeeHint(form.cost, form.tr, form.locale) ?? '';
}

/** The outcome panel, once its chunk is here (it comes with the check page, which leads to it); until then the status line says it. */
function renderOutcome(form: Form): TemplateResult | typeof nothing {
  if (!nextSteps) {
    whenNextSteps(form);
    return nothing;
  }
  return nextSteps.renderOutcome({
    phase: form.phase as 'queued' | 'sent' | 'failed',
    title: form.values.courseTitle,
    contact: form._config?.approver?.email ?? form._config?.approver?.name ?? '',
    item: form.outboxItem,
    blocked: form.status?.key === 'status.cspBlocked',
    t: form.tr,
    onNew: () => startNew(form),
    onEditAgain: () => editAgain(form),
    onTryAgain: () => void form.outbox.driver?.flush(true),
    onDownload: () => downloadCopy(form),
    id: form.submittedId || form.requestId,
    config: form._config,
  });
}

function checkContext(form: Form): CheckContext {
  return {
    values: form.values,
    t: form.tr,
    locale: form.locale,
    policy: pricing(form),
    ...(form._config?.phase ? { phase: form._config.phase } : {}),
    objectives: schoolObjectives(form._config),
    onChange: (field) => change(form, field),
    caption: stepCaption(form.tr, CHECK_STEP),
    onSend: () => void send(form),
  };
}

/** The whole form: its status lines, then the question page, "Check your answers" or the outcome. */
export function renderForm(form: Form): TemplateResult {
  const problems = form.renderConfigProblems();
  if (problems !== nothing || !form._config) return html`${problems}`;
  const config = form._config;
  const status = form.status ? form.t(form.status.key, form.status.params) : '';
  return html`
    <h2 class="title">${form.t('form.title')}${config.school ? html` <span class="school">— ${config.school}</span>` : nothing}</h2>
    <div class="status" part="status" role="status" aria-live="polite">${status}</div> ${renderStorageNotice(form.outbox.storage, form.tr, form.locale)}
    ${form.phase === 'checking' && nextSteps
      ? html`${renderStepIndicator(form.tr, CHECK_STEP, () => goToStep(form, LAST_QUESTIONS))} ${nextSteps.renderCheckAnswers(checkContext(form))}`
      : form.phase !== 'editing' && form.phase !== 'loading'
        ? renderOutcome(form)
        : renderQuestions({
            values: form.values,
            errors: form.errors,
            t: form.tr,
            locale: form.locale,
            policy: pricing(form),
            phase: config.phase,
            coverHint: coverHint(form),
            feeHint: feeHint(form),
            loading: form.phase === 'loading',
            disabled: form.formDisabled,
            // the introduction on the first step only; a notice (draft restored, hand-off) on any
            lead: html`${form.step
                ? nothing
                : html`<p>${form.t('form.intro')}</p>
                    ${config.approver ? html`<p>${form.t('form.approver', { name: config.approver.name })}</p>` : nothing}`}
              ${form.notice ? html`<p class="notice">${form.t(form.notice.key, form.notice.params)}</p>` : nothing}
              ${form.step ? nothing : correctedNotice(form.baseCourse, form.tr, form.locale, () => form.requestUpdate())}`,
            step: form.step,
            onBack: () => goToStep(form, form.step - 1),
            targets: renderTargets(form),
            preview: form.values.courseTitle ? renderPreview(form) : nothing,
            onInput: (event) => onInput(form, event),
            onDateInput: (which, part, value) => onDateInput(form, which, part, value),
            onToggle: (list, id, on) => toggle(form, list, id, on),
            onSubmit: (event) => onSubmit(form, event),
            onDiscard: () => void form.discard(),
            focusField: (event, id) => focusField(form, event, id),
          })}
  `;
}
