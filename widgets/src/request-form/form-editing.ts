import type { Course, Profile, SchoolPlan, ScoreResult } from '@cpd-lens/core';
import { schoolCosts } from '@cpd-lens/core';
import type { DatePart } from '../internal/date-input.ts';
import { loadScoring, scoring } from '../internal/scoring.ts';
import { RequestFormDrafts } from './form-drafts.ts';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { HANDOFF_MARK } from './form-state.ts';
import { loadNextSteps, nextSteps } from './load-next-steps.ts';
import { stepOf } from './steps.ts';
import { recordFee, buildCourse, dateParts, targetId, validate, withDate, type FormValues } from './values.ts';

/** The request form's editing section: answers as they are typed, moving between its steps, targets, the suggested supply cover and the live score. */
export abstract class RequestFormEditing extends RequestFormDrafts {
  private set(patch: Partial<FormValues>): void {
    if (!this.draftDone) for (const key of Object.keys(patch) as (keyof FormValues)[]) this.typedEarly.add(key);
    this.values = { ...this.values, ...patch };
    if (this.errors.length) this.errors = this.errors.filter((e) => validate(this.values, this.objectivesOffered).some((n) => n.field === e.field && n.key === e.key));
    this.scheduleSave();
  }

  /** Fills supply days from the course length (core's rule) until the member of staff types their own. */
  protected suggestSupply(): void {
    if (this.supplyTouched) return;
    if (!scoring(this)) return void loadScoring().then(() => this.suggestSupply()); // cover days need the engine
    const days = this.suggestedDays();
    this.values = { ...this.values, supplyDays: days === null ? this.values.supplyDays : String(days) };
  }

  private suggestedDays(): number | null {
    return this.coverSuggestion().days;
  }

  /** Supply cover from the sessions' dates and times (core's one rule, `coverDaysFor`), and the timing that explains it. */
  protected coverSuggestion(): { days: number | null; timing: string; sessions: boolean } {
    const none = { days: null, timing: 'unknown', sessions: false };
    if (!this.values.hours && !this.baseCourse?.sessions?.length) return none;
    const engine = scoring(this);
    if (!engine) return none;
    const course = this.currentCourse();
    const policy = engine.schoolPolicy(this._config);
    const profile = engine.profileCourse(course, policy);
    return { days: engine.coverDaysFor(course, { policy, profile }), timing: profile.schedule.timing, sessions: Boolean(course.sessions?.length) };
  }

  protected onDateInput(which: 'start' | 'end', part: DatePart, value: string): void {
    this.set(withDate(which, { ...dateParts(this.values, which), [part]: value }));
    this.suggestSupply();
  }

  private currentCourse(): Course {
    return buildCourse(this.values, this.baseCourse, schoolCosts(this._config).currency, recordFee(this.cost));
  }

  protected onInput(event: Event): void {
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

  protected toggle(list: 'targetIds' | 'objectiveIds' | 'evaluation', id: string, on: boolean): void {
    const current = this.values[list];
    this.set({ [list]: on ? [...new Set([...current, id])] : current.filter((x) => x !== id) } as Partial<FormValues>);
  }

  protected addTarget(): void {
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

  protected removeTarget(id: string): void {
    this.set({ targets: this.values.targets.filter((t) => t.id !== id), targetIds: this.values.targetIds.filter((x) => x !== id) });
    void this.updateComplete.then(() => this.field('new-target')?.focus());
  }

  // ── Steps (issue 22) ────────────────────────────────────────────────────────────────────

  /** Another step, answers kept: its heading is focused, and the draft keeps the step. */
  protected goToStep(step: number): void {
    this.phase = 'editing';
    this.errors = [];
    this.notice = null; // "draft restored", "from CPD Lens": said once, where the form opened
    this.step = step;
    this.focusAfterRender = 'step-title';
    this.scheduleSave();
    if (!nextSteps) loadNextSteps().then(() => this.requestUpdate(), () => this.chunkMissing()); // its questions come with that chunk
  }

  /** From "Check your answers": back to the question's step, its field focused; Continue then returns to the check page. */
  protected change(field: string): void {
    this.phase = 'editing';
    this.step = stepOf(field);
    this.returnToCheck = true;
    this.scheduleSave();
    void this.updateComplete.then(() => {
      const el = this.field(field);
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    });
  }

  /** The next-steps chunk (later question pages, check page) could not be fetched: the host page is missing files. */
  protected chunkMissing(): void {
    this.dispatchEvent(new CpdErrorEvent('config', 'the form’s later pages and “Check your answers” could not be loaded: host the whole dist-cdn folder, chunks included'));
  }

  // ── Scoring ───────────────────────────────────────────────────────────────────────────────

  /** The plan with only the objectives the member of staff ticked, so the preview never claims an unticked one. */
  private tickedPlan(): SchoolPlan | undefined {
    const plan = this.plan();
    return plan && { ...plan, objectives: plan.objectives.filter((o) => this.values.objectiveIds.includes(o.id)) };
  }

  protected score(): ScoreResult | undefined {
    if (!this.values.courseTitle.trim()) return undefined;
    const selected = this.values.targets.filter((t) => this.values.targetIds.includes(t.id));
    const profile: Profile = { schemaVersion: 1, id: 'form', role: 'teacher', subjects: [], targets: selected, ...(this._config?.phase ? { phase: this._config.phase } : {}) };
    const engine = scoring(this);
    const result = engine?.scoreCourse(this.currentCourse(), engine.schoolPolicy(this._config), profile, this.tickedPlan());
    if (!result) return undefined;
    if (!this._config?.plan) result.value = { ...result.value, remainingBudget: null, shareOfRemainingBudget: null };
    return result;
  }
}
