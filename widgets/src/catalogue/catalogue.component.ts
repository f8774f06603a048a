import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Course, check, parseJson, Delivery, shownTotal, type PdTarget, type Profile, type ScoreResult, type Scorer } from '@cpd-lens/core';
import { CpdCourseSelectEvent } from '../events/cpd-course-select.ts';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdElement } from '../internal/base.ts';
import '../internal/i18n-widgets.ts'; // this widget's English text (the request form's page does without it)
import type { SchoolConfig } from '../internal/config.ts';
import { formatDate, formatMoney, safeHref } from '../internal/format.ts';
import type { MessageKey } from '../internal/i18n.ts';
import { coreWelsh, scoring } from '../internal/scoring.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { styles } from './catalogue.styles.ts';

type Sort = 'score' | 'price' | 'date';
interface Row {
  course: Course;
  score: ScoreResult;
  /** How strongly it serves the viewer's targets (0..1). */
  fit: number;
}

/** Reads a feed: a JSON array of courses, or `{ "courses": [...] }`. Courses that fail the schema are counted and left out. */
export function readFeed(value: unknown): { courses: Course[]; invalid: number } | null {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { courses?: unknown }).courses) ? (value as { courses: unknown[] }).courses : null;
  if (!list) return null;
  const courses: Course[] = [];
  let invalid = 0;
  for (const item of list.slice(0, 2000)) {
    const checked = check(Course, item);
    if (checked.ok) courses.push(checked.value);
    else invalid++;
  }
  return { courses, invalid };
}

const firstDate = (c: Course): string => c.sessions?.map((s) => s.start).sort()[0] ?? '9999';

/**
 * A list of courses from a JSON feed, scored against the school's policy and sorted by how well
 * they serve the viewer's PD targets and the School Development Plan. Filter by words and delivery;
 * "Request this course" opens the request form with the course handed over.
 *
 * @tag cpd-catalogue
 * @summary Courses from a feed, filtered and sorted by score for the viewer's targets.
 *
 * @attr src - URL of the course feed (JSON: an array of courses or `{ "courses": [...] }`); else the configuration's `catalogueUrl`.
 * @attr config-src - URL of the school's JSON configuration.
 * @attr form-url - The page with the request form; else the configuration's `formUrl`.
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @prop {PdTarget[]} targets - The viewer's PD targets (a target typed in the filter is added).
 * @prop {Course[]} courses - The courses, when set directly instead of `src`.
 * @prop {SchoolConfig} config - The school's configuration as an object.
 *
 * @event {CpdCourseSelectEvent} cpd-course-select - "Request this course" was chosen; cancel it to stay on the page.
 * @event {CpdErrorEvent} cpd-error - The feed could not be loaded or read (`detail.kind` = feed).
 *
 * @csspart filters - The search, target, delivery and sort controls.
 * @csspart list - The list of courses.
 * @csspart course - One course.
 * @csspart request - The "Request this course" link.
 * @csspart feed-error - The message shown when the feed is broken.
 * @csspart config-error - The box shown when the configuration is wrong.
 *
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-font-size - Base font size.
 * @cssproperty --cpd-color-text - Text colour.
 * @cssproperty --cpd-color-link - Link colour.
 * @cssproperty --cpd-color-border - Border colour.
 */
export class CpdCatalogue extends CpdElement {
  static override styles = [sharedStyles, styles];
  static override properties = {
    ...CpdElement.properties,
    src: {},
    formUrl: { attribute: 'form-url' },
    targets: { attribute: false },
    courses: { attribute: false },
    feedProblem: { state: true },
    invalid: { state: true },
    query: { state: true },
    target: { state: true },
    delivery: { state: true },
    sort: { state: true },
  };

  declare src: string | undefined;
  declare formUrl: string | undefined;
  declare targets: PdTarget[];
  declare courses: Course[] | undefined;
  declare feedProblem: string;
  declare invalid: number;
  declare query: string;
  declare target: string;
  declare delivery: string;
  declare sort: Sort;
  private loadedFrom = '';
  /** A scorer for the courses shown: every keystroke in the search or target fields scores them again (issue 24). */
  private scorer: { courses: Course[]; score: Scorer } | undefined;

  constructor() {
    super();
    this.configOptional = true;
    this.targets = [];
    this.feedProblem = '';
    this.invalid = 0;
    this.query = '';
    this.target = '';
    this.delivery = '';
    this.sort = 'score';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src) void this.load(new URL(this.src, document.baseURI).href);
  }

  protected override configChanged(config: SchoolConfig | undefined): void {
    if (!this.src && config?.catalogueUrl) void this.load(config.catalogueUrl);
  }

  private async load(url: string): Promise<void> {
    if (url === this.loadedFrom) return;
    this.loadedFrom = url;
    let reason = '';
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) reason = this.t('reason.serverAnswered', { status: response.status });
      else {
        const parsed = parseJson(await response.text());
        const feed = parsed.ok ? readFeed(parsed.value) : null;
        if (!parsed.ok) reason = this.t('reason.notJson');
        else if (!feed) reason = this.t('reason.notCourses');
        else {
          this.courses = feed.courses;
          this.invalid = feed.invalid;
          this.feedProblem = '';
          return;
        }
      }
    } catch {
      reason = this.t('reason.noAnswer');
    }
    this.feedProblem = reason;
    this.dispatchEvent(new CpdErrorEvent('feed', this.t('cat.feedBroken', { reason })));
  }

  private rows(): Row[] {
    const config = this._config;
    const targets = [...this.targets];
    if (this.target.trim()) targets.push({ id: 'typed', text: this.target.trim().slice(0, 500) });
    const profile: Profile = { schemaVersion: 1, id: 'viewer', role: 'teacher', subjects: [], targets, ...(config?.phase ? { phase: config.phase } : {}) };
    const words = this.query.toLowerCase().split(/\s+/).filter(Boolean);
    const rows: Row[] = [];
    const engine = scoring(this);
    if (!engine) return rows;
    const policy = engine.schoolPolicy(config);
    const courses = this.courses ?? [];
    if (this.scorer?.courses !== courses) this.scorer = { courses, score: engine.createScorer() };
    const scoreCourse = this.scorer.score;
    for (const course of courses) {
      if (this.delivery && course.delivery !== this.delivery) continue;
      const hay = `${course.title} ${course.provider ?? ''} ${course.description ?? ''}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) continue;
      const score = scoreCourse(course, policy, profile, config?.plan, { now: new Date().toISOString() });
      const fit = Math.max(0, ...score.targets.filter((m) => m.kind === 'target').map((m) => m.strength));
      rows.push({ course, score, fit });
    }
    // the one total every view shows decides the order (then how much of it is known, then target fit),
    // so a thin page never sorts above a documented strong fit on a number nobody sees (issue 9)
    const byScore = (a: Row, b: Row) => b.score.total - a.score.total || b.score.coverage - a.score.coverage || b.fit - a.fit;
    const cost = (r: Row) => r.score.value.totalCost ?? Number.POSITIVE_INFINITY;
    const compare = this.sort === 'price' ? (a: Row, b: Row) => cost(a) - cost(b) || byScore(a, b) : this.sort === 'date' ? (a: Row, b: Row) => firstDate(a.course).localeCompare(firstDate(b.course)) || byScore(a, b) : byScore;
    return rows.sort(compare);
  }

  private requestHref(row: Row): string | undefined {
    const base = safeHref(this.formUrl ?? this._config?.formUrl);
    const engine = scoring(this); // a row has a score, so the engine (which carries the hand-off's encoder) is loaded
    if (!base || !engine) return undefined;
    const targets = [...this.targets];
    if (this.target.trim()) targets.push({ id: 't-catalogue', text: this.target.trim().slice(0, 500) });
    const matched = new Set(row.score.targets.filter((m) => m.strength > 0).map((m) => m.targetId));
    const handoff = engine.encodeHandoff({
      v: 1,
      course: row.course,
      targets: targets.filter((t) => matched.has(t.id) || t.id === 't-catalogue'),
      objectiveIds: row.score.targets.filter((m) => m.kind === 'objective' && m.strength > 0).map((m) => m.targetId),
      score: { total: row.score.total, band: row.score.band, coverage: row.score.coverage },
    });
    return `${base.split('#')[0]}${handoff}`;
  }

  private onRequest(event: Event, row: Row): void {
    const select = new CpdCourseSelectEvent(row.course, row.score);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  private renderRow(row: Row): TemplateResult {
    const c = row.course;
    const v = row.score.value;
    const href = this.requestHref(row);
    const page = safeHref(c.url);
    const when = c.sessions?.length ? firstDate(c) : undefined;
    return html`<li class="course" part="course">
      <h3>${c.title}</h3>
      ${c.provider ? html`<p class="provider">${c.provider}</p>` : nothing}
      <dl class="figures">
        <dt>${this.t('score.total')}</dt>
        <dd class="score">${shownTotal(row.score) === null ? '' : `${this.t('score.outOf', { total: shownTotal(row.score)! })} — `}${scoring(this)?.bandIn(row.score.bandId, row.score.band, this.locale === 'cy' ? coreWelsh() : undefined) ?? row.score.band}</dd>
        <dt>${this.t('cat.price')}</dt>
        <dd>${v.totalCost === null ? this.t('money.unknown') : v.totalCost === 0 ? this.t('cat.free') : formatMoney(v.totalCost, this.locale, v.currency)}</dd>
        ${when ? html`<dt>${this.t('cat.next')}</dt><dd>${formatDate(when, this.locale)}</dd>` : nothing}
        ${c.delivery ? html`<dt>${this.t('cat.delivery')}</dt><dd>${this.t(`delivery.${c.delivery}` as MessageKey)}</dd>` : nothing}
      </dl>
      <p class="links">
        ${href ? html`<a part="request" class="request" href=${href} @click=${(e: Event) => this.onRequest(e, row)}>${this.t('cat.request')}<span class="visually-hidden">: ${c.title}</span></a>` : nothing}
        ${page ? html`<a href=${page} rel="noopener noreferrer" target="_blank">${this.t('cat.visit')}<span class="visually-hidden">: ${c.title}</span></a>` : nothing}
      </p>
    </li>`;
  }

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing) return html`${problems}`;
    if (this.feedProblem) return html`<h2>${this.t('cat.title')}</h2><div class="error-summary" part="feed-error" role="alert"><p>${this.t('cat.feedBroken', { reason: this.feedProblem })}</p></div>`;
    if (!this.courses || !scoring(this)) return html`<p role="status">${this.t('config.loading')}</p>`;
    const rows = this.rows();
    return html`<h2>${this.t('cat.title')}</h2>
      <div class="filters" part="filters">
        <div class="field">
          <label for="q">${this.t('cat.search')}</label>
          <input id="q" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="target">${this.t('cat.target')}</label>
          <span id="target-hint" class="hint">${this.t('cat.targetHint')}</span>
          <input id="target" type="text" aria-describedby="target-hint" .value=${this.target} @input=${(e: Event) => (this.target = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="delivery">${this.t('cat.delivery')}</label>
          <select id="delivery" @change=${(e: Event) => (this.delivery = (e.target as HTMLSelectElement).value)}>
            <option value="">${this.t('cat.delivery.any')}</option>
            ${Delivery.options.map((d) => html`<option value=${d} ?selected=${this.delivery === d}>${this.t(`delivery.${d}` as MessageKey)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="sort">${this.t('cat.sort')}</label>
          <select id="sort" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as Sort)}>
            ${(['score', 'price', 'date'] as const).map((s) => html`<option value=${s} ?selected=${this.sort === s}>${this.t(`cat.sort.${s}`)}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" role="status">${this.t('cat.count', { count: rows.length, total: this.courses.length })}</p>
      ${this.invalid ? html`<p class="notice">${this.t('cat.feedInvalid', { count: this.invalid })}</p>` : nothing}
      ${rows.length ? html`<ul class="list" part="list">${rows.map((r) => this.renderRow(r))}</ul>` : html`<p>${this.t('cat.none')}</p>`}`;
  }
}
