import type { CostRecord, Course, OutboxItem, Policy, SchoolPlan } from '@cpd-lens/core';
import { schoolCosts, schoolObjectives } from '@cpd-lens/core';
import { CpdElement } from '../internal/base.ts';
import type { MessageKey } from '../internal/i18n.ts';
import type { OutboxDriver, StorageState } from '../internal/outbox-driver.ts';
import { emptyValues, type FieldError, type FormValues } from './values.ts';
import { newId } from '../internal/new-id.ts';

export type Phase = 'loading' | 'editing' | 'checking' | 'queued' | 'sent' | 'failed';
type Status = { key: MessageKey; params?: Record<string, string> } | null;

/** What marks a CPD Lens hand-off in an address (core's `HANDOFF_KEY`): only then is its decoder loaded. */
export const HANDOFF_MARK = 'cpd-request=';


/**
 * The request form's state: its reactive properties and what its sections share. The form is built in
 * layers, one file per section: this state, drafts and hand-offs (`form-drafts.ts`), editing
 * (`form-editing.ts`), sending and its outcome (`form-sending.ts`), and the element with its rendering
 * (`request-form.component.ts`). A section calls a later one only through the abstract methods below.
 */
export abstract class RequestFormState extends CpdElement {
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
  /** The question page shown (issue 22), an index of `STEPS` in steps.ts; the check page is `phase` 'checking'. */
  declare step: number;
  declare status: Status;
  declare notice: { key: MessageKey; params?: Record<string, string> } | null;
  declare storage: StorageState | undefined;
  declare outboxItem: OutboxItem | undefined;
  declare formDisabled: boolean;
  declare newTarget: string;
  declare newTargetObjective: string;
  declare newTargetError: boolean;

  protected readonly internals: ElementInternals;
  protected driver: OutboxDriver | undefined;
  protected unsubscribe: (() => void) | undefined;
  protected unsubscribeStorage: (() => void) | undefined;
  protected requestId = newId();
  protected baseCourse: Course | undefined;
  /** The cost record the hand-off brought (or the form worked out from it), carried into the request. */
  protected cost: CostRecord | undefined;
  protected handoffApplied = '';
  protected supplyTouched = false;
  protected submittedId = '';
  protected submitting = false;
  protected saveTimer: ReturnType<typeof setTimeout> | undefined;
  protected focusSummary = false;
  protected focusAfterRender = '';
  /** Came from a Change link on the check page: Continue goes back there once every answer is right. */
  protected returnToCheck = false;
  /** Resolves once the school's configuration is loaded: a hand-off is judged against its objectives. */
  protected configLoaded: () => void = () => {};
  protected readonly configReady = new Promise<void>((ok) => (this.configLoaded = ok));
  /** Fields typed before the saved draft was read: they win over the draft's (see `mergeTyped`). */
  protected readonly typedEarly = new Set<keyof FormValues>();
  protected restoredDraft: () => void = () => {};
  /** Resolves once the saved draft has been read (or found missing): no save may overwrite it before. */
  protected readonly draftRead = new Promise<void>((ok) => (this.restoredDraft = ok));
  protected draftDone = false;
  protected announced = new Set<string>();
  protected lastRequest = '';

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

  /** What the form prices a request with: the school's policy's costs (never the whole default policy, issue 14's budget). */
  protected get pricing(): Pick<Policy, 'costs'> {
    return { costs: schoolCosts(this._config) };
  }

  /** The request JSON when the answers are complete, else an empty string. */
  get value(): string {
    return this.lastRequest;
  }

  /** `t` as a function value, for the section views. */
  protected readonly tr = (key: MessageKey, params?: Record<string, string | number>): string => this.t(key, params);

  protected get objectivesOffered(): boolean {
    return schoolObjectives(this._config).length > 0;
  }

  /** The school's plan: its own, else one made of the configuration's objectives, else none. */
  protected plan(): SchoolPlan | undefined {
    const config = this._config;
    if (config?.plan) return config.objectives ? { ...config.plan, objectives: config.objectives } : config.plan;
    const objectives = schoolObjectives(config);
    if (!objectives.length) return undefined;
    return { schemaVersion: 1, id: 'config', school: config?.school ?? 'School', year: '-', objectives, budget: { total: 0, currency: 'GBP' }, commitments: [] };
  }

  protected field(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById?.(id) ?? null;
  }

  /** Fills supply days from the course length until the member of staff types their own (editing). */
  protected abstract suggestSupply(): void;
  /** Follows the submitted request through the outbox (sending). */
  protected abstract onOutboxChange(item: OutboxItem): void;
  /** On to "Check your answers" when every answer is right, else to the first step with a problem (sending). */
  protected abstract toCheck(focus?: boolean): void;
}
