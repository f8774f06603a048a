import type { CpdRequest, OutboxItem } from '@cpd-lens/core';
import { resolveEndpoint } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdSubmitEvent } from '../events/cpd-submit.ts';
import { CpdSubmittedEvent } from '../events/cpd-submitted.ts';
import { formatTime } from '../internal/format.ts';
import { deliveryReason, loadScoring, whenSayable } from '../internal/scoring.ts';
import { deliveryStatus } from './delivery-status.ts';
import { RequestFormEditing } from './form-editing.ts';
import { newId } from '../internal/new-id.ts';
import { loadNextSteps, nextSteps, type NextSteps } from './load-next-steps.ts';
import { errorText } from './questions.ts';
import { LAST_QUESTIONS, stepOf } from './steps.ts';
import { emptyValues, validate, valuesFromDraft, type FieldError } from './values.ts';

/**
 * The request form's sending section: "Continue" to the check page, "Send request" into the outbox,
 * the request's state there (sending, waiting, sent, refused) and what the form offers after it,
 * and the form value a host `<form>` sees.
 */
export abstract class RequestFormSending extends RequestFormEditing {
  /** The outbox item whose delivery reason is being said: a later one wins over one waiting for core's Welsh. */
  private reasonFor: OutboxItem | undefined;

  private buildFromValues(steps: NextSteps): { ok: true; request: CpdRequest } | { ok: false; errors: FieldError[] } {
    const errors = validate(this.values, this.objectivesOffered);
    if (errors.length) return { ok: false, errors };
    const score = this.score();
    const built = steps.buildRequest(this.values, {
      id: this.requestId,
      now: new Date(),
      policy: this.pricing,
      ...(this._config?.phase ? { phase: this._config.phase } : {}),
      ...(this.baseCourse ? { base: this.baseCourse } : {}),
      ...(score ? { score: { total: score.total, band: score.band, coverage: score.coverage } } : {}),
      cost: this.cost,
      host: this,
    });
    if (!built.ok) return { ok: false, errors: built.problems.map((p) => ({ field: steps.fieldOfPath(p.path), key: 'v.tooLong', params: { field: this.tooLongName(steps, p.path) } })) };
    return built;
  }

  /** The question a too-long answer belongs to, quoted, in the form's language; the schema's path only for one no question asks. */
  private tooLongName(steps: NextSteps, path: string): string {
    const label = steps.labelOfPath(path);
    return label ? `“${this.t(label)}”` : path;
  }

  /** "Continue": the answers are checked, then shown on a "Check your answers" page before sending. */
  protected onSubmit(event: Event): void {
    event.preventDefault();
    // pressed while the draft is still being brought back (a slow device): go on once it is
    if (this.phase === 'loading') return void this.restoring.then(() => this.onSubmit(event), () => undefined);
    if (this.submitting || this.phase !== 'editing') return;
    const errors = validate(this.values, this.objectivesOffered);
    // this step's answers first (issue 22: one question page at a time), then on to the next step
    const here = errors.filter((e) => stepOf(e.field) === this.step);
    if (here.length) return this.showErrors(here);
    if (this.step < LAST_QUESTIONS && (!this.returnToCheck || errors.length)) return this.goToStep(this.step + 1);
    this.toCheck();
  }

  /** On to "Check your answers" when every answer is right (else to the first step with a problem); `focus` false on a reload. */
  protected toCheck(focus = true): void {
    const errors = validate(this.values, this.objectivesOffered);
    if (errors.length) return this.showErrors(errors);
    void this.saveDraft();
    // The check page and the request's schema check come in the background after the first render
    // (issue 14's size budget): usually here already, else loaded now, then shown.
    loadNextSteps().then(
      () => {
        if (this.phase !== 'editing' || !nextSteps) return;
        const built = this.buildFromValues(nextSteps);
        if (!built.ok) return this.showErrors(built.errors);
        this.errors = [];
        this.returnToCheck = false;
        this.phase = 'checking';
        if (focus) this.focusAfterRender = 'check-title';
        void this.saveDraft(); // the draft keeps the step
      },
      () => this.chunkMissing(),
    );
  }

  /** "Send request" on the check page: queue in the outbox, which delivers exactly once. */
  protected async send(): Promise<void> {
    if (this.submitting || this.phase !== 'checking') return;
    await loadScoring(); // the request carries its score: never send one without it
    await loadNextSteps();
    const built = this.buildFromValues(nextSteps!);
    if (!built.ok) {
      this.phase = 'editing';
      return this.showErrors(built.errors);
    }
    const endpoint = this._config ? resolveEndpoint(this._config.endpoint, location.href) : { ok: false as const, message: 'no endpoint' };
    if (!endpoint.ok) {
      this._configProblems = [{ path: 'endpoint', message: endpoint.message }];
      return;
    }
    const request: CpdRequest = built.request;
    const submit = new CpdSubmitEvent(request);
    this.dispatchEvent(submit);
    if (submit.defaultPrevented) return;
    this.submitting = true;
    try {
      this.submittedId = request.id;
      await this.saveDraft();
      this.phase = 'queued';
      this.status = { key: 'status.sending' };
      this.lastRequest = JSON.stringify(request);
      const item = await this.driver!.submit(request, { url: endpoint.url, delivery: this._config?.delivery });
      this.onOutboxChange(item);
    } catch {
      // Not even memory took it (should not happen): back to the answers, which are all still here.
      this.phase = 'editing';
      this.submittedId = '';
      this.status = { key: 'status.saveFailed' };
    } finally {
      this.submitting = false;
    }
  }

  /** The errors of the first step that has any, on that step, summarised at its top (which takes focus). */
  private showErrors(all: FieldError[]): void {
    this.step = stepOf(all[0]!.field);
    const errors = all.filter((e) => stepOf(e.field) === this.step);
    this.errors = errors;
    this.focusSummary = true;
    this.dispatchEvent(
      new CpdErrorEvent(
        'validation',
        this.t('error.title'),
        errors.map((e) => ({ field: e.field, message: errorText(this.tr, e) })),
      ),
    );
  }

  protected onOutboxChange(item: OutboxItem): void {
    if (item.id !== this.submittedId) return;
    // A late read must not take a sent or refused request back to "sending".
    const known = this.outboxItem?.id === item.id ? this.outboxItem.status : undefined;
    if ((known === 'sent' || known === 'failed') && item.status !== known) return;
    // why it was not delivered, in the form's language: core's Welsh loads first (issue 25), then this item again unless a later one came
    const reason = deliveryReason(item, this.locale);
    this.reasonFor = item;
    if (reason === undefined) return void whenSayable(this.locale).then(() => this.reasonFor === item && this.onOutboxChange(item));
    this.outboxItem = item;
    const once = (key: string, fire: () => void) => {
      if (this.announced.has(key)) return;
      this.announced.add(key);
      fire();
    };
    if (item.status === 'sent') {
      this.phase = 'sent';
      this.status = { key: 'status.sent' };
      const body = item.body;
      if ('requester' in body) once(`sent:${item.id}`, () => this.dispatchEvent(new CpdSubmittedEvent(body, item.sentAt ?? new Date().toISOString())));
      void this.clearDraft();
    } else if (item.status === 'failed') {
      this.phase = 'failed';
      this.status = { key: 'status.failed', params: { reason } };
      once(`failed:${item.id}`, () => this.dispatchEvent(new CpdErrorEvent('delivery-failed', this.t('status.failed', { reason }))));
    } else {
      this.phase = 'queued';
      if (item.status === 'sending' || item.attempts === 0) this.status = { key: 'status.sending' };
      else {
        const contact = this._config?.approver?.email ?? this._config?.approver?.name ?? this.t('status.yourIt');
        const waitingReason = navigator.onLine === false ? this.t('status.offline') : this.t('status.serverDown');
        this.status = deliveryStatus(item, { reason, waitingReason, time: formatTime(item.nextAttemptAt, this.locale), contact, blockedOrigin: this.storage?.blockedOrigin });
        const status = this.status;
        once(`retry:${item.id}:${item.attempts}`, () => this.dispatchEvent(new CpdErrorEvent('delivery-retry', this.t(status.key, status.params))));
      }
    }
  }

  protected downloadCopy(): void {
    const body = this.outboxItem?.body ?? (this.lastRequest ? (JSON.parse(this.lastRequest) as CpdRequest) : undefined);
    if (body && 'requester' in body) nextSteps?.downloadCopy(body, this.renderRoot);
  }

  /** After a refusal: keep every answer, and give the next attempt a new id (the old one was refused). */
  protected editAgain(): void {
    this.requestId = newId();
    this.submittedId = '';
    this.phase = 'editing';
    this.status = null;
    this.step = 0;
    this.scheduleSave();
  }

  /** After sending: a fresh form that keeps who you are (WCAG 3.3.7, no redundant entry). */
  protected startNew(): void {
    this.values = { ...emptyValues(), name: this.values.name, email: this.values.email, targets: this.values.targets };
    this.requestId = newId();
    this.submittedId = '';
    this.baseCourse = undefined;
    this.cost = undefined;
    this.supplyTouched = false;
    this.phase = 'editing';
    this.step = 0;
    this.status = null;
    this.notice = null;
    this.errors = [];
    this.scheduleSave();
    void this.updateComplete.then(() => this.field('name')?.focus());
  }

  // ── Form association ──────────────────────────────────────────────────────────────────────

  formResetCallback(): void {
    void this.discard();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.values = valuesFromDraft(JSON.parse(state) as Record<string, unknown>);
    } catch {
      /* a state we did not write: ignore */
    }
  }

  protected syncFormValue(): void {
    const state = JSON.stringify(this.values);
    // While the draft loads the questions already take answers: their validity counts from the start.
    if (this.phase !== 'loading' && this.phase !== 'editing' && this.phase !== 'checking') {
      this.internals.setFormValue(this.lastRequest || null, state);
      this.internals.setValidity({});
      return;
    }
    const errors = validate(this.values, this.objectivesOffered);
    if (errors.length) {
      this.lastRequest = '';
      this.internals.setFormValue(null, state);
      const anchor = this.field(errors[0]!.field);
      this.internals.setValidity({ customError: true }, errorText(this.tr, errors[0]!), anchor ?? undefined);
      return;
    }
    // The document needs its schema check, which comes with the check page just after the first render (then this runs again).
    const built = nextSteps?.buildRequest(this.values, { id: this.requestId, now: new Date(), policy: this.pricing, ...(this.baseCourse ? { base: this.baseCourse } : {}), cost: this.cost, host: this });
    this.lastRequest = built?.ok ? JSON.stringify(built.request) : '';
    this.internals.setFormValue(this.lastRequest || null, state);
    this.internals.setValidity({});
  }
}
