import type { CostRecord, Course, OutboxItem } from '@cpd-lens/core';
import type { PropertyValues, TemplateResult } from 'lit';
import { CpdElement } from '../internal/base.ts';
import type { SchoolConfig } from '../internal/config.ts';
import { dateInputStyles } from '../internal/date-input.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { newId } from '../internal/new-id.ts';
import { OutboxController } from '../internal/outbox.controller.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { checkAnswersStyles } from './check-answers.styles.ts';
import { DraftController } from './draft.controller.ts';
import { applyHandoffToForm } from './form-editing.ts';
import { draftOptions, openForm } from './form-draft.ts';
import { onOutboxChange, syncFormValue } from './form-sending.ts';
import { renderForm } from './form-view.ts';
import { HandoffController, type Notice } from './handoff.controller.ts';
import { loadNextSteps } from './load-next-steps.ts';
import { styles } from './request-form.styles.ts';
import { emptyValues, valuesFromDraft, type FieldError, type FormValues } from './values.ts';

export type Phase = 'loading' | 'editing' | 'checking' | 'queued' | 'sent' | 'failed';

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
export class CpdRequestForm extends CpdElement {
  static formAssociated = true;
  static override styles = [sharedStyles, dateInputStyles, checkAnswersStyles, styles];
  static override properties = {
    ...CpdElement.properties,
    draftKey: { attribute: 'draft-key' },
    dbName: { attribute: 'db-name' },
    name: {},
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    step: { state: true },
    status: { state: true },
    notice: { state: true },
    outboxItem: { state: true },
    formDisabled: { state: true },
    newTarget: { state: true },
    newTargetObjective: { state: true },
    newTargetError: { state: true },
  };

  declare draftKey: string;
  declare dbName: string;
  declare name: string;
  declare values: FormValues;
  declare errors: FieldError[];
  declare phase: Phase;
  // The question page shown (issue 22), an index of `STEPS` in steps.ts; the check page is `phase` 'checking'.
  declare step: number;
  declare status: Notice | null;
  declare notice: Notice | null;
  declare outboxItem: OutboxItem | undefined;
  declare formDisabled: boolean;
  declare newTarget: string;
  declare newTargetObjective: string;
  declare newTargetError: boolean;

  // What the form's sections share (form-draft.ts, form-editing.ts, form-sending.ts, form-view.ts): not an API.
  declare readonly internals: ElementInternals;
  requestId = newId();
  declare baseCourse: Course | undefined;
  // The cost record the hand-off brought (or the form worked out from it), carried into the request.
  declare cost: CostRecord | undefined;
  supplyTouched = false;
  submittedId = '';
  submitting = false;
  focusSummary = false;
  focusAfterRender = '';
  // Came from a Change link on the check page: Continue goes back there once every answer is right.
  returnToCheck = false;
  announced = new Set<string>();
  lastRequest = '';
  // The outbox item whose delivery reason is being said: a later one wins over one waiting for core's Welsh.
  declare reasonFor: OutboxItem | undefined;
  // The draft being brought back: "Continue" pressed meanwhile waits for it rather than being lost.
  restoring: Promise<void> = Promise.resolve();
  private configLoaded: () => void = () => {};
  // Resolves once the school's configuration is loaded: a hand-off is judged against its objectives.
  private readonly configReady = new Promise<void>((ok) => (this.configLoaded = ok));
  // The step the draft was on (issue 22), shown again once it is read.
  savedStep = 0;

  // The page's outbox: where the request is queued, its state there, this device's storage state.
  readonly outbox: OutboxController = new OutboxController(
    this,
    (item) => onOutboxChange(this, item),
    () => this.outboxItem && onOutboxChange(this, this.outboxItem), // a CSP block changes what the status line says
  );

  // The answers saved on the device as they are typed, and brought back after a reload (form-draft.ts).
  readonly draft: DraftController = new DraftController(this, draftOptions(this));

  // CPD Lens hand-offs: from the page's address, a pasted link, or the extension's answer to a token.
  readonly handoff: HandoffController = new HandoffController(this, {
    apply: (handoff) => applyHandoffToForm(this, handoff),
    save: () => this.draft.save(),
    notice: (notice) => (this.notice = notice),
  });

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.draftKey = 'cpd-request';
    this.dbName = 'cpd-lens';
    this.values = emptyValues();
    this.errors = [];
    this.phase = 'loading';
    this.step = 0;
    this.status = null;
    this.notice = null;
    this.formDisabled = false;
    this.newTarget = '';
    this.newTargetObjective = '';
    this.newTargetError = false;
  }

  /** The request JSON when the answers are complete, else an empty string. */
  get value(): string {
    return this.lastRequest;
  }

  // `t` as a function value, for the section views.
  readonly tr = (key: MessageKey, params?: Record<string, string | number>): string => this.t(key, params);

  field(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById?.(id) ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoring = openForm(this, this.configReady);
  }

  protected override configChanged(config: SchoolConfig | undefined): void {
    this.configLoaded();
    this.outbox.driver?.configure(config?.retry);
  }

  /** After the first render, fetches the check page's chunk, so the form still sends when the connection drops (the outbox fetches delivery). */
  protected override firstUpdated(): void {
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
    syncFormValue(this);
  }

  /** Clears every answer and the saved draft (the form's "Discard" and a host form's reset). */
  async discard(): Promise<void> {
    this.draft.typed(Object.keys(this.values)); // the draft read later must not come back
    this.values = emptyValues();
    this.errors = [];
    this.step = 0;
    this.baseCourse = undefined;
    this.cost = undefined;
    this.supplyTouched = false;
    this.notice = null;
    this.status = null;
    await this.draft.clear();
  }

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

  override render(): TemplateResult {
    return renderForm(this);
  }
}
