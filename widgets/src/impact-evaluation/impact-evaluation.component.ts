import { html, nothing, type TemplateResult } from 'lit';
import { ImpactEvaluation, check, ImpactLevel, type ImpactLevel as Level } from '@cpd-lens/core';
import { openCpdStore } from '@cpd-lens/core/store';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdEvaluationSubmitEvent } from '../events/cpd-evaluation-submit.ts';
import { CpdElement } from '../internal/base.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { styles } from './impact-evaluation.styles.ts';

const LEVELS = ImpactLevel.options;
const RATINGS = [1, 2, 3, 4, 5] as const;

interface LevelAnswer {
  rating: string;
  evidence: string;
  valueForMoney?: string;
}

/**
 * After the course: an impact evaluation across the five levels of the CPL policy (section 5.1) —
 * reaction, learning, use, organisational support and change (with value for money), and pupils.
 * Saved on this device (IndexedDB `evaluations`) and announced with `cpd-evaluation-submit`, so the
 * host page can forward it.
 *
 * @tag cpd-impact-evaluation
 * @summary An impact evaluation across the five levels.
 *
 * @attr course-title - The course being evaluated (pre-fills the name).
 * @attr provider - Its provider.
 * @attr request-id - The id of the CPD request it follows, to link the two.
 * @attr db-name - The IndexedDB database (default `cpd-lens`).
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @prop {ImpactEvaluation | undefined} evaluation - The last saved evaluation (read-only).
 *
 * @event {CpdEvaluationSubmitEvent} cpd-evaluation-submit - An evaluation was saved. `detail.evaluation` (ImpactEvaluation v1).
 * @event {CpdErrorEvent} cpd-error - Validation or storage problems.
 *
 * @csspart form - The inner form.
 * @csspart level - Each of the five levels.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart status - The live status line.
 * @csspart submit - The save button.
 *
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-font-size - Base font size.
 * @cssproperty --cpd-color-text - Text colour.
 * @cssproperty --cpd-color-accent - Button and radio colour.
 * @cssproperty --cpd-color-error - Error colour.
 */
export class CpdImpactEvaluation extends CpdElement {
  static override styles = [sharedStyles, styles];
  static override properties = {
    ...CpdElement.properties,
    courseTitle: { attribute: 'course-title' },
    provider: {},
    requestId: { attribute: 'request-id' },
    dbName: { attribute: 'db-name' },
    answers: { state: true },
    completed: { state: true },
    errors: { state: true },
    status: { state: true },
  };

  declare courseTitle: string;
  declare provider: string;
  declare requestId: string | undefined;
  declare dbName: string;
  declare answers: Record<Level, LevelAnswer>;
  declare completed: string;
  declare errors: { field: string; key: MessageKey }[];
  declare status: string;
  /** The last saved evaluation. */
  evaluation: ImpactEvaluation | undefined;
  private focusSummary = false;

  constructor() {
    super();
    this.configOptional = true;
    this.courseTitle = '';
    this.provider = '';
    this.dbName = 'cpd-lens';
    this.answers = Object.fromEntries(LEVELS.map((l) => [l, { rating: '', evidence: '' }])) as Record<Level, LevelAnswer>;
    this.completed = '';
    this.errors = [];
    this.status = '';
  }

  private setAnswer(level: Level, patch: Partial<LevelAnswer>): void {
    this.answers = { ...this.answers, [level]: { ...this.answers[level], ...patch } };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const errors: { field: string; key: MessageKey }[] = [];
    if (!this.courseTitle.trim()) errors.push({ field: 'ev-course', key: 'ev.v.course' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.completed)) errors.push({ field: 'ev-completed', key: 'ev.v.completed' });
    if (!LEVELS.some((l) => this.answers[l].rating)) errors.push({ field: `${LEVELS[0]}-1`, key: 'ev.v.rating' });
    this.errors = errors;
    if (errors.length) {
      this.focusSummary = true;
      this.dispatchEvent(new CpdErrorEvent('validation', this.t('error.title'), errors.map((e) => ({ field: e.field, message: this.t(e.key) }))));
      return;
    }
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
      id: globalThis.crypto.randomUUID(),
      ...(this.requestId ? { requestId: this.requestId } : {}),
      courseTitle: this.courseTitle.trim(),
      ...(this.provider.trim() ? { provider: this.provider.trim() } : {}),
      completedAt: this.completed,
      objectiveIds: [],
      levels,
    });
    if (!checked.ok) {
      this.status = checked.problems.map((p) => `${p.path} ${p.message}`).join('; ');
      return;
    }
    try {
      const store = await openCpdStore(this.dbName);
      await store.evaluations.put(checked.value);
      store.close();
    } catch {
      this.dispatchEvent(new CpdErrorEvent('storage', this.t('status.saveFailed')));
    }
    this.evaluation = checked.value;
    this.status = this.t('ev.saved');
    this.dispatchEvent(new CpdEvaluationSubmitEvent(checked.value));
  }

  protected override updated(): void {
    if (this.focusSummary) {
      this.focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }

  private focusField(event: Event, id: string): void {
    event.preventDefault();
    (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  private error(field: string): TemplateResult | typeof nothing {
    const e = this.errors.find((x) => x.field === field);
    return e ? html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${this.t('error.prefix')}</span> ${this.t(e.key)}</p>` : nothing;
  }

  private radios(name: string, legend: string, value: string, onPick: (v: string) => void, errorField?: string): TemplateResult {
    return html`<fieldset class="rating" aria-describedby=${errorField && this.errors.some((e) => e.field === errorField) ? `${errorField}-error` : nothing}>
      <legend>${legend}</legend>
      ${errorField ? this.error(errorField) : nothing}
      <div class="scale">
        ${RATINGS.map(
          (n) => html`<span class="choice">
            <input type="radio" id="${name}-${n}" name=${name} value=${n} .checked=${value === String(n)} @change=${() => onPick(String(n))} />
            <label for="${name}-${n}">${n}</label>
          </span>`,
        )}
      </div>
    </fieldset>`;
  }

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing) return html`${problems}`;
    return html`<h2>${this.t('ev.title')}</h2>
      <div class="status" part="status" role="status">${this.status}</div>
      ${this.errors.length
        ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
            <h2>${this.t('error.title')}</h2>
            <ul>${this.errors.map((e) => html`<li><a href="#${e.field}" @click=${(ev: Event) => this.focusField(ev, e.field)}>${this.t(e.key)}</a></li>`)}</ul>
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
          <input id="ev-provider" type="text" .value=${this.provider} @input=${(e: Event) => (this.provider = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="ev-completed">${this.t('ev.completed')}</label>
          ${this.error('ev-completed')}
          <input id="ev-completed" type="date" class="narrow" .value=${this.completed} aria-describedby=${this.errors.some((e) => e.field === 'ev-completed') ? 'ev-completed-error' : nothing} @input=${(e: Event) => (this.completed = (e.target as HTMLInputElement).value)} />
        </div>
        ${LEVELS.map((level, i) => {
          const a = this.answers[level];
          const label = this.t(`level.${level}` as MessageKey);
          return html`<section class="level panel" part="level" aria-labelledby="h-${level}">
            <h3 id="h-${level}">${i + 1}. ${label}</h3>
            ${this.radios(level, this.t('ev.rating', { level: label }), a.rating, (v) => this.setAnswer(level, { rating: v }), i === 0 ? `${LEVELS[0]}-1` : undefined)}
            ${level === 'organisation' ? this.radios('vfm', this.t('ev.vfm'), a.valueForMoney ?? '', (v) => this.setAnswer(level, { valueForMoney: v })) : nothing}
            <div class="field">
              <label for="${level}-evidence">${this.t('ev.evidence')} <span class="optional">${this.t('optional')}</span></label>
              <textarea id="${level}-evidence" rows="3" .value=${a.evidence} @input=${(e: Event) => this.setAnswer(level, { evidence: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>
          </section>`;
        })}
        <button type="submit" part="submit">${this.t('ev.save')}</button>
      </form>`;
  }
}
