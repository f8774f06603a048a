import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Course, check, parseJson, type PdTarget, type Profile, type ScoreResult } from '@cpd-lens/core';
import { CpdElement } from '../internal/base.ts';
import { schoolCosts, schoolObjectives } from '@cpd-lens/core';
import { coreWelsh, scoring } from '../internal/scoring.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { styles } from './score.styles.ts';

/**
 * A score card for one course against the school's CPD policy: the total out of 100, the band in
 * words, how much the policy could judge (coverage), the PD targets and SDP objectives it serves,
 * value-for-money figures, and each criterion with its evidence and the questions to ask.
 * Works without configuration (CPD Lens's default policy).
 *
 * @tag cpd-score
 * @summary A score card for a course.
 *
 * @attr config-src - URL of the school's JSON configuration (policy, objectives, plan).
 * @attr course-src - URL of a course as JSON (the CPD Lens Course schema).
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @attr compact - Only the headline figures, without criteria and questions.
 * @prop {Course} course - The course to score (wins over `course-src`).
 * @prop {PdTarget[]} targets - The viewer's PD targets, to show which ones the course serves.
 * @prop {SchoolConfig} config - The school's configuration as an object.
 *
 * @csspart score-card - The card.
 * @csspart score-figures - The headline figures.
 * @csspart score-total - The total.
 * @csspart score-band - The band.
 * @csspart score-coverage - The coverage.
 * @csspart score-criteria - The criteria list.
 * @csspart score-questions - The questions for the provider.
 * @csspart config-error - The box shown when the configuration is wrong.
 *
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-font-size - Base font size.
 * @cssproperty --cpd-color-text - Text colour.
 * @cssproperty --cpd-color-background - Background colour.
 * @cssproperty --cpd-color-border - Border colour.
 */
export class CpdScore extends CpdElement {
  static override styles = [sharedStyles, styles];
  static override properties = {
    ...CpdElement.properties,
    course: { attribute: false },
    courseSrc: { attribute: 'course-src' },
    targets: { attribute: false },
    compact: { type: Boolean },
    courseProblem: { state: true },
    loaded: { state: true },
  };

  declare course: Course | undefined;
  declare courseSrc: string | undefined;
  declare targets: PdTarget[];
  declare compact: boolean;
  declare courseProblem: string;
  declare loaded: Course | undefined;

  constructor() {
    super();
    this.configOptional = true;
    this.targets = [];
    this.compact = false;
    this.courseProblem = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('courseSrc') && this.courseSrc) void this.loadCourse(this.courseSrc);
  }

  private async loadCourse(src: string): Promise<void> {
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const parsed = parseJson(await response.text());
      const checked = parsed.ok ? check(Course, parsed.value) : parsed;
      if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path} ${p.message}`.trim()).join('; '));
      this.loaded = checked.value;
      this.courseProblem = '';
    } catch (error) {
      this.courseProblem = `${src}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** The score as shown, or undefined when there is no course yet (or the scoring engine is still loading: it re-renders then). */
  get result(): ScoreResult | undefined {
    const course = this.course ?? this.loaded;
    if (!course) return undefined;
    const config = this._config;
    const profile: Profile = { schemaVersion: 1, id: 'viewer', role: 'teacher', subjects: [], targets: this.targets, ...(config?.phase ? { phase: config.phase } : {}) };
    const objectives = schoolObjectives(config);
    const plan = config?.plan ?? (objectives.length ? { schemaVersion: 1 as const, id: 'config', school: config?.school ?? 'School', year: '-', objectives, budget: { total: 0, currency: 'GBP' }, commitments: [] } : undefined);
    const engine = scoring(this);
    const result = engine?.scoreCourse(course, engine.schoolPolicy(config), profile, plan, { now: new Date().toISOString() });
    if (!result) return undefined;
    if (!config?.plan) result.value = { ...result.value, remainingBudget: null, shareOfRemainingBudget: null };
    return result;
  }

  override render(): TemplateResult {
    const problems = this.renderConfigProblems();
    if (problems !== nothing) return html`${problems}`;
    if (this.courseProblem) return html`<div class="error-summary" role="alert"><p>${this.courseProblem}</p></div>`;
    const result = this.result;
    const engine = scoring(this); // a result means the engine (which carries the score card) is loaded
    if (!result || !engine) return html`<p role="status">${this.t(this.course ?? this.loaded ? 'config.loading' : 'score.empty')}</p>`;
    return engine.renderScoreCard(result, this.locale, { detail: !this.compact, courseTitle: (this.course ?? this.loaded)?.title, approvalThreshold: schoolCosts(this._config).approvalThreshold, welsh: coreWelsh() });
  }
}
