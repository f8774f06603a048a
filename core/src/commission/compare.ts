import type { Course } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { ScoreResult } from '../model/score.ts';
import { scoreCourse } from '../score/score.ts';
import { money } from '../text/format.ts';

/** Settings of a commissioning check: how many staff, and for whom and against which plan. */
export interface CommissionSettings {
  cohort: number;
  profile?: Profile;
  plan?: SchoolPlan;
}

/** One option of a commissioning check, with every figure the CPL leader needs to defend a choice. */
export interface CommissionOption {
  course: Course;
  score: ScoreResult;
  /** Fee for one participant (a per-school price shared across the cohort); null when unknown. */
  pricePerParticipant: number | null;
  costPerParticipantHour: number | null;
  /** (fee + supply cover) × cohort; null when the price is unknown. */
  cohortCost: number | null;
  hours: number | null;
  sessions: number;
  /** Days from first to last session; null when undated. */
  spanDays: number | null;
  /** Criterion scores (0..1 or null) the TDT advice asks about. */
  evidence: number | null;
  sustained: number | null;
  collaboration: number | null;
  peerFeedback: number | null;
  withinBudget: boolean | null;
  questions: string[];
}

/** The recommendation: which option (index) and why, or none with the reason. */
export interface Recommendation {
  option: number | null;
  reasons: string[];
  caveats: string[];
}

export interface Comparison {
  cohort: number;
  options: CommissionOption[];
  recommendation: Recommendation;
}

const DAY = 86_400_000;
/** Below this coverage an option's score says too little to recommend it on. */
export const MIN_COVERAGE_TO_RECOMMEND = 0.5;

const criterion = (score: ScoreResult, id: string): number | null => score.criteria.find((c) => c.id === id)?.score ?? null;

function spanOf(course: Course): number | null {
  const times = (course.sessions ?? []).map((s) => Date.parse(s.start)).filter(Number.isFinite);
  return times.length ? Math.round((Math.max(...times) - Math.min(...times)) / DAY) : null;
}

/** Builds one option's figures from its score; the arithmetic is the scoring engine's own. */
function optionOf(course: Course, policy: Policy, settings: CommissionSettings, remaining: number | null): CommissionOption {
  const score = scoreCourse(course, policy, settings.profile, settings.plan, { cohort: settings.cohort });
  const v = score.value;
  const cohortCost = v.totalCost === null ? null : Math.round(v.totalCost * settings.cohort * 100) / 100;
  return {
    course,
    score,
    pricePerParticipant: v.feePerParticipant,
    costPerParticipantHour: v.costPerParticipantHour,
    cohortCost,
    hours: v.hours,
    sessions: course.sessions?.length ?? 0,
    spanDays: spanOf(course),
    evidence: criterion(score, 'research-evidence'),
    sustained: criterion(score, 'sustained'),
    collaboration: criterion(score, 'collaboration'),
    peerFeedback: criterion(score, 'peer-feedback'),
    withinBudget: cohortCost === null || remaining === null ? null : cohortCost <= remaining,
    questions: score.questions.map((q) => q.question),
  };
}

/**
 * Compares options for a cohort and recommends one, deterministically: the highest policy score among
 * options with enough known to judge and not over the remaining budget; ties go to the lower full cost
 * per participant-hour. Every reason and caveat is a sentence the CPL leader can repeat to governors.
 */
export function compareOptions(courses: readonly Course[], policy: Policy, settings: CommissionSettings): Comparison {
  const remaining = settings.plan ? settings.plan.budget.total - settings.plan.commitments.reduce((n, c) => n + c.amount, 0) : null;
  const options = courses.map((c) => optionOf(c, policy, settings, remaining));
  const caveats: string[] = [];
  const eligible = options
    .map((o, i) => ({ o, i }))
    .filter(({ o, i }) => {
      const name = `Option ${i + 1} (${o.course.title})`;
      if (o.score.coverage < MIN_COVERAGE_TO_RECOMMEND) {
        caveats.push(`${name}: only ${Math.round(o.score.coverage * 100)}% of the policy can be judged from what the provider publishes; ask the open questions first.`);
        return false;
      }
      if (o.withinBudget === false) {
        caveats.push(`${name}: ${money(o.cohortCost)} for ${settings.cohort} staff is more than the ${money(remaining)} left in the INSET budget.`);
        return false;
      }
      if (o.cohortCost === null) caveats.push(`${name}: the full cost is unknown (${o.score.value.notes[0] ?? 'no price'}).`);
      return true;
    });
  eligible.sort((a, b) => b.o.score.total - a.o.score.total || (a.o.costPerParticipantHour ?? Infinity) - (b.o.costPerParticipantHour ?? Infinity) || a.i - b.i);
  const best = eligible[0];
  if (!best) return { cohort: settings.cohort, options, recommendation: { option: null, reasons: ['No option can be recommended yet.'], caveats } };
  const o = best.o;
  const reasons = [`Highest policy score of the options that can be judged: ${o.score.total}/100 (${o.score.band}, ${Math.round(o.score.coverage * 100)}% known).`];
  if (o.costPerParticipantHour !== null) reasons.push(`${money(o.costPerParticipantHour)} per participant-hour in full; ${money(o.cohortCost)} for ${settings.cohort} staff including supply cover.`);
  if ((o.sustained ?? 0) >= 0.6) reasons.push('Sustained over time, as the DfE standard and the EEF evidence advise.');
  if ((o.collaboration ?? 0) >= 0.6) reasons.push('Participants work collaboratively.');
  if ((o.evidence ?? 0) >= 0.6) reasons.push('States the research evidence it is built on.');
  if ((o.peerFeedback ?? 0) >= 0.6) reasons.push('Colleagues who have used it recommend it.');
  const runnerUp = eligible[1];
  if (runnerUp && runnerUp.o.score.total === o.score.total) reasons.push(`Ties with option ${runnerUp.i + 1} on score, and costs less per participant-hour.`);
  return { cohort: settings.cohort, options, recommendation: { option: best.i, reasons, caveats } };
}
