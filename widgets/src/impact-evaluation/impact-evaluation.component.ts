import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { staffOf } from '../internal/base.ts';
import { ImpactEvaluation, check, ImpactLevel, resolveEndpoint, type ImpactLevel as Level, type OutboxItem } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdEvaluationSubmitEvent } from '../events/cpd-evaluation-submit.ts';
import { CpdElement } from '../internal/base.ts';
import '../internal/i18n-widgets.ts'; // this widget's English text (the request form's page does without it)
import { checkDate, dateInputStyles, isoOf, renderDateInput, type DatePart, type DateParts } from '../internal/date-input.ts';
import { formatTime } from '../internal/format.ts';
import { newId } from '../internal/new-id.ts';
import { intlTag, type MessageKey } from '../internal/i18n.ts';
import { OutboxController } from '../internal/outbox.controller.ts';
import type { SchoolConfig } from '../internal/config.ts';
import { renderStorageNotice } from '../internal/storage-notice.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { styles } from './impact-evaluation.styles.ts';
import { levelPrompt, renderScale } from './levels.ts';

const LEVELS = ImpactLevel.options;

interface LevelAnswer {
  rating: string;
  evidence: string;
  valueForMoney?: string;
}

interface EvError {
  field: string;
  key: MessageKey;
  parts?: DatePart[];
  params?: Record<string, string>;
}

/** The longest answers an evaluation holds (core's ImpactEvaluation schema): longer is said beside the field, never as a schema path. */
const LONGEST = { course: 300, provider: 200, evidence: 2000 } as const;

/** What the banner at the top says: the outcome of pressing the button, where the user is looking. */
type Banner = { kind: 'success' | 'important' | 'error'; title: MessageKey; body: MessageKey; params?: Record<string, string> };

/**
 * After the course: an impact evaluation across the five levels of the CPL policy (section 5.1,
 * Guskey's levels) — reaction, learning, use, organisational support and change (with value for
 * money), and pupils — each rated 1–5 with words at both ends and a prompt. It is delivered like a
 * request: through the same outbox to the school's `evaluationEndpoint` (ImpactEvaluation JSON,
 * schema version 1, `Idempotency-Key` = its id), exactly once, retried until the school's system
 * answers. A copy stays on this device (IndexedDB `evaluations`). The outcome is shown in a
 * notification banner at the top, which takes focus. Storage trouble, documents waiting more than a
 * day, a cleared database and an endpoint the page's CSP blocks are told as on the request form.
 *
 * @tag cpd-impact-evaluation
 * @summary An impact evaluation across the five levels, delivered to the school.
 *
 * @attr config-src - URL of the school's JSON configuration; its `evaluationEndpoint` is where evaluations go.
 * @attr evaluation-endpoint - Where evaluations are POSTed; overrides the configuration's `evaluationEndpoint`.
 * @attr course-title - The course being evaluated (pre-fills the name).
 * @attr provider - Its provider.
 * @attr request-id - The id of the CPD request it follows, to link the two.
 * @attr objective-ids - Space-separated SDP objective ids the course served (for the governors' report).
 * @attr db-name - The IndexedDB database (default `cpd-lens`).
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @prop {ImpactEvaluation | undefined} evaluation - The last evaluation sent or saved (read-only).
 *
 * @event {CpdEvaluationSubmitEvent} cpd-evaluation-submit - An evaluation was saved and queued. `detail.evaluation` (ImpactEvaluation v1).
 * @event {CpdErrorEvent} cpd-error - Validation, storage or delivery problems.
 *
 * @csspart form - The inner form.
 * @csspart banner - The notification banner with the outcome.
 * @csspart level - Each of the five levels.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart status - The live status line.
 * @csspart storage-notice - What went wrong with this device's storage or sending, and what to do.
 * @csspart submit - The send button.
 *
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-font-size - Base font size.
 * @cssproperty --cpd-color-text - Text colour.
 * @cssproperty --cpd-color-accent - Button and radio colour.
 * @cssproperty --cpd-color-error - Error colour.
 */
export class CpdImpactEvaluation extends CpdElement {
  static override styles = [sharedStyles, dateInputStyles, styles];
  static override properties = {
    ...CpdElement.properties,
    courseTitle: { attribute: 'course-title' },
    provider: {},
    requestId: { attribute: 'request-id' },
    objectiveIds: { attribute: 'objective-ids' },
    evaluationEndpoint: { attribute: 'evaluation-endpoint' },
    dbName: { attribute: 'db-name' },
    answers: { state: true },
    completed: { state: true },
    errors: { state: true },
    banner: { state: true },
    done: { state: true },
  };

  declare courseTitle: string;
  declare provider: string;
  declare requestId: string | undefined;
  declare objectiveIds: string | undefined;
  declare evaluationEndpoint: string | undefined;
  declare dbName: string;
  declare answers: Record<Level, LevelAnswer>;
  declare completed: DateParts;
  declare errors: EvError[];
  declare banner: Banner | null;
  /** The form has been sent (or saved): the confirmation replaces it. */
  declare done: boolean;
  /** The last evaluation sent or saved. */
  evaluation: ImpactEvaluation | undefined;
  private focusTarget: 'summary' | 'banner' | '' = '';
  /** One id per evaluation, kept across presses, so a double click or a retry is delivered once. */
  private evaluationId = newId();
  /** The page's outbox: delivery, this device's storage state and the delivery reasons. */
  private readonly outbox = new OutboxController(this, (item) => this.onOutboxChange(item));

  constructor() {
    super();
    this.configOptional = true;
    this.courseTitle = '';
    this.provider = '';
    this.dbName = 'cpd-lens';
    this.answers = Object.fromEntries(LEVELS.map((l) => [l, { rating: '', evidence: '' }])) as Record<Level, LevelAnswer>;
    this.completed = { day: '', month: '', year: '' };
    this.errors = [];
    this.banner = null;
    this.done = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.fromRequestLink();
  }

  /** The school's `retry` settings pace an evaluation's retries as they do a request's (README: "How quickly failed deliveries are retried"). */
  protected override configChanged(config: SchoolConfig | undefined): void {
    this.outbox.driver?.configure(config?.retry);
  }

  /**
   * The request form's confirmation links here with `#cpd-evaluate=<request id>&course=<title>`: the
   * evaluation carries that request's id, so the report takes its cost, hours, member of staff and objectives.
   */
  private fromRequestLink(): void {
    const link = new URLSearchParams(location.hash.slice(1));
    const id = link.get('cpd-evaluate');
    if (this.requestId || !id || !/^\w[\w.:-]{0,119}$/.test(id)) return;
    this.requestId = id;
    this.courseTitle ||= (link.get('course') ?? '').trim().slice(0, 300);
  }

  private setAnswer(level: Level, patch: Partial<LevelAnswer>): void {
    this.answers = { ...this.answers, [level]: { ...this.answers[level], ...patch } };
  }

  private validate(): EvError[] {
    const errors: EvError[] = [];
    if (!this.courseTitle.trim()) errors.push({ field: 'ev-course', key: 'ev.v.course' });
    else if (this.courseTitle.trim().length > LONGEST.course) errors.push({ field: 'ev-course', key: 'ev.v.courseLong', params: { max: String(LONGEST.course) } });
    if (this.provider.trim().length > LONGEST.provider) errors.push({ field: 'ev-provider', key: 'ev.v.providerLong', params: { max: String(LONGEST.provider) } });
    const date = checkDate(this.completed, true, 'ev.v.completed');
    const iso = isoOf(this.completed);
    if (date) errors.push({ field: `ev-completed-${date.parts[0]}`, key: date.key, parts: date.parts });
    else if (iso && iso > new Date().toISOString().slice(0, 10)) errors.push({ field: 'ev-completed-day', key: 'v.date.past', parts: ['day', 'month', 'year'] });
    if (!LEVELS.some((l) => this.answers[l].rating)) errors.push({ field: `${LEVELS[0]}-1`, key: 'ev.v.rating' });
    for (const l of LEVELS) {
      if (this.answers[l].evidence.trim().length > LONGEST.evidence) errors.push({ field: `${l}-evidence`, key: 'ev.v.evidenceLong', params: { level: this.t(`level.${l}` as MessageKey), max: LONGEST.evidence.toLocaleString(intlTag(this.locale)) } });
    }
    return errors;
  }

  private message(e: EvError): string {
    return this.t(e.key, { label: this.t('date.completedLabel'), ...e.params });
  }

  private build(): ImpactEvaluation | string {
    const levels: Record<string, unknown> = {};
    for (const l of LEVELS) {
      const a = this.answers[l];
      if (!a.rating) continue;
      levels[l] = {
        rating: Number(a.rating),
        ...(a.evidence.trim() ? { evidence: a.evidence.trim() } : {}),
        ...(l === 'organisation' && a.valueForMoney ? { valueForMoney: Number(a.valueForMoney) } : {}),
      };
    }
    const checked = check(ImpactEvaluation, {
      schemaVersion: 1,
      id: this.evaluationId,
      ...(this.requestId ? { requestId: this.requestId } : {}),
      ...staffOf(this),
      courseTitle: this.courseTitle.trim(),
      ...(this.provider.trim() ? { provider: this.provider.trim() } : {}),
      completedAt: isoOf(this.completed),
      objectiveIds: (this.objectiveIds ?? '').split(/\s+/).filter(Boolean).slice(0, 50),
      levels,
    });
    // what the form checks is said beside its field; what is left came from the page (its attributes or link), named by setting
    return checked.ok ? checked.value : this.t('ev.invalidPage', { settings: [...new Set(checked.problems.map((p) => p.path.split(/[.[]/)[0]))].join(', ') });
  }

  /** Where evaluations go: the attribute, else the configuration's `evaluationEndpoint`; null when not set up. */
  private target(): { ok: true; url: string } | { ok: false; message: string } | null {
    const value = this.evaluationEndpoint ?? this._config?.evaluationEndpoint;
    return value ? resolveEndpoint(value, location.href) : null;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const errors = this.validate();
    this.errors = errors;
    if (errors.length) {
      this.focusTarget = 'summary';
      this.dispatchEvent(new CpdErrorEvent('validation', this.t('error.title'), errors.map((e) => ({ field: e.field, message: this.message(e) }))));
      return;
    }
    const evaluation = this.build();
    if (typeof evaluation === 'string') return this.show({ kind: 'error', title: 'ev.banner.problem', body: 'ev.invalid', params: { reason: evaluation } });
    this.evaluation = evaluation;
    // A copy on this device first: nothing is lost if the page closes before delivery.
    const store = (await this.outbox.driver?.ready.catch(() => undefined))?.store;
    await store?.evaluations.put(evaluation).catch(() => this.dispatchEvent(new CpdErrorEvent('storage', this.t('status.saveFailed'))));
    this.dispatchEvent(new CpdEvaluationSubmitEvent(evaluation));
    const target = this.target();
    if (target === null) return this.show({ kind: 'success', title: 'ev.banner.success', body: 'ev.savedOnly' }, true);
    if (!target.ok) {
      this._configProblems = [{ path: 'evaluationEndpoint', message: target.message }];
      return;
    }
    this.show({ kind: 'important', title: 'ev.banner.saved', body: 'ev.sending' }, true);
    const item = await this.outbox.driver!.submit(evaluation, { url: target.url, delivery: this._config?.delivery }).catch(() => undefined);
    if (!item) return this.show({ kind: 'error', title: 'ev.banner.problem', body: 'ev.failed', params: { reason: this.t('reason.chunks') } });
    this.onOutboxChange(item);
  }

  private show(banner: Banner, done = this.done): void {
    this.banner = banner;
    this.done = done;
    this.focusTarget = 'banner';
  }

  private onOutboxChange(item: OutboxItem): void {
    if (item.id !== this.evaluation?.id || !this.done) return;
    if (item.status === 'sent') {
      if (this.banner?.body !== 'ev.sent') this.show({ kind: 'success', title: 'ev.banner.success', body: 'ev.sent' });
    } else if (item.status === 'failed') {
      // the reason in the widget's language: core's Welsh loads first (issue 25)
      const reason = this.outbox.reason(item, () => this.onOutboxChange(item));
      if (reason === undefined) return;
      this.show({ kind: 'error', title: 'ev.banner.problem', body: 'ev.failed', params: { reason } });
      this.dispatchEvent(new CpdErrorEvent('delivery-failed', this.t('ev.failed', { reason })));
    } else if (item.attempts > 0 && item.status === 'pending') {
      // Said once, without moving focus again: the banner already has it.
      this.banner = { kind: 'important', title: 'ev.banner.saved', body: 'ev.waiting', params: { time: formatTime(item.nextAttemptAt, this.locale) } };
    }
  }

  /** After a refusal: the answers are still here; a new id, since the school refused the old one. */
  private editAgain(): void {
    this.evaluationId = newId();
    this.done = false;
    this.banner = null;
  }

  /** A fresh form for another course. */
  private another(): void {
    this.evaluationId = newId();
    this.answers = Object.fromEntries(LEVELS.map((l) => [l, { rating: '', evidence: '' }])) as Record<Level, LevelAnswer>;
    this.completed = { day: '', month: '', year: '' };
    this.courseTitle = '';
    this.provider = '';
    this.requestId = undefined;
    this.done = false;
    this.banner = null;
    void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById('ev-course')?.focus());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusTarget;
    this.focusTarget = '';
    const el = target && this.renderRoot.querySelector<HTMLElement>(target === 'summary' ? '.error-summary' : '.notification-banner');
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
  }

  private focusField(event: Event, id: string): void {
    event.preventDefault();
    (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  private error(field: string): TemplateResult | typeof nothing {
    const e = this.errors.find((x) => x.field === field);
    return e ? html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${this.t('error.prefix')}</span> ${this.message(e)}</p>` : nothing;
  }

  private renderBanner(): TemplateResult | typeof nothing {
    const b = this.banner;
    if (!b) return nothing;
    return html`<div class="notification-banner ${b.kind}" part="banner" role=${b.kind === 'important' ? 'region' : 'alert'} aria-labelledby="banner-title" tabindex="-1">
      <div class="banner-header"><h2 id="banner-title">${this.t(b.title)}</h2></div>
      <div class="banner-content">
        <p class="banner-heading">${this.t(b.body, { ...b.params, course: this.evaluation?.courseTitle ?? '' })}</p>
        ${b.kind === 'error'
          ? html`<button type="button" @click=${() => this.editAgain()}>${this.t('form.changeAnswers')}</button>`
          : this.done
            ? html`<button type="button" class="secondary" @click=${() => this.another()}>${this.t('ev.another')}</button>`
            : nothing}
      </div>
    </div>`;
  }

  private renderLevels(): TemplateResult[] {
    return LEVELS.map((level, i) => {
      const a = this.answers[level];
      const label = this.t(`level.${level}` as MessageKey);
      const ratingError = i === 0 ? this.errors.find((e) => e.field === `${LEVELS[0]}-1`) : undefined;
      return html`<section class="level panel" part="level" aria-labelledby="h-${level}">
        <h3 id="h-${level}">${i + 1}. ${label}</h3>
        <p class="hint prompt">${levelPrompt((k, p) => this.t(k, p), level)}</p>
        ${renderScale({
          name: level,
          legend: this.t('ev.rating', { level: label }),
          low: this.t('ev.scaleLow'),
          high: this.t('ev.scaleHigh'),
          value: a.rating,
          onPick: (v) => this.setAnswer(level, { rating: v }),
          ...(ratingError ? { error: { id: `${ratingError.field}-error`, text: this.message(ratingError), prefix: this.t('error.prefix') } } : {}),
        })}
        ${level === 'organisation'
          ? renderScale({ name: 'vfm', legend: this.t('ev.vfm'), low: this.t('ev.vfmLow'), high: this.t('ev.vfmHigh'), value: a.valueForMoney ?? '', onPick: (v) => this.setAnswer(level, { valueForMoney: v }) })
          : nothing}
        <div class="field">
          <label for="${level}-evidence">${this.t('ev.evidence')} <span class="optional">${this.t('optional')}</span></label>
          ${this.error(`${level}-evidence`)}
          <textarea id="${level}-evidence" rows="3" .value=${a.evidence} aria-describedby=${this.errors.some((e) => e.field === `${level}-evidence`) ? `${level}-evidence-error` : nothing} @input=${(e: Event) => this.setAnswer(level, { evidence: (e.target as HTMLTextAreaElement).value })}></textarea>
        </div>
      </section>`;
    });
  }

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing) return html`${problems}`;
    const dateError = this.errors.find((e) => e.field.startsWith('ev-completed-'));
    return html`<h2>${this.t('ev.title')}</h2>
      ${this.renderBanner()}
      <div class="status visually-hidden" part="status" role="status">${this.banner ? this.t(this.banner.body, { ...this.banner.params, course: this.evaluation?.courseTitle ?? '' }) : ''}</div>
      ${renderStorageNotice(this.outbox.storage, (key, params) => this.t(key, params), this.locale)}
      ${this.done
        ? nothing
        : html`${this.errors.length
              ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
                  <h2>${this.t('error.title')}</h2>
                  <ul>${this.errors.map((e) => html`<li><a href="#${e.field}" @click=${(ev: Event) => this.focusField(ev, e.field)}>${this.message(e)}</a></li>`)}</ul>
                </div>`
              : nothing}
            <p>${this.t('ev.intro')}</p>
            <form part="form" novalidate @submit=${this.onSubmit}>
              <div class="field">
                <label for="ev-course">${this.t('ev.course')}</label>
                ${this.error('ev-course')}
                <input id="ev-course" type="text" .value=${this.courseTitle} aria-describedby=${this.errors.some((e) => e.field === 'ev-course') ? 'ev-course-error' : nothing} @input=${(e: Event) => (this.courseTitle = (e.target as HTMLInputElement).value)} />
              </div>
              <div class="field">
                <label for="ev-provider">${this.t('ev.provider')} <span class="optional">${this.t('optional')}</span></label>
                ${this.error('ev-provider')}
                <input id="ev-provider" type="text" .value=${this.provider} aria-describedby=${this.errors.some((e) => e.field === 'ev-provider') ? 'ev-provider-error' : nothing} @input=${(e: Event) => (this.provider = (e.target as HTMLInputElement).value)} />
              </div>
              ${renderDateInput({
                id: 'ev-completed',
                legend: this.t('ev.completed'),
                hint: this.t('date.hint'),
                labels: { day: this.t('date.day'), month: this.t('date.month'), year: this.t('date.year') },
                value: this.completed,
                ...(dateError ? { error: { text: this.message(dateError), prefix: this.t('error.prefix'), parts: dateError.parts ?? [] } } : {}),
                onInput: (part, value) => (this.completed = { ...this.completed, [part]: value }),
              })}
              ${this.renderLevels()}
              <button type="submit" part="submit">${this.t('ev.save')}</button>
            </form>`}`;
  }
}
