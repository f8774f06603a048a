import { costOf, schoolTypeOf } from '../cost/cost.ts';
import { nationOf } from '../i18n/nation.ts';
import type { Course } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Band, Criterion, Judge, Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { CriterionResult, Evidence, ScoreResult } from '../model/score.ts';
import { english, msg } from '../i18n/message.ts';
import { Lexicon } from '../text/lexicon.ts';
import { prepareCourse, type CourseMemory } from './prepared.ts';
import { statesAnything } from '../course-profile/kind.ts';
import { JUDGES, type JudgeContext, type JudgeFn, type Verdict } from './judges.ts';
import { byWeight, questionsFor } from './questions.ts';
import { compileGoals, matchGoal, type Goal } from './targets.ts';
import { basisSentence, verdictOf } from './verdict.ts';
import { DEFAULT_MIN_COVERAGE, DEFAULT_PRIOR } from '../policy/defaults.ts';

/** Options that change the arithmetic, not the judgement: the number of staff sharing a per-school price. */
export interface ScoreOptions {
  cohort?: number;
  /** ISO date of today, so a course whose dates have passed says so; without it, status is never "past". */
  now?: string;
}

/** A policy with its bands sorted and each criterion's own terms compiled, built once per policy object. */
interface CompiledPolicy {
  bands: Band[];
  /** The criteria with weight, copied once into an array this module owns. */
  active: Criterion[];
  /** Each active criterion's own terms, compiled, by index in `active`. */
  terms: (Lexicon | undefined)[];
  /** By index in `active`: the criterion's judge, whether statutory training skips it, whether its verdict reads only the course. */
  judges: JudgeFn[];
  notForStatutory: boolean[];
  courseOnly: boolean[];
  /** By index in `active`: whether the criterion's judge is the research judge, the one judge that finds refuted content. */
  research: boolean[];
  /** Indexes in `active` by weight, heaviest first: the order unknown criteria are asked about. */
  order: number[];
}

const compiledPolicies = new WeakMap<Policy, CompiledPolicy>();
const compiledGoals = new WeakMap<object, WeakMap<object, Goal[]>>();
const NO_GOALS: object = {};
export { DEFAULT_MIN_COVERAGE, DEFAULT_PRIOR };
/** Judges that do not apply to statutory and compliance training: it is required, not chosen for its research or length. */
const NOT_FOR_STATUTORY: ReadonlySet<Judge> = new Set(['research', 'sustained', 'collaboration', 'pupil-outcomes', 'scale-scope']);

function compilePolicy(policy: Policy): CompiledPolicy {
  let c = compiledPolicies.get(policy);
  if (!c) {
    const active = policy.criteria.filter((k) => k.weight > 0);
    const terms = active.map((k) => (k.terms?.length ? new Lexicon({ [k.id]: k.terms }) : undefined));
    c = {
      bands: [...policy.bands].sort((a, b) => b.min - a.min),
      active,
      terms,
      judges: active.map((k) => JUDGES[k.judge]),
      notForStatutory: active.map((k) => NOT_FOR_STATUTORY.has(k.judge)),
      courseOnly: active.map((k) => COURSE_ONLY.has(k.judge)),
      research: active.map((k) => k.judge === 'research'),
      order: byWeight(active),
    };
    compiledPolicies.set(policy, c);
  }
  return c;
}

/** Goals compiled once per (profile, plan) pair; inputs are treated as immutable data. */
function goalsFor(profile?: Profile, plan?: SchoolPlan): Goal[] {
  let byPlan = compiledGoals.get(profile ?? NO_GOALS);
  if (!byPlan) compiledGoals.set(profile ?? NO_GOALS, (byPlan = new WeakMap<object, Goal[]>()));
  let goals = byPlan.get(plan ?? NO_GOALS);
  if (!goals) {
    goals = compileGoals(profile, plan);
    byPlan.set(plan ?? NO_GOALS, goals);
  }
  return goals;
}

/** The same sentence can evidence several features; show it once per criterion. */
function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  if (evidence.length < 2) return evidence;
  return evidence.filter((e, i) => evidence.findIndex((o) => o.text === e.text) === i);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The band for a total and coverage: one rule, used by every view. */
export function bandFor(policy: Policy, total: number, coverage: number): { id: string; label: string } {
  const bands = compilePolicy(policy).bands;
  if (coverage < (policy.minCoverage ?? DEFAULT_MIN_COVERAGE)) return { id: 'insufficient', label: 'Not enough information' };
  return bands.find((b) => total >= b.min) ?? bands[bands.length - 1]!;
}

/** The highest total in the policy's lowest band. */
function unattendableCeiling(bands: readonly Band[]): number {
  return bands.length > 1 ? bands[bands.length - 2]!.min - 1 : 100;
}

/**
 * The range the unknown criteria could move the total: each at 0 (low) and at 1 (high). Decisive only
 * when both ends fall in the same band as the total; an "insufficient" result is never decisive.
 */
function rangeOf(policy: Policy, bands: readonly Band[], points: number, known: number, weight: number, total: number, coverage: number, ceiling = 100): NonNullable<ScoreResult['range']> {
  const low = Math.min(ceiling, weight ? Math.round((points / weight) * 100) : 0);
  const high = Math.min(ceiling, weight ? Math.round(((points + (weight - known)) / weight) * 100) : 0);
  // once the provider answers, every criterion is known: the ends are banded at full coverage
  const minCoverage = policy.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const lowBand = bandIdIn(bands, minCoverage, low, 1);
  const highBand = bandIdIn(bands, minCoverage, high, 1);
  const message = msg('score.range', { total, low, high });
  return { low, high, lowBand, highBand, decisive: lowBand === highBand && coverage >= minCoverage, text: english(message), message };
}

/** The id of the band for a total and coverage among a policy's sorted bands (as bandFor gives it). */
function bandIdIn(bands: readonly Band[], minCoverage: number, total: number, coverage: number): string {
  if (coverage < minCoverage) return 'insufficient';
  for (const b of bands) if (total >= b.min) return b.id;
  return bands[bands.length - 1]!.id;
}

/**
 * Judges that read only the course, its facts and the policy, whose verdicts a scorer keeps for the course.
 * The others (priorities, role fit, resource use, value, price, peer feedback) read the member of staff, the
 * plan or the cost and are judged afresh each time; a new judge is too until it is listed here.
 */
const COURSE_ONLY: ReadonlySet<Judge> = new Set(['good-practice', 'pupil-outcomes', 'compliance', 'inclusion', 'expertise', 'planned', 'standards', 'research', 'accommodation', 'evaluation', 'sustained', 'collaboration', 'scale-scope', 'keywords']);

/** A criterion's verdict: its judge's, raised by the criterion's own terms found in the course text (`extra`). */
function judge(judgeFn: JudgeFn, ctx: JudgeContext, extra: Evidence[]): Verdict {
  const verdict = judgeFn(ctx);
  return extra.length ? { score: Math.max(verdict.score ?? 0, 0.8), evidence: [...verdict.evidence, ...extra] } : verdict;
}

/**
 * Scores a course against a policy, for a member of staff and a school plan when given. Pure and
 * deterministic. The rule: every criterion that applies counts by its weight; a criterion the page
 * cannot tell counts at the policy's neutral prior (average) until the provider answers, so a page
 * that says nothing scores the prior, each stated fact moves the total up or down from it, and the
 * band is "Not enough information" while coverage (the share of weight actually judged) is low.
 */
export function scoreCourse(stated: Course, policy: Policy, profile?: Profile, plan?: SchoolPlan, options: ScoreOptions = {}): ScoreResult {
  return scoreWith(undefined, stated, policy, profile, plan, options);
}

/** `scoreCourse` with the same arguments and results. */
export type Scorer = typeof scoreCourse;

/**
 * A scorer for a catalogue scored more than once (for each member of staff, plan or cohort): the same
 * results as `scoreCourse`, but it keeps what does not change with them for each course object it has
 * scored (issue 24), so a course is read once. The memory lasts as long as the scorer: make one for a
 * catalogue and let it go with the catalogue. Courses are data, never changed in place once scored.
 */
export function createScorer(): Scorer {
  const memory: CourseMemory = new Map();
  return (stated, policy, profile, plan, options = {}) => scoreWith(memory, stated, policy, profile, plan, options);
}

function scoreWith(memory: CourseMemory | undefined, stated: Course, policy: Policy, profile: Profile | undefined, plan: SchoolPlan | undefined, options: ScoreOptions): ScoreResult {
  const compiled = compilePolicy(policy);
  const { course, reading: text, audience, facts, terms, verdicts: kept } = prepareCourse(stated, options.now?.slice(0, 10), schoolTypeOf(policy, plan), policy, compiled.terms, memory);
  const matches = goalsFor(profile, plan).map((g) => matchGoal(g, text));
  const { value, line } = costOf(course, policy, profile, plan, options.cohort, facts);
  const ctx: JudgeContext = { course, text, policy, profile, plan, value, matches, facts };
  if (audience) ctx.audience = audience;
  const prior = policy.prior ?? DEFAULT_PRIOR;

  // first pass: judge every criterion that applies; second: build each result once, with its points
  const all = compiled.active;
  const verdicts: (Verdict | null)[] = [];
  let knownWeight = 0;
  let totalWeight = 0;
  let weighted = 0;
  let knownPoints = 0;
  for (let n = 0; n < all.length; n++) {
    const k = all[n]!;
    let verdict = kept[n];
    if (verdict === undefined) {
      verdict = facts.statutory && compiled.notForStatutory[n] ? null : judge(compiled.judges[n]!, ctx, terms[n]!);
      // a judge that reads only the course and the policy gives the same verdict when a scorer scores the course again
      if (memory && (verdict === null || compiled.courseOnly[n])) kept[n] = verdict;
    }
    verdicts.push(verdict);
    if (!verdict) continue;
    totalWeight += k.weight;
    weighted += k.weight * (verdict.score ?? prior);
    if (verdict.score !== null) {
      knownWeight += k.weight;
      knownPoints += k.weight * verdict.score;
    }
  }

  // content the evidence refutes (learning styles, Brain Gym) is no better than the lowest band, whatever else it offers
  // (only the research judge says so: its criteria are the ones to look at)
  const debunked = verdicts.some((v, n) => v !== null && compiled.research[n] && v.evidence.some((e) => e.message?.key === 'evidence.debunked'));
  // nor is a course that has taken place or is cancelled, which cannot be attended: whatever its fit, and
  // whatever the provider answers (the range is capped too)
  const ceiling = debunked || facts.status === 'past' || facts.status === 'closed' ? unattendableCeiling(compiled.bands) : 100;
  const total = Math.min(ceiling, totalWeight ? Math.round((weighted / totalWeight) * 100) : 0);
  const coverage = totalWeight ? Math.round((knownWeight / totalWeight) * 1000) / 1000 : 0;
  const criteria: CriterionResult[] = [];
  for (let n = 0; n < all.length; n++) {
    const k = all[n]!;
    const v = verdicts[n];
    if (!v) {
      criteria.push({ id: k.id, label: k.label, weight: k.weight, score: null, evidence: [], points: 0, notApplicable: true });
      continue;
    }
    const points = round1((100 * k.weight * (v.score ?? prior)) / totalWeight);
    const evidence = uniqueEvidence(v.evidence);
    criteria.push(v.score === null ? { id: k.id, label: k.label, weight: k.weight, score: null, evidence, question: k.question, points } : { id: k.id, label: k.label, weight: k.weight, score: v.score, evidence, points });
  }
  // a page that states nothing beyond its title ("further details coming soon") is judged on words alone: not enough to band
  const judged = statesAnything(course) ? coverage : 0;
  // refuted content is that much known whatever else is not: the lowest band, not "not enough information"
  const band = debunked ? compiled.bands[compiled.bands.length - 1]! : bandFor(policy, total, judged);
  const range = rangeOf(policy, compiled.bands, knownPoints, knownWeight, totalWeight, total, judged, ceiling);
  const questions = questionsFor(criteria, facts, course.sessions?.length ?? 0, course, value, nationOf(policy, plan), compiled.order);
  const result: ScoreResult = { total, band: band.label, bandId: band.id, coverage, criteria, targets: matches, questions, value, profile: facts, cost: line, range };
  const { verdict, reasons } = verdictOf(result, prior, course.conflicts);
  result.verdict = english(verdict).slice(0, 300);
  result.verdictMessage = verdict;
  result.reasons = reasons;
  const basis = basisSentence(criteria);
  result.basis = english(basis);
  result.basisMessage = basis;
  return result;
}
