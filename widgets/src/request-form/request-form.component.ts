import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  type Course,
  type CpdRequest,
  type Handoff,
  type Profile,
  type SchoolPlan,
  type ScoreResult,
} from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdSubmitEvent } from '../events/cpd-submit.ts';
import { CpdSubmittedEvent } from '../events/cpd-submitted.ts';
import { CpdElement } from '../internal/base.ts';
import type { SchoolConfig } from '../internal/config.ts';
import { resolveEndpoint, schoolCosts, schoolObjectives, type OutboxItem, type Policy } from '@cpd-lens/core';
import { formatDays, formatTime } from '../internal/format.ts';
import { dateInputStyles, type DatePart } from '../internal/date-input.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { OutboxDriver, type StorageState } from '../internal/outbox-driver.ts';
import { deliveryStatus } from './delivery-status.ts';
import { renderStorageNotice } from '../internal/storage-notice.ts';
import { coreWelsh, loadScoring, scoring } from '../internal/scoring.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import type { CheckContext } from './check-answers.ts';
import { checkAnswersStyles } from './check-answers.styles.ts';
import { renderQuestions, errorText } from './questions.ts';
import { renderTargets } from './targets.ts';
import { styles } from './request-form.styles.ts';
import {
  applyHandoff,
  buildCourse,
  dateParts,
  emptyValues,
  mergeTyped,
  targetId,
  validate,
  valuesFromDraft,
  withDate,
  type FieldError,
  type FormValues,
} from './values.ts';

type Phase = 'loading' | 'editing' | 'checking' | 'queued' | 'sent' | 'failed';
type Status = { key: MessageKey; params?: Record<string, string> } | null;

const SAVE_DELAY_MS = 600;
/** What marks a CPD Lens hand-off in an address (core's `HANDOFF_KEY`): only then is its decoder loaded. */
const HANDOFF_MARK = 'cpd-request=';

type NextSteps = typeof import('./next-steps.ts');
let nextSteps: NextSteps | undefined;
let nextStepsLoading: Promise<unknown> | undefined;

/** Loads the check page and the outcome panel once for the page; a failed fetch is tried again when next needed. */
function loadNextSteps(): Promise<unknown> {
  nextStepsLoading ??= import('./next-steps.ts').then(
    (loaded) => (nextSteps = loaded),
    (error: unknown) => {
      nextStepsLoading = undefined;
      throw error;
    },
  );
  return nextStepsLoading;
}
/** Course timings that need no supply cover, each with its own explanation on the form. */
const NO_COVER_TIMINGS = new Set(['twilight', 'weekend', 'holiday', 'inset-day', 'self-paced']);

function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A CPD request form for a school intranet: the course (from a CPD Lens hand-off link, a pasted
 * link or typed in), dates, costs with supply cover at the policy's rate, the PD targets and SDP
 * objectives it serves, the expected impact, sharing, the CPL approach and how impact will be
 * evaluated, with a live score preview. Answers are saved on the device as they are typed and come
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
    status: { state: true },
    notice: { state: true },
    storage: { state: true },
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
  declare status: Status;
  declare notice: { key: MessageKey; params?: Record<string, string> } | null;
  declare storage: StorageState | undefined;
  declare outboxItem: OutboxItem | undefined;
  declare formDisabled: boolean;
  declare newTarget: string;
  declare newTargetObjective: string;
  declare newTargetError: boolean;

  private readonly internals: ElementInternals;
  private driver: OutboxDriver | undefined;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeStorage: (() => void) | undefined;
  private requestId = newId();
  private baseCourse: Course | undefined;
  private handoffApplied = '';
  private supplyTouched = false;
  private submittedId = '';
  private submitting = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private focusSummary = false;
  private focusAfterRender = '';
  /** Resolves once the school's configuration is loaded: a hand-off is judged against its objectives. */
  private configLoaded: () => void = () => {};
  private readonly configReady = new Promise<void>((ok) => (this.configLoaded = ok));
  /** Fields typed before the saved draft was read: they win over the draft's (see `mergeTyped`). */
  private readonly typedEarly = new Set<keyof FormValues>();
  private restoredDraft: () => void = () => {};
  /** Resolves once the saved draft has been read (or found missing): no save may overwrite it before. */
  private readonly draftRead = new Promise<void>((ok) => (this.restoredDraft = ok));
  private draftDone = false;
  private announced = new Set<string>();
  private lastRequest = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.draftKey = 'cpd-request';
    this.dbName = 'cpd-lens';
    this.values = emptyValues();
    this.errors = [];
    this.phase = 'loading';
    this.status = null;
    this.notice = null;
    this.formDisabled = false;
    this.newTarget = '';
    this.newTargetObjective = '';
    this.newTargetError = false;
  }

  /** What the form prices a request with: the school's policy's costs (never the whole default policy, issue 14's budget). */
  private get pricing(): Pick<Policy, 'costs'> {
    return { costs: schoolCosts(this._config) };
  }

  /** The request JSON when the answers are complete, else an empty string. */
  get value(): string {
    return this.lastRequest;
  }

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
    void this.restore();
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
    const retry = config?.retry;
    if (retry) this.driver?.configure({ baseMs: retry.firstDelaySeconds * 1000, capMs: retry.maxDelaySeconds * 1000 });
  }

  // ── Drafts ────────────────────────────────────────────────────────────────────────────────

  private get draftId(): string {
    return `draft:${this.draftKey.replace(/[^\w.:-]/g, '-')}`;
  }

  /** Drafts live in the best store that works (database, then this browser's Web Storage, then memory). */
  private async drafts() {
    return this.driver?.drafts();
  }

  /** Brings back the saved draft, then any hand-off in the page address, then any request still in the outbox. */
  private async restore(): Promise<void> {
    // The store stack loads after the first render: the fields take input meanwhile, and it is merged below.
    const [drafts] = await Promise.all([this.drafts().catch(() => undefined), location.hash ? loadScoring() : undefined]); // a hand-off's fees need the engine
    const draft = await drafts?.get(this.draftId).catch(() => undefined);
    this.draftDone = true;
    if (draft) {
      const saved = draft.values as Record<string, unknown>;
      this.values = mergeTyped(valuesFromDraft(saved), this.values, this.typedEarly);
      if (typeof saved.requestId === 'string') this.requestId = saved.requestId;
      if (typeof saved.handoffApplied === 'string') this.handoffApplied = saved.handoffApplied;
      if (typeof saved.submittedId === 'string') this.submittedId = saved.submittedId;
      if (saved.baseCourse && typeof saved.baseCourse === 'object') this.baseCourse = saved.baseCourse as Course;
      this.supplyTouched = saved.supplyTouched === true;
      this.notice = { key: 'form.draftRestored', params: { time: formatTime(Date.parse(draft.updatedAt), this.locale) } };
    }
    this.restoredDraft();
    if (this.typedEarly.size) this.scheduleSave(); // what was typed meanwhile, now with the draft
    await this.configReady;
    await this.applyHandoffFrom(location.hash);
    this.phase = 'editing';
    if (this.submittedId) {
      const item = await this.driver?.get(this.submittedId);
      if (item) this.onOutboxChange(item);
    }
  }

  private scheduleSave(): void {
    // "Saved as draft" only while everything typed is saved: a reload then loses nothing.
    if (this.status?.key === 'status.saved' || this.status?.key === 'status.savedMemory') this.status = null;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), SAVE_DELAY_MS);
  }

  private readonly onHidden = (): void => {
    if (document.visibilityState === 'hidden' && this.saveTimer !== undefined) void this.saveDraft();
  };

  private async saveDraft(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.draftRead; // never write over a draft not read yet
    const record = {
      id: this.draftId,
      updatedAt: new Date().toISOString(),
      values: {
        ...this.values,
        requestId: this.requestId,
        handoffApplied: this.handoffApplied,
        submittedId: this.submittedId,
        supplyTouched: this.supplyTouched,
        ...(this.baseCourse ? { baseCourse: this.baseCourse } : {}),
      },
    };
    try {
      const drafts = await this.drafts();
      if (!drafts) throw new Error('no storage');
      await drafts.put(record);
      if (this.phase === 'editing') this.status = { key: this.storage?.layer === 'memory' ? 'status.savedMemory' : 'status.saved' };
    } catch {
      this.status = { key: 'status.saveFailed' };
      this.dispatchEvent(new CpdErrorEvent('storage', this.t('status.saveFailed')));
    }
  }

  private async clearDraft(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.draftRead;
    await (await this.drafts().catch(() => undefined))?.delete(this.draftId).catch(() => undefined);
  }

  // ── Hand-off ──────────────────────────────────────────────────────────────────────────────

  private readonly onHashChange = (): void => {
    void this.applyHandoffFrom(location.hash).then((changed) => changed && this.scheduleSave());
  };

  /**
   * Applies a hand-off once per link: true when the form changed. Its decoding comes with the scoring
   * engine, which judges it anyway, so a page without a hand-off downloads neither (issue 14's budget).
   */
  private async applyHandoffFrom(fragment: string): Promise<boolean> {
    if (!fragment.includes(HANDOFF_MARK)) return false;
    const { decodeHandoff } = await loadScoring();
    const decoded = decodeHandoff(fragment);
    if (!decoded) return false;
    if (!decoded.ok) {
      this.notice = { key: 'form.handoffBroken', params: { reason: decoded.problems.map((p) => `${p.path} ${p.message}`.trim()).join('; ') } };
      return false;
    }
    const key = fragment.length > 200 ? `${fragment.length}:${fragment.slice(-120)}` : fragment;
    if (key === this.handoffApplied) return false;
    this.applyHandoff(decoded.value);
    this.handoffApplied = key;
    return true;
  }

  private applyHandoff(handoff: Handoff): void {
    const engine = scoring(this);
    if (!engine) return void loadScoring().then(() => this.applyHandoff(handoff)); // fees and hours need the engine
    const policy = engine.schoolPolicy(this._config);
    const { servedGoals } = engine;
    const value = engine.valueForMoney(handoff.course, policy);
    // Which of the hand-off's targets and the school's objectives the course really serves: only those are ticked.
    const profile: Profile = { schemaVersion: 1, id: 'handoff', role: 'teacher', subjects: [], targets: handoff.targets };
    const served = servedGoals(engine.scoreCourse(handoff.course, policy, profile, this.plan()).targets);
    this.baseCourse = handoff.course;
    this.values = applyHandoff(this.values, handoff, {
      feePerParticipant: value.feePerParticipant,
      hours: value.hours,
      served,
      objectiveIds: schoolObjectives(this._config).map((o) => o.id),
    });
    this.supplyTouched = false;
    this.suggestSupply();
    this.notice = { key: 'form.fromHandoff' };
  }

  // ── Editing ───────────────────────────────────────────────────────────────────────────────

  private set(patch: Partial<FormValues>): void {
    if (!this.draftDone) for (const key of Object.keys(patch) as (keyof FormValues)[]) this.typedEarly.add(key);
    this.values = { ...this.values, ...patch };
    if (this.errors.length) this.errors = this.errors.filter((e) => validate(this.values, this.objectivesOffered).some((n) => n.field === e.field && n.key === e.key));
    this.scheduleSave();
  }

  /** Fills supply days from the course length (core's rule) until the member of staff types their own. */
  private suggestSupply(): void {
    if (this.supplyTouched) return;
    if (!scoring(this)) return void loadScoring().then(() => this.suggestSupply()); // cover days need the engine
    const days = this.suggestedDays();
    this.values = { ...this.values, supplyDays: days === null ? this.values.supplyDays : String(days) };
  }

  private suggestedDays(): number | null {
    return this.coverSuggestion().days;
  }

  /** Supply cover from the sessions' dates and times (core's one rule, `coverDaysFor`), and the timing that explains it. */
  private coverSuggestion(): { days: number | null; timing: string; sessions: boolean } {
    const none = { days: null, timing: 'unknown', sessions: false };
    if (!this.values.hours && !this.baseCourse?.sessions?.length) return none;
    const engine = scoring(this);
    if (!engine) return none;
    const course = this.currentCourse();
    const policy = engine.schoolPolicy(this._config);
    const profile = engine.profileCourse(course, policy);
    return { days: engine.coverDaysFor(course, { policy, profile }), timing: profile.schedule.timing, sessions: Boolean(course.sessions?.length) };
  }

  private onDateInput(which: 'start' | 'end', part: DatePart, value: string): void {
    this.set(withDate(which, { ...dateParts(this.values, which), [part]: value }));
    this.suggestSupply();
  }

  private currentCourse(): Course {
    return buildCourse(this.values, this.baseCourse, schoolCosts(this._config).currency);
  }

  private onInput(event: Event): void {
    const el = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const key = el.dataset.field as keyof FormValues | undefined;
    if (!key) return;
    if (key === 'url' && el.value.includes(HANDOFF_MARK)) {
      try {
        // Kept as typed until the hand-off is applied (then the form takes the course from it).
        void this.applyHandoffFrom(new URL(el.value).hash).then((changed) => changed && this.scheduleSave());
      } catch {
        /* not a link after all: keep what was typed */
      }
    }
    if (key === 'supplyDays') this.supplyTouched = true;
    this.set({ [key]: el.value } as Partial<FormValues>);
    if (key === 'hours') this.suggestSupply();
  }

  private toggle(list: 'targetIds' | 'objectiveIds' | 'evaluation', id: string, on: boolean): void {
    const current = this.values[list];
    this.set({ [list]: on ? [...new Set([...current, id])] : current.filter((x) => x !== id) } as Partial<FormValues>);
  }

  private addTarget(): void {
    const textValue = this.newTarget.trim();
    if (!textValue) {
      this.newTargetError = true;
      return;
    }
    const id = targetId(textValue, this.values.targets);
    const target = { id, text: textValue.slice(0, 500), ...(this.newTargetObjective ? { sdpObjectiveId: this.newTargetObjective } : {}) };
    this.newTarget = '';
    this.newTargetObjective = '';
    this.newTargetError = false;
    this.set({ targets: [...this.values.targets, target], targetIds: [...this.values.targetIds, id] });
  }

  private removeTarget(id: string): void {
    this.set({ targets: this.values.targets.filter((t) => t.id !== id), targetIds: this.values.targetIds.filter((x) => x !== id) });
    void this.updateComplete.then(() => this.field('new-target')?.focus());
  }

  private get objectivesOffered(): boolean {
    return schoolObjectives(this._config).length > 0;
  }

  // ── Scoring ───────────────────────────────────────────────────────────────────────────────

  /** The plan with only the objectives the member of staff ticked, so the preview never claims an unticked one. */
  private tickedPlan(): SchoolPlan | undefined {
    const plan = this.plan();
    return plan && { ...plan, objectives: plan.objectives.filter((o) => this.values.objectiveIds.includes(o.id)) };
  }

  private plan(): SchoolPlan | undefined {
    const config = this._config;
    if (config?.plan) return config.objectives ? { ...config.plan, objectives: config.objectives } : config.plan;
    const objectives = schoolObjectives(config);
    if (!objectives.length) return undefined;
    return { schemaVersion: 1, id: 'config', school: config?.school ?? 'School', year: '-', objectives, budget: { total: 0, currency: 'GBP' }, commitments: [] };
  }

  private score(): ScoreResult | undefined {
    if (!this.values.courseTitle.trim()) return undefined;
    const selected = this.values.targets.filter((t) => this.values.targetIds.includes(t.id));
    const profile: Profile = { schemaVersion: 1, id: 'form', role: 'teacher', subjects: [], targets: selected, ...(this._config?.phase ? { phase: this._config.phase } : {}) };
    const engine = scoring(this);
    const result = engine?.scoreCourse(this.currentCourse(), engine.schoolPolicy(this._config), profile, this.tickedPlan());
    if (!result) return undefined;
    if (!this._config?.plan) result.value = { ...result.value, remainingBudget: null, shareOfRemainingBudget: null };
    return result;
  }

  // ── Sending ───────────────────────────────────────────────────────────────────────────────

  /** The request the answers make, or the problems to show. */
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
    });
    if (!built.ok) return { ok: false, errors: built.problems.map((p) => ({ field: steps.fieldOfPath(p.path), key: 'v.tooLong', params: { field: p.path } })) };
    return built;
  }

  /** "Continue": the answers are checked, then shown on a "Check your answers" page before sending. */
  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.submitting || this.phase !== 'editing') return;
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
        this.phase = 'checking';
        this.focusAfterRender = 'check-title';
      },
      () => this.dispatchEvent(new CpdErrorEvent('config', 'the “Check your answers” page could not be loaded: host the whole dist-cdn folder, chunks included')),
    );
  }

  /** From "Check your answers": back to the question, its field focused. */
  private change(field: string): void {
    this.phase = 'editing';
    void this.updateComplete.then(() => {
      const el = this.field(field);
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    });
  }

  /** "Send request" on the check page: queue in the outbox, which delivers exactly once. */
  private async send(): Promise<void> {
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
      const item = await this.driver!.submit(request, endpoint.url);
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

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.focusSummary = true;
    this.dispatchEvent(
      new CpdErrorEvent(
        'validation',
        this.t('error.title'),
        errors.map((e) => ({ field: e.field, message: errorText(this.t.bind(this), e) })),
      ),
    );
  }

  private onOutboxChange(item: OutboxItem): void {
    if (item.id !== this.submittedId) return;
    // A late read must not take a sent or refused request back to "sending".
    const known = this.outboxItem?.id === item.id ? this.outboxItem.status : undefined;
    if ((known === 'sent' || known === 'failed') && item.status !== known) return;
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
      this.status = { key: 'status.failed', params: { reason: item.lastError ?? '' } };
      once(`failed:${item.id}`, () => this.dispatchEvent(new CpdErrorEvent('delivery-failed', this.t('status.failed', { reason: item.lastError ?? '' }))));
    } else {
      this.phase = 'queued';
      if (item.status === 'sending' || item.attempts === 0) this.status = { key: 'status.sending' };
      else {
        const contact = this._config?.approver?.email ?? this._config?.approver?.name ?? this.t('status.yourIt');
        const waitingReason = navigator.onLine === false ? this.t('status.offline') : this.t('status.serverDown');
        this.status = deliveryStatus(item, { waitingReason, time: formatTime(item.nextAttemptAt, this.locale), contact, blockedOrigin: this.storage?.blockedOrigin });
        const status = this.status;
        once(`retry:${item.id}:${item.attempts}`, () => this.dispatchEvent(new CpdErrorEvent('delivery-retry', this.t(status.key, status.params))));
      }
    }
  }

  private downloadCopy(): void {
    const body = this.outboxItem?.body ?? (this.lastRequest ? (JSON.parse(this.lastRequest) as CpdRequest) : undefined);
    if (body && 'requester' in body) nextSteps?.downloadCopy(body, this.renderRoot);
  }

  /** After a refusal: keep every answer, and give the next attempt a new id (the old one was refused). */
  private editAgain(): void {
    this.requestId = newId();
    this.submittedId = '';
    this.phase = 'editing';
    this.status = null;
    this.scheduleSave();
  }

  /** After sending: a fresh form that keeps who you are (WCAG 3.3.7, no redundant entry). */
  private startNew(): void {
    this.values = { ...emptyValues(), name: this.values.name, email: this.values.email, targets: this.values.targets };
    this.requestId = newId();
    this.submittedId = '';
    this.baseCourse = undefined;
    this.supplyTouched = false;
    this.phase = 'editing';
    this.status = null;
    this.notice = null;
    this.errors = [];
    this.scheduleSave();
    void this.updateComplete.then(() => this.field('name')?.focus());
  }

  private async discard(): Promise<void> {
    if (!this.draftDone) for (const key of Object.keys(this.values) as (keyof FormValues)[]) this.typedEarly.add(key); // the draft read later must not come back
    this.values = emptyValues();
    this.errors = [];
    this.baseCourse = undefined;
    this.supplyTouched = false;
    this.notice = null;
    this.status = null;
    await this.clearDraft();
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
      el?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    }
    this.syncFormValue();
  }

  private syncFormValue(): void {
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
      this.internals.setValidity({ customError: true }, errorText(this.t.bind(this), errors[0]!), anchor ?? undefined);
      return;
    }
    // The document needs its schema check, which comes with the check page just after the first render (then this runs again).
    const built = nextSteps?.buildRequest(this.values, { id: this.requestId, now: new Date(), policy: this.pricing, ...(this.baseCourse ? { base: this.baseCourse } : {}) });
    this.lastRequest = built?.ok ? JSON.stringify(built.request) : '';
    this.internals.setFormValue(this.lastRequest || null, state);
    this.internals.setValidity({});
  }

  private field(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById?.(id) ?? null;
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

  private renderTargets(): TemplateResult {
    return renderTargets({
      values: this.values,
      errors: this.errors,
      objectives: schoolObjectives(this._config),
      t: (key, params) => this.t(key, params),
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
      t: (key, params) => this.t(key, params),
      onNew: () => this.startNew(),
      onEditAgain: () => this.editAgain(),
      onTryAgain: () => void this.driver?.flush(true),
      onDownload: () => this.downloadCopy(),
    });
  }

  private checkContext(): CheckContext {
    const objectives = schoolObjectives(this._config);
    return {
      values: this.values,
      t: (key, params) => this.t(key, params),
      locale: this.locale,
      policy: this.pricing,
      ...(this._config?.phase ? { phase: this._config.phase } : {}),
      objectives,
      onChange: (field) => this.change(field),
      onSend: () => void this.send(),
    };
  }

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing || !this._config) return html`${problems}`;
    const config = this._config;
    return html`
      <h2 class="title">${this.t('form.title')}${config.school ? html` <span class="school">— ${config.school}</span>` : nothing}</h2>
      ${this.renderStatus()} ${renderStorageNotice(this.storage, (key, params) => this.t(key, params), this.locale)}
      ${this.phase === 'checking' && nextSteps
        ? nextSteps.renderCheckAnswers(this.checkContext())
        : this.phase !== 'editing' && this.phase !== 'loading'
          ? this.renderOutcome()
          : renderQuestions({
              values: this.values,
              errors: this.errors,
              t: (key, params) => this.t(key, params),
              locale: this.locale,
              policy: this.pricing,
              phase: config.phase,
              coverHint: this.coverHint(),
              loading: this.phase === 'loading',
              disabled: this.formDisabled,
              lead: html`<p>${this.t('form.intro')}</p>
                ${config.approver ? html`<p>${this.t('form.approver', { name: config.approver.name })}</p>` : nothing}
                ${this.notice ? html`<p class="notice">${this.t(this.notice.key, this.notice.params)}</p>` : nothing}`,
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
