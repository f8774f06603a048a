import type { Course } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Band, Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { CriterionResult, Evidence, ScoreResult } from '../model/score.ts';
import { Lexicon } from '../text/lexicon.ts';
import { sentenceAround } from '../text/tokens.ts';
import { analyseCourse, type CourseText } from './analyse.ts';
import { JUDGES, spanDays, type JudgeContext, type Verdict } from './judges.ts';
import { compileGoals, matchGoal, type Goal } from './targets.ts';
import { valueForMoney } from './value.ts';

/** Options that change the arithmetic, not the judgement: the number of staff sharing a per-school price. */
export interface ScoreOptions {
  cohort?: number;
}

/** A policy with its bands sorted and each criterion's own terms compiled, built once per policy object. */
interface CompiledPolicy {
  bands: Band[];
  terms: Map<string, Lexicon>;
}

const compiledPolicies = new WeakMap<Policy, CompiledPolicy>();
const compiledGoals = new WeakMap<object, WeakMap<object, Goal[]>>();
const NO_GOALS: object = {};
const DEFAULT_MIN_COVERAGE = 0.4;

function compilePolicy(policy: Policy): CompiledPolicy {
  let c = compiledPolicies.get(policy);
  if (!c) {
    const terms = new Map<string, Lexicon>();
    for (const k of policy.criteria) if (k.terms?.length) terms.set(k.id, new Lexicon({ [k.id]: k.terms }));
    c = { bands: [...policy.bands].sort((a, b) => b.min - a.min), terms };
    compiledPolicies.set(policy, c);
  }
  return c;
}

/** Goals compiled once per (profile, plan) pair; inputs are treated as immutable data. */
function goalsFor(profile?: Profile, plan?: SchoolPlan): Goal[] {
  const byPlan = compiledGoals.get(profile ?? NO_GOALS) ?? new WeakMap<object, Goal[]>();
  compiledGoals.set(profile ?? NO_GOALS, byPlan);
  let goals = byPlan.get(plan ?? NO_GOALS);
  if (!goals) {
    goals = compileGoals(profile, plan);
    byPlan.set(plan ?? NO_GOALS, goals);
  }
  return goals;
}

/** A criterion's own `terms` found in the course text, as evidence. */
function termEvidence(lexicon: Lexicon | undefined, text: CourseText): Evidence[] {
  if (!lexicon) return [];
  const hits = lexicon.scan(text.tokens);
  return hits.slice(0, 3).map((h) => ({ field: 'text', text: sentenceAround(text.text, h.start, h.end, 200), effect: '+' as const }));
}

/** The same sentence can evidence several features; show it once per criterion. */
function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  if (evidence.length < 2) return evidence;
  return evidence.filter((e, i) => evidence.findIndex((o) => o.text === e.text) === i);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Scores a course against a policy, for a member of staff and a school plan when given. Pure and
 * deterministic: every point comes from a criterion and its evidence; what the page cannot tell is
 * unknown (null), lowers coverage, and becomes a question to ask the provider.
 */
export function scoreCourse(course: Course, policy: Policy, profile?: Profile, plan?: SchoolPlan, options: ScoreOptions = {}): ScoreResult {
  const compiled = compilePolicy(policy);
  const text = analyseCourse(course);
  const matches = goalsFor(profile, plan).map((g) => matchGoal(g, text));
  const value = valueForMoney(course, policy, profile, plan, options.cohort);
  const ctx: JudgeContext = { course, text, policy, profile, plan, value, matches, span: spanDays(course) };

  const verdicts: { id: string; verdict: Verdict }[] = [];
  let knownWeight = 0;
  let totalWeight = 0;
  let weighted = 0;
  for (const k of policy.criteria) {
    if (k.weight <= 0) continue;
    let verdict = JUDGES[k.judge](ctx);
    const extra = termEvidence(compiled.terms.get(k.id), text);
    if (extra.length) verdict = { score: Math.max(verdict.score ?? 0, 0.8), evidence: [...verdict.evidence, ...extra] };
    verdicts.push({ id: k.id, verdict: { score: verdict.score, evidence: uniqueEvidence(verdict.evidence) } });
    totalWeight += k.weight;
    if (verdict.score !== null) {
      knownWeight += k.weight;
      weighted += k.weight * verdict.score;
    }
  }

  const total = knownWeight ? Math.round((weighted / knownWeight) * 100) : 0;
  const coverage = totalWeight ? Math.round((knownWeight / totalWeight) * 1000) / 1000 : 0;
  const criteria: CriterionResult[] = [];
  const questions: ScoreResult['questions'] = [];
  let i = 0;
  for (const k of policy.criteria) {
    if (k.weight <= 0) continue;
    const { verdict } = verdicts[i++]!;
    const points = verdict.score === null ? 0 : round1((100 * k.weight * verdict.score) / knownWeight);
    const result: CriterionResult = { id: k.id, label: k.label, weight: k.weight, score: verdict.score, evidence: verdict.evidence, points };
    if (verdict.score === null) {
      result.question = k.question;
      questions.push({ criterionId: k.id, question: k.question });
    }
    criteria.push(result);
  }
  const minCoverage = policy.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const band = coverage < minCoverage ? { id: 'insufficient', label: 'Not enough information' } : (compiled.bands.find((b) => total >= b.min) ?? compiled.bands[compiled.bands.length - 1]!);
  return { total, band: band.label, bandId: band.id, coverage, criteria, targets: matches, questions, value };
}
