import type { Course, Handoff, Policy, Profile, SchoolPlan, ScoreResult } from '@cpd-lens/core';
import { schoolCosts, schoolObjectives } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import type { DatePart } from '../internal/date-input.ts';
import { loadScoring, scoring } from '../internal/scoring.ts';
import { HANDOFF_MARK } from './handoff.controller.ts';
import { loadNextSteps, nextSteps } from './load-next-steps.ts';
import type { CpdRequestForm as Form } from './request-form.component.ts';
import { stepOf } from './steps.ts';
import { applyHandoff, buildCourse, dateParts, recordFee, targetId, validate, withDate, type FormValues } from './values.ts';

/**
 * The request form's editing section, as functions of the form: answers as they are typed, moving
 * between its steps, targets, a hand-off's answers, the suggested supply cover and the live score.
 */

/** What the form prices a request with: the school's policy's costs (never the whole default policy, issue 14's budget). */
export const pricing = (form: Form): Pick<Policy, 'costs'> => ({ costs: schoolCosts(form._config) });

/** Whether the school's configuration offers SDP objectives to tick. */
export const objectivesOffered = (form: Form): boolean => schoolObjectives(form._config).length > 0;

/** The school's plan: its own, else one made of the configuration's objectives, else none. */
export function plan(form: Form): SchoolPlan | undefined {
  const config = form._config;
  if (config?.plan) return config.objectives ? { ...config.plan, objectives: config.objectives } : config.plan;
  const objectives = schoolObjectives(config);
  if (!objectives.length) return undefined;
  return { schemaVersion: 1, id: 'config', school: config?.school ?? 'School', year: '-', objectives, budget: { total: 0, currency: 'GBP' }, commitments: [] };
}

/** Changes answers: the draft is saved once typing pauses, and errors the change put right go. */
function set(form: Form, patch: Partial<FormValues>): void {
  form.draft.typed(Object.keys(patch));
  form.values = { ...form.values, ...patch };
  if (form.errors.length) form.errors = form.errors.filter((e) => validate(form.values, objectivesOffered(form)).some((n) => n.field === e.field && n.key === e.key));
  form.draft.schedule();
}

/** Fills supply days from the course length (core's rule) until the member of staff types their own. */
export function suggestSupply(form: Form): void {
  if (form.supplyTouched) return;
  if (!scoring(form)) return void loadScoring().then(() => suggestSupply(form)); // cover days need the engine
  const days = coverSuggestion(form).days;
  form.values = { ...form.values, supplyDays: days === null ? form.values.supplyDays : String(days) };
}

/** Supply cover from the sessions' dates and times (core's one rule, `coverDaysFor`), and the timing that explains it. */
export function coverSuggestion(form: Form): { days: number | null; timing: string; sessions: boolean } {
  const none = { days: null, timing: 'unknown', sessions: false };
  if (!form.values.hours && !form.baseCourse?.sessions?.length) return none;
  const engine = scoring(form);
  if (!engine) return none;
  const course = currentCourse(form);
  const policy = engine.schoolPolicy(form._config);
  const profile = engine.profileCourse(course, policy);
  return { days: engine.coverDaysFor(course, { policy, profile }), timing: profile.schedule.timing, sessions: Boolean(course.sessions?.length) };
}

/** A part of the start or end date typed. */
export function onDateInput(form: Form, which: 'start' | 'end', part: DatePart, value: string): void {
  set(form, withDate(which, { ...dateParts(form.values, which), [part]: value }));
  suggestSupply(form);
}

function currentCourse(form: Form): Course {
  return buildCourse(form.values, form.baseCourse, schoolCosts(form._config).currency, recordFee(form.cost));
}

/** An answer typed into a field (its `data-field` names the answer). */
export function onInput(form: Form, event: Event): void {
  const el = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  const key = el.dataset.field as keyof FormValues | undefined;
  if (!key) return;
  if (key === 'url' && el.value.includes(HANDOFF_MARK)) {
    try {
      // Kept as typed until the hand-off is applied (then the form takes the course from it).
      void form.handoff.from(new URL(el.value).hash).then((changed) => changed && form.draft.schedule());
    } catch {
      /* not a link after all: keep what was typed */
    }
  }
  if (key === 'supplyDays') form.supplyTouched = true;
  set(form, { [key]: el.value } as Partial<FormValues>);
  if (key === 'hours') suggestSupply(form);
}

/** Ticks or unticks a target, objective or way of evaluating. */
export function toggle(form: Form, list: 'targetIds' | 'objectiveIds' | 'evaluation', id: string, on: boolean): void {
  const current = form.values[list];
  set(form, { [list]: on ? [...new Set([...current, id])] : current.filter((x) => x !== id) } as Partial<FormValues>);
}

/** Adds the PD target typed in "Add a target", ticked. */
export function addTarget(form: Form): void {
  const textValue = form.newTarget.trim();
  if (!textValue) {
    form.newTargetError = true;
    return;
  }
  const id = targetId(textValue, form.values.targets);
  const target = { id, text: textValue.slice(0, 500), ...(form.newTargetObjective ? { sdpObjectiveId: form.newTargetObjective } : {}) };
  form.newTarget = '';
  form.newTargetObjective = '';
  form.newTargetError = false;
  set(form, { targets: [...form.values.targets, target], targetIds: [...form.values.targetIds, id] });
}

/** Removes a target the member of staff added. */
export function removeTarget(form: Form, id: string): void {
  set(form, { targets: form.values.targets.filter((t) => t.id !== id), targetIds: form.values.targetIds.filter((x) => x !== id) });
  void form.updateComplete.then(() => form.field('new-target')?.focus());
}

/** Fills the form from a hand-off: only the targets and objectives the course really serves are ticked. */
export function applyHandoffToForm(form: Form, handoff: Handoff): void {
  const engine = scoring(form);
  if (!engine) return void loadScoring().then(() => applyHandoffToForm(form, handoff)); // fees and hours need the engine
  const policy = engine.schoolPolicy(form._config);
  const { servedGoals } = engine;
  // the cost facts as the label showed them, else worked out here as the label would
  const cost = handoff.cost ?? engine.costRecord(handoff.course, policy, { phase: form._config?.phase });
  // Which of the hand-off's targets and the school's objectives the course really serves: only those are ticked.
  const profile: Profile = { schemaVersion: 1, id: 'handoff', role: 'teacher', subjects: [], targets: handoff.targets };
  const served = servedGoals(engine.scoreCourse(handoff.course, policy, profile, plan(form)).targets);
  form.baseCourse = handoff.course;
  form.cost = cost;
  form.values = applyHandoff(form.values, handoff, {
    fee: recordFee(cost) ?? null,
    hours: cost.hours ?? null,
    served,
    objectiveIds: schoolObjectives(form._config).map((o) => o.id),
  });
  form.supplyTouched = false;
  suggestSupply(form);
  form.notice = { key: handoff.targetsLeftOut ? 'form.handoffNoTargets' : 'form.fromHandoff' };
  form.step = 0; // the course it brought is shown for checking first
}

// ── Steps (issue 22) ────────────────────────────────────────────────────────────────────

/** Another step, answers kept: its heading is focused, and the draft keeps the step. */
export function goToStep(form: Form, step: number): void {
  form.phase = 'editing';
  form.errors = [];
  form.notice = null; // "draft restored", "from CPD Lens": said once, where the form opened
  form.step = step;
  form.focusAfterRender = 'step-title';
  form.draft.schedule();
  if (!nextSteps) loadNextSteps().then(() => form.requestUpdate(), () => chunkMissing(form)); // its questions come with that chunk
}

/** From "Check your answers": back to the question's step, its field focused; Continue then returns to the check page. */
export function change(form: Form, field: string): void {
  form.phase = 'editing';
  form.step = stepOf(field);
  form.returnToCheck = true;
  form.draft.schedule();
  void form.updateComplete.then(() => {
    const el = form.field(field);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  });
}

/** The next-steps chunk (later question pages, check page) could not be fetched: the host page is missing files. */
export function chunkMissing(form: Form): void {
  form.dispatchEvent(new CpdErrorEvent('config', 'the form’s later pages and “Check your answers” could not be loaded: host the whole dist-cdn folder, chunks included'));
}

// ── Scoring ───────────────────────────────────────────────────────────────────────────────

/** The plan with only the objectives the member of staff ticked, so the preview never claims an unticked one. */
function tickedPlan(form: Form): SchoolPlan | undefined {
  const whole = plan(form);
  return whole && { ...whole, objectives: whole.objectives.filter((o) => form.values.objectiveIds.includes(o.id)) };
}

/** The live score of the answers so far, once a course is named and the engine is here. */
export function score(form: Form): ScoreResult | undefined {
  if (!form.values.courseTitle.trim()) return undefined;
  const selected = form.values.targets.filter((t) => form.values.targetIds.includes(t.id));
  const profile: Profile = { schemaVersion: 1, id: 'form', role: 'teacher', subjects: [], targets: selected, ...(form._config?.phase ? { phase: form._config.phase } : {}) };
  const engine = scoring(form);
  const result = engine?.scoreCourse(currentCourse(form), engine.schoolPolicy(form._config), profile, tickedPlan(form));
  if (!result) return undefined;
  if (!form._config?.plan) result.value = { ...result.value, remainingBudget: null, shareOfRemainingBudget: null };
  return result;
}
