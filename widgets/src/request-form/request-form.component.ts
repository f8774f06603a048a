import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { schoolObjectives } from '@cpd-lens/core';
import type { SchoolConfig } from '../internal/config.ts';
import { formatDays } from '../internal/format.ts';
import { dateInputStyles } from '../internal/date-input.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { OutboxDriver } from '../internal/outbox-driver.ts';
import { renderStorageNotice } from '../internal/storage-notice.ts';
import { coreWelsh, scoring } from '../internal/scoring.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import type { CheckContext } from './check-answers.ts';
import { checkAnswersStyles } from './check-answers.styles.ts';
import { RequestFormSending } from './form-sending.ts';
import { correctedNotice } from './load-corrected.ts';
import { loadNextSteps, nextSteps } from './load-next-steps.ts';
import { renderQuestions } from './questions.ts';
import { CHECK_STEP, LAST_QUESTIONS, renderStepIndicator, stepCaption } from './steps.ts';
import { styles } from './request-form.styles.ts';

/** Course timings that need no supply cover, each with its own explanation on the form. */
const NO_COVER_TIMINGS = new Set(['twilight', 'weekend', 'holiday', 'inset-day', 'self-paced']);

/**
 * A CPD request form for a school intranet: the course (from a CPD Lens hand-off link, a pasted
 * link or typed in), dates, costs with supply cover at the policy's rate, the PD targets and SDP
 * objectives it serves, the expected impact, sharing, the CPL approach and how impact will be
 * evaluated, with a live score preview. The questions come one step at a time (GOV.UK question pages, issue
 * 22): a step indicator names each step ("Step 2 of 6"), a Back link, and errors summarised per step; the last
 * step is "Check your answers" with a Change link per answer. Answers are saved on the device as they are typed and come
 * back after a reload; sending goes through an outbox that retries until the school's endpoint
 * accepts the request, exactly once.
 *
 * Drafts and hand-offs: a hand-off link (`#cpd-request=…`) wins for the course fields; targets it
 * carries are added and selected; everything else typed in the draft is kept. Reloading the same
 * link does not overwrite later edits to the course.
 *
 * It is form-associated: inside a host `<form>` its value (under `name`) is the request JSON.
 *
 * @tag cpd-request-form
 * @summary A CPD request form that links each request to PD targets and the School Development Plan.
 *
 * @attr config-src - URL of the school's JSON configuration (see the embedding guide).
 * @attr endpoint - Where requests are POSTed; overrides the configuration's `endpoint`.
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @attr draft-key - Names the saved draft, for pages with more than one form (default `cpd-request`).
 * @attr db-name - The IndexedDB database drafts and the outbox live in (default `cpd-lens`).
 * @attr name - The field name of the request JSON when the element is inside a host `<form>`.
 * @prop {SchoolConfig} config - The school's configuration as an object (wins over `config-src`).
 * @prop {string} value - The request JSON when the answers are complete, else an empty string (read-only).
 *
 * @event {CpdSubmitEvent} cpd-submit - A valid request is about to be queued; cancelable. `detail.request`.
 * @event {CpdSubmittedEvent} cpd-submitted - The endpoint accepted the request. `detail.request`, `detail.sentAt`.
 * @event {CpdErrorEvent} cpd-error - A problem was shown: `detail.kind` is validation, config, delivery-retry, delivery-failed or storage.
 *
 * @csspart form - The inner form.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart status - The live status line (saved, sending, waiting, sent).
 * @csspart storage-notice - What went wrong with this device's storage or sending, and what to do.
 * @csspart section - Each group of questions.
 * @csspart costs - The cost summary.
 * @csspart preview - The score preview panel.
 * @csspart score-card - The score card inside the preview.
 * @csspart submit - The send button.
 * @csspart config-error - The box shown when the configuration is wrong.
 *
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-font-size - Base font size (default 16px; not affected by the page's root size).
 * @cssproperty --cpd-color-text - Text colour.
 * @cssproperty --cpd-color-background - Background colour.
 * @cssproperty --cpd-color-accent - Primary button and checkbox colour.
 * @cssproperty --cpd-color-accent-text - Text on the primary button.
 * @cssproperty --cpd-color-link - Link colour.
 * @cssproperty --cpd-color-error - Error colour.
 * @cssproperty --cpd-color-focus - Focus highlight colour.
 * @cssproperty --cpd-color-border - Input and panel border colour.
 * @cssproperty --cpd-radius - Corner radius of inputs and buttons.
 * @cssproperty --cpd-space - Padding around the widget.
 * @cssproperty --cpd-max-width - Widest the widget grows.
 */
export class CpdRequestForm extends RequestFormSending {
  static formAssociated = true;
  static override styles = [sharedStyles, dateInputStyles, checkAnswersStyles, styles];

  override connectedCallback(): void {
    super.connectedCallback();
    this.driver = OutboxDriver.for(this.dbName);
    this.unsubscribe = this.driver.subscribe((item) => this.onOutboxChange(item));
    this.unsubscribeStorage = this.driver.onStorageTrouble((state) => {
      this.storage = state;
      if (this.outboxItem) this.onOutboxChange(this.outboxItem); // a CSP block changes what the status line says
    });
    document.addEventListener('visibilitychange', this.onHidden);
    globalThis.addEventListener('hashchange', this.onHashChange);
    this.restoring = this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribeStorage?.();
    document.removeEventListener('visibilitychange', this.onHidden);
    globalThis.removeEventListener('hashchange', this.onHashChange);
    if (this.saveTimer !== undefined) void this.saveDraft();
  }

  protected override configChanged(config: SchoolConfig | undefined): void {
    this.configLoaded();
    this.driver?.configure(config?.retry);
  }

  /** After the first render, fetches what sending needs (check page, delivery), so the form still sends when the connection drops. */
  protected override firstUpdated(): void {
    this.driver?.prefetch();
    void loadNextSteps().then(() => this.requestUpdate(), () => undefined); // fetched again at Continue; the update sets the form value
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusSummary) {
      this.focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
    if (this.focusAfterRender) {
      const el = this.field(this.focusAfterRender);
      this.focusAfterRender = '';
      // a new step: its indicator comes into view above the focused heading
      (el?.id === 'step-title' || el?.id === 'check-title' ? this.renderRoot.querySelector('.steps') : el)?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    }
    this.syncFormValue();
  }

  private focusField(event: Event, id: string): void {
    event.preventDefault();
    const el = this.field(id);
    if (!el) return;
    const label = el.closest('fieldset')?.querySelector('legend') ?? this.renderRoot.querySelector(`label[for="${CSS.escape(id)}"]`);
    (label ?? el).scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────

  private renderStatus(): TemplateResult {
    const text = this.status ? this.t(this.status.key, this.status.params) : '';
    return html`<div class="status" part="status" role="status" aria-live="polite">${text}</div>`;
  }

  /** The targets page's first section, once the later pages' chunk is here. */
  private renderTargets(): TemplateResult | typeof nothing {
    if (this.step !== 2 || !nextSteps) return nothing; // the targets page (steps.ts)
    return nextSteps.renderTargets({
      values: this.values,
      errors: this.errors,
      objectives: schoolObjectives(this._config),
      t: this.tr,
      newTarget: this.newTarget,
      newTargetObjective: this.newTargetObjective,
      newTargetError: this.newTargetError,
      onToggle: (list, id, on) => this.toggle(list, id, on),
      onRemove: (id) => this.removeTarget(id),
      onAdd: () => this.addTarget(),
      onNewTarget: (text) => (this.newTarget = text),
      onNewTargetObjective: (id) => (this.newTargetObjective = id),
    });
  }

  /** Why the suggested cover is what it is, in words ("The course’s sessions suggest 1 day."). */
  private coverHint(): string {
    const { days, timing, sessions } = this.coverSuggestion();
    if (days === null) return '';
    if (days === 0 && NO_COVER_TIMINGS.has(timing)) return this.t(`form.coverNone.${timing}` as MessageKey);
    return this.t(sessions ? 'form.coverFromSessions' : 'form.supplySuggest', { days: formatDays(days, this.locale) });
  }

  private renderPreview(): TemplateResult {
    const score = this.score();
    const engine = scoring(this); // a score means the engine (which carries the score card) is loaded
    return html`<aside class="preview panel" part="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${this.t('score.preview')}</h2>
      <p class="hint">${this.t('score.previewHelp')}</p>
      ${score && engine ? engine.renderScoreCard(score, this.locale, { detail: false, headingLevel: 3, welsh: coreWelsh() }) : html`<p>${this.t('score.empty')}</p>`}
    </aside>`;
  }

  /** A shared price's school total with the per-head figure beside it; its words come with the next steps' chunk. */
  private feeHint(): string {
    if (!this.cost?.sharedBy) return '';
    if (!nextSteps) void loadNextSteps().then(() => this.requestUpdate(), () => undefined);
    return nextSteps?.sharedFeeHint(this.cost, this.tr, this.locale) ?? '';
  }

  /** The outcome panel, once its chunk is here (it comes with the check page, which leads to it); until then the status line says it. */
  private renderOutcome(): TemplateResult | typeof nothing {
    if (!nextSteps) {
      void loadNextSteps().then(() => this.requestUpdate(), () => undefined);
      return nothing;
    }
    return nextSteps.renderOutcome({
      phase: this.phase as 'queued' | 'sent' | 'failed',
      title: this.values.courseTitle,
      contact: this._config?.approver?.email ?? this._config?.approver?.name ?? '',
      item: this.outboxItem,
      blocked: this.status?.key === 'status.cspBlocked',
      t: this.tr,
      onNew: () => this.startNew(),
      onEditAgain: () => this.editAgain(),
      onTryAgain: () => void this.driver?.flush(true),
      onDownload: () => this.downloadCopy(),
      id: this.submittedId || this.requestId,
      config: this._config,
    });
  }

  private checkContext(): CheckContext {
    const objectives = schoolObjectives(this._config);
    return {
      values: this.values,
      t: this.tr,
      locale: this.locale,
      policy: this.pricing,
      ...(this._config?.phase ? { phase: this._config.phase } : {}),
      objectives,
      onChange: (field) => this.change(field),
      caption: stepCaption(this.tr, CHECK_STEP),
      onSend: () => void this.send(),
    };
  }

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing || !this._config) return html`${problems}`;
    const config = this._config;
    return html`
      <h2 class="title">${this.t('form.title')}${config.school ? html` <span class="school">— ${config.school}</span>` : nothing}</h2>
      ${this.renderStatus()} ${renderStorageNotice(this.storage, this.tr, this.locale)}
      ${this.phase === 'checking' && nextSteps
        ? html`${renderStepIndicator(this.tr, CHECK_STEP, () => this.goToStep(LAST_QUESTIONS))} ${nextSteps.renderCheckAnswers(this.checkContext())}`
        : this.phase !== 'editing' && this.phase !== 'loading'
          ? this.renderOutcome()
          : renderQuestions({
              values: this.values,
              errors: this.errors,
              t: this.tr,
              locale: this.locale,
              policy: this.pricing,
              phase: config.phase,
              coverHint: this.coverHint(),
              feeHint: this.feeHint(),
              loading: this.phase === 'loading',
              disabled: this.formDisabled,
              // the introduction on the first step only; a notice (draft restored, hand-off) on any
              lead: html`${this.step
                  ? nothing
                  : html`<p>${this.t('form.intro')}</p>
                      ${config.approver ? html`<p>${this.t('form.approver', { name: config.approver.name })}</p>` : nothing}`}
                ${this.notice ? html`<p class="notice">${this.t(this.notice.key, this.notice.params)}</p>` : nothing}
                ${this.step ? nothing : correctedNotice(this.baseCourse, this.tr, this.locale, () => this.requestUpdate())}`,
              step: this.step,
              onBack: () => this.goToStep(this.step - 1),
              targets: this.renderTargets(),
              preview: this.values.courseTitle ? this.renderPreview() : nothing,
              onInput: this.onInput,
              onDateInput: (which, part, value) => this.onDateInput(which, part, value),
              onToggle: (list, id, on) => this.toggle(list, id, on),
              onSubmit: this.onSubmit,
              onDiscard: () => void this.discard(),
              focusField: (event, id) => this.focusField(event, id),
            })}
    `;
  }
}
