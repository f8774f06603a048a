import type { Course } from '../model/course.ts';
import { forNation, nationOf } from '../i18n/nation.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { ScoreResult } from '../model/score.ts';
import { scoreCourse } from '../score/score.ts';
import { english, msg, type InnerMessage, type Message } from '../i18n/message.ts';
import { bandParam } from '../score/verdict.ts';
import { money } from '../text/format.ts';
import { remainingBudget } from '../budget/entered.ts';

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
  /**
   * The cohort's cost in parts: fees before VAT, supply cover, the VAT the school cannot recover, and
   * their total; each null when unknown (never 0 for unknown).
   */
  cohort: { fees: number | null; cover: number | null; vatNotRecoverable: number | null; total: number | null };
  hours: number | null;
  sessions: number;
  /** Days from first to last session one participant attends; null when undated. */
  spanDays: number | null;
  /** Criterion scores (0..1 or null) the TDT advice asks about. */
  evidence: number | null;
  sustained: number | null;
  collaboration: number | null;
  peerFeedback: number | null;
  withinBudget: boolean | null;
  questions: string[];
  /** How well it serves the stated priorities (0..1), null when none are stated. */
  fit: number | null;
  /** The merit the ranking uses: fit, evidence and cost per participant-hour together, less its caveats (0..1). */
  merit: number;
  /** Whether the option can be attended and was judged: not past, cancelled or "Not enough information". */
  judged: boolean;
}

/** The recommendation: which option (index) and why, or none with the reason. */
export interface Recommendation {
  option: number | null;
  reasons: string[];
  caveats: string[];
  /** The reasons and caveats as messages, one for each, for views in another language. */
  reasonMessages: Message[];
  caveatMessages: Message[];
}

export interface Comparison {
  cohort: number;
  options: CommissionOption[];
  recommendation: Recommendation;
}

/** Below this coverage an option's caveat says to ask the open questions first (a caveat, not an exclusion). */
export const MIN_COVERAGE_TO_RECOMMEND = 0.5;
/** A target or objective matched at least this strongly is served by the option. */
const SERVES = 0.15;

const criterion = (score: ScoreResult, id: string): number | null => score.criteria.find((c) => c.id === id)?.score ?? null;
const clamp = (n: number): number => Math.max(0, Math.min(1, n));

/** Builds one option's figures from its score; the arithmetic is the scoring engine's own. */
function optionOf(course: Course, policy: Policy, settings: CommissionSettings, remaining: number | null): CommissionOption {
  const score = scoreCourse(course, policy, settings.profile, settings.plan, { cohort: settings.cohort });
  const v = score.value;
  const cohortCost = v.totalCost === null ? null : Math.round(v.totalCost * settings.cohort * 100) / 100;
  const stated = (settings.profile?.targets.length ?? 0) + (settings.plan?.objectives.length ?? 0) > 0;
  const fit = stated ? score.targets.reduce((a, m) => Math.max(a, m.strength), 0) : null;
  const costScore = v.costPerParticipantHour === null ? 0.5 : clamp((policy.costs.poorCostPerHour - v.costPerParticipantHour) / (policy.costs.poorCostPerHour - policy.costs.goodCostPerHour));
  // fit to priorities, the evidence-led total and cost per participant-hour, together; cost per hour
  // is a tie-breaker's weight, so one cheap hour never outranks a sustained, evidence-based programme
  const sustained = criterion(score, 'sustained');
  const evidence = criterion(score, 'research-evidence');
  const depth = 0.05 * Number((sustained ?? 0) >= 0.6) + 0.05 * Number((evidence ?? 0) >= 0.6);
  const merit = (fit === null ? 0 : 0.3 * clamp(fit / 0.6)) + (fit === null ? 0.85 : 0.55) * (score.total / 100) + 0.05 * costScore + depth;
  const line = score.cost;
  const round = (n: number): number => Math.round(n * 100) / 100;
  const fees = line?.fee == null ? null : round(line.fee * settings.cohort);
  const vatNotRecoverable = line?.vat == null ? null : round((line.vatRecoverable ? 0 : line.vat) * settings.cohort);
  const cover = line?.cover == null ? null : round(line.cover * settings.cohort);
  const parts = { fees, cover, vatNotRecoverable, total: fees === null || vatNotRecoverable === null || cover === null ? null : round(fees + vatNotRecoverable + cover) };
  const status = score.profile?.status;
  return {
    course,
    score,
    pricePerParticipant: v.feePerParticipant,
    costPerParticipantHour: v.costPerParticipantHour,
    cohortCost,
    hours: v.hours,
    sessions: score.profile?.schedule.sessions ?? course.sessions?.length ?? 0,
    spanDays: score.profile?.schedule.spanDays ?? null,
    cohort: parts,
    evidence,
    sustained,
    collaboration: criterion(score, 'collaboration'),
    peerFeedback: criterion(score, 'peer-feedback'),
    withinBudget: cohortCost === null || remaining === null ? null : cohortCost <= remaining,
    questions: score.questions.map((q) => q.question),
    fit,
    merit,
    judged: score.bandId !== 'insufficient' && status !== 'past' && status !== 'closed',
  };
}

/** A caveat with its weight: the merit it costs and the sentence the CPL leader reads. */
interface Caveat {
  i: number;
  penalty: number;
  message: Message;
}

function caveatsOf(o: CommissionOption, i: number, remaining: number | null, cohort: number): Caveat[] {
  const name = msg('commission.option', { n: i + 1, title: o.course.title.slice(0, 300) });
  const out: Caveat[] = [];
  if (o.withinBudget === false && o.cohortCost !== null && remaining !== null) {
    const over = o.cohortCost - Math.max(0, remaining);
    // proportionate: £132 over costs little, twice the budget costs a lot
    const penalty = Math.min(0.3, (over / Math.max(o.cohortCost, 1)) * 0.6);
    out.push({ i, penalty, message: msg('commission.over-budget', { name, cost: money(o.cohortCost), cohort, over: money(Math.round(over)), remaining: money(remaining) }) });
  }
  if (o.score.coverage < MIN_COVERAGE_TO_RECOMMEND) {
    out.push({ i, penalty: (MIN_COVERAGE_TO_RECOMMEND - o.score.coverage) * 0.4, message: msg('commission.low-coverage', { name, percent: Math.round(o.score.coverage * 100) }) });
  }
  if (o.fit !== null && o.fit < SERVES) out.push({ i, penalty: 0.1, message: msg('commission.no-fit', { name }) });
  if (o.cohortCost === null) {
    // the first cost note says why (ending in a full stop); a record without messages gives its text
    const first = o.score.value.noteMessages?.[0];
    const why: string | InnerMessage = first && /\.$/.test(english(first)) ? first : `${(o.score.value.notes[0] ?? 'no price').replace(/\.$/, '')}.`;
    out.push({ i, penalty: 0.05, message: msg('commission.cost-unknown', { name, why }) });
  }
  return out;
}

/**
 * Compares options for a cohort and recommends one, deterministically and without cliffs: options are
 * ranked by fit to the stated priorities, the evidence-led policy total and cost per participant-hour
 * together; overspend, low coverage, missing fit and unknown cost lower the merit in proportion and
 * become ranked caveats, never exclusions. An option serving none of the stated priorities is never
 * recommended while one does; between otherwise equal options the cheaper, then the sustained, wins.
 */
export function compareOptions(courses: readonly Course[], policy: Policy, settings: CommissionSettings): Comparison {
  const remaining = remainingBudget(settings.plan);
  const options = courses.map((c) => optionOf(c, policy, settings, remaining));
  const all: Caveat[] = [];
  const ranked = options.map((o, i) => {
    const caveats = caveatsOf(o, i, remaining, settings.cohort);
    all.push(...caveats);
    return { o, i, merit: o.merit - caveats.reduce((n, c) => n + c.penalty, 0) };
  });
  const anyServes = ranked.some(({ o }) => o.fit !== null && o.fit >= SERVES);
  const serving = anyServes ? ranked.filter(({ o }) => o.fit !== null && o.fit >= SERVES) : ranked;
  // among those, an option that was judged and can be attended is always preferred to one that was not or cannot
  const anyJudged = serving.some(({ o }) => o.judged);
  const pool = anyJudged ? serving.filter(({ o }) => o.judged) : serving;
  pool.sort((a, b) => {
    const d = b.merit - a.merit;
    if (Math.abs(d) > 0.005) return d;
    return (a.o.costPerParticipantHour ?? Infinity) - (b.o.costPerParticipantHour ?? Infinity) || (b.o.sustained ?? 0) - (a.o.sustained ?? 0) || a.i - b.i;
  });
  const caveatMessages = all.sort((a, b) => b.penalty - a.penalty || a.i - b.i).map((c) => c.message);
  const best = pool[0];
  const recommend = (option: number | null, reasonMessages: Message[]): Recommendation => ({ option, reasons: reasonMessages.map(english), caveats: caveatMessages.map(english), reasonMessages, caveatMessages });
  if (!best) return { cohort: settings.cohort, options, recommendation: recommend(null, [msg('commission.none')]) };
  const o = best.o;
  const reasons: Message[] = [msg('commission.best', { total: o.score.total, band: bandParam(o.score.bandId, o.score.band), percent: Math.round(o.score.coverage * 100) })];
  if (o.fit !== null && o.fit >= SERVES) reasons.push(msg('commission.serves', { targets: o.score.targets.filter((m) => m.strength >= SERVES).map((m) => `“${m.label}”`).slice(0, 2).join(', ') }));
  if (o.costPerParticipantHour !== null) reasons.push(msg('commission.cost', { perHour: money(o.costPerParticipantHour), cohortCost: money(o.cohortCost), cohort: settings.cohort }));
  if ((o.sustained ?? 0) >= 0.6) reasons.push(msg(forNation('commission.sustained', nationOf(policy, settings.plan))));
  if ((o.collaboration ?? 0) >= 0.6) reasons.push(msg('commission.collaborative'));
  if ((o.evidence ?? 0) >= 0.6) reasons.push(msg('commission.evidence'));
  if ((o.peerFeedback ?? 0) >= 0.6) reasons.push(msg('commission.peers'));
  const runnerUp = pool[1];
  if (runnerUp && Math.abs(runnerUp.merit - best.merit) <= 0.005) reasons.push(msg('commission.level', { n: runnerUp.i + 1 }));
  if (anyServes && serving.length < ranked.length) reasons.push(msg('commission.not-serving', { list: ranked.filter((r) => !serving.includes(r)).map((r) => r.i + 1).join(', ') }));
  return { cohort: settings.cohort, options, recommendation: recommend(best.i, reasons) };
}
