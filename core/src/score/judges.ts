import type { Course, FeatureKind } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { PeerFeedback, SchoolPlan } from '../model/plan.ts';
import type { Judge, Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { Evidence, TargetMatch, ValueForMoney } from '../model/score.ts';
import type { CoreKey } from '../i18n/en.ts';
import { english, msg, type InnerMessage, type Message, type Name } from '../i18n/message.ts';
import { deliveryName, formatName, kindName } from '../i18n/names.ts';
import { money } from '../text/format.ts';
import type { CourseReading } from '../course-profile/analyse.ts';
import { prioritiesJudge, roleFitJudge, type CourseAudience } from './judges-fit.ts';
import { DEFAULT_PRIOR } from '../policy/defaults.ts';
import { debunkedClaim } from './debunked.ts';

/** Everything a judge may look at; computed once per course. */
export interface JudgeContext {
  course: Course;
  text: CourseReading;
  policy: Policy;
  profile?: Profile;
  plan?: SchoolPlan;
  value: ValueForMoney;
  matches: TargetMatch[];
  /** The facts derived once before judging: kind, schedule, funding. */
  facts: CourseProfile;
  /** The course's audience, when a scorer kept it from an earlier scoring of the course (role fit reads it otherwise). */
  audience?: CourseAudience;
}

/** A judgement: a score 0..1, or null when the page cannot tell, and the evidence either way. */
export interface Verdict {
  score: number | null;
  evidence: Evidence[];
}

/** A judge: what one criterion makes of a course in its context. */
export type JudgeFn = (ctx: JudgeContext) => Verdict;

export const unknown: Verdict = { score: null, evidence: [] };
export const clamp = (n: number): number => Math.max(0, Math.min(1, Math.round(n * 1000) / 1000));
export const plus = (field: string, text: string): Evidence => ({ field, text, effect: '+' });
export const minus = (field: string, text: string): Evidence => ({ field, text, effect: '-' });
/** A parameter of an evidence line: text, a number, names, or sentences (matched terms, issue 25). */
type SaidParam = string | number | Name | Name[] | InnerMessage | InnerMessage[];

/**
 * The parameters with their text cut to 400 characters: the object itself when none is longer (every
 * caller passes a fresh one), else a copy (judges call this for most courses scored).
 */
function cutParams(params: Record<string, SaidParam>): Record<string, SaidParam> {
  let long = false;
  for (const k in params) {
    const v = params[k];
    if (typeof v === 'string' && v.length > 400) long = true;
  }
  if (!long) return params;
  const cut: Record<string, SaidParam> = {};
  for (const k in params) if (Object.hasOwn(params, k)) cut[k] = typeof params[k] === 'string' ? (params[k] as string).slice(0, 400) : params[k]!;
  return cut;
}

/** Evidence the engine computed, written from a message (its English text stored beside it). */
export function said(field: string, effect: '+' | '-', key: CoreKey, params?: Record<string, SaidParam>): Evidence {
  let message: Message | InnerMessage;
  if (params) message = msg(key, cutParams(params));
  else message = msg(key);
  const text = english(message);
  return { field, text: text.length > 400 ? text.slice(0, 400) : text, effect, message };
}

/** A fact of the course profile as evidence: with its message when the profile has one (it always does when scored now). */
const fact = (field: string, effect: '+' | '-', text: string, message: InnerMessage | undefined): Evidence => (message ? { field, text, effect, message } : { field, text, effect });

/**
 * Scores by the features a page states: each listed feature adds its credit; none found is unknown. A
 * stated feature never scores below the policy's prior: saying something for a criterion cannot count
 * against a page that a silent page escapes.
 */
function byFeatures(credits: Partial<Record<FeatureKind, number>>): JudgeFn {
  const kinds = Object.keys(credits) as FeatureKind[];
  const values = kinds.map((kind) => credits[kind]!);
  return ({ text, policy }) => {
    // most pages state few features: none, and there is nothing to look up
    if (!text.features.size) return unknown;
    let score = 0;
    const evidence: Evidence[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const f = text.features.get(kinds[i]!);
      if (!f) continue;
      score += values[i]!;
      evidence.push(plus('features', f.quote));
    }
    return evidence.length ? { score: clamp(Math.max(score, policy.prior ?? DEFAULT_PRIOR)), evidence } : unknown;
  };
}

// built once, not per course: these judges run for every course scored
const complianceFeatures = byFeatures({ compliance: 1 });
const expertiseFeatures = byFeatures({ 'expert-facilitator': 0.8, 'research-evidence': 0.1 });
const standardsFeatures = byFeatures({ 'standards-aligned': 1 });


/** Phrases that cite the evidence rather than claim it ("EEF guidance report" rather than "evidence-informed"). */
const CITED: ReadonlySet<string> = new Set(['eef', 'education endowment foundation', 'guidance report', 'meta-analysis', 'randomised controlled trial', 'systematic review', 'efficacy trial', 'rosenshine', 'cognitive load theory', 'peer-reviewed research']);
/** Evaluation that stops at participants' reactions (Guskey level 1). */
const REACTIONS: ReadonlySet<string> = new Set(['evaluation form', 'feedback form', 'end-of-course evaluation']);

/** 0..1 for how long a course runs: two terms (~120 days) or more is full marks. */
function periodScore(span: number | null): number | null {
  return span === null ? null : span >= 120 ? 1 : span >= 60 ? 0.8 : span >= 28 ? 0.6 : span > 0 ? 0.4 : 0.15;
}

const linear = (x: number, good: number, poor: number): number => clamp(poor === good ? (x <= good ? 1 : 0) : (poor - x) / (poor - good));

/** A colleague's feedback: who and what as the school wrote them, the frame in the view's language. */
function peerSaid(f: { from?: string; comment?: string; rating: number }, effect: '+' | '-'): Evidence {
  const stars = Math.round(f.rating * 5);
  if (f.from !== undefined) return f.comment !== undefined ? said('peer feedback', effect, 'evidence.peer', { from: f.from, comment: f.comment }) : said('peer feedback', effect, 'evidence.peer-rated', { from: f.from, stars });
  return f.comment !== undefined ? said('peer feedback', effect, 'evidence.peer-colleague', { comment: f.comment }) : said('peer feedback', effect, 'evidence.peer-colleague-rated', { stars });
}

/** How well each delivery mode uses the school's resources (travel, cover). */
const BY_MODE: ReadonlyMap<string, number> = new Map([['online-live', 0.9], ['online-self-paced', 0.8], ['in-school', 1], ['blended', 0.7], ['face-to-face', 0.4]]);

/** The plan's peer feedback with its providers in lower case, made once per plan's list (plans are data, never changed in place). */
const lowerProviders = new WeakMap<readonly PeerFeedback[], (string | undefined)[]>();
function providersOf(feedback: readonly PeerFeedback[]): (string | undefined)[] {
  let out = lowerProviders.get(feedback);
  if (!out) lowerProviders.set(feedback, (out = feedback.map((f) => f.provider?.toLowerCase())));
  return out;
}

export const JUDGES: Record<Judge, JudgeFn> = {
  priorities: prioritiesJudge,
  'good-practice': byFeatures({ 'practice-rehearsal': 0.4, 'feedback-to-participants': 0.3, 'goal-setting': 0.3, 'materials-provided': 0.15, 'follow-up': 0.2 }),
  'pupil-outcomes': byFeatures({ 'pupil-outcomes': 1 }),
  compliance(ctx) {
    if (ctx.facts.statutory) return { score: 1, evidence: [said('kind', '+', 'evidence.statutory', { what: ctx.facts.kindEvidenceMessages?.[0] ?? ctx.facts.kindEvidence[0] ?? ctx.course.title })] };
    return complianceFeatures(ctx);
  },
  'role-fit': roleFitJudge,
  inclusion: byFeatures({ inclusion: 1 }),
  expertise(ctx) {
    let v = expertiseFeatures(ctx);
    // a trainer the page names with a role or credentials is the expertise the criterion asks about
    const trainer = ctx.course.trainer;
    if (trainer?.name && (trainer.role || trainer.credentials || /^(?:Dr|Prof)/.test(trainer.name))) {
      const about = trainer.role ?? trainer.credentials;
      const ev = about ? said('trainer', '+', 'evidence.trainer', { name: trainer.name, role: about }) : said('trainer', '+', 'evidence.trainer-named', { name: trainer.name });
      v = { score: Math.max(v.score ?? 0, 0.8), evidence: [ev, ...v.evidence] };
    }
    const acc = ctx.course.accreditation ?? [];
    const lead = ctx.facts.kind === 'npq' || ctx.facts.kind === 'ecf';
    if (!acc.length && !lead) return v;
    const evidence = [...v.evidence, lead ? said('accreditation', '+', 'evidence.lead-provider') : said('accreditation', '+', 'evidence.accredited', { list: acc.join(', ') })];
    return { score: clamp((v.score ?? 0.5) + 0.3), evidence };
  },
  planned({ course, text, facts }) {
    const dated = (course.sessions ?? []).length;
    const evidence: Evidence[] = [];
    let score = 0;
    if (dated) {
      score += 0.6;
      evidence.push(said('sessions', '+', dated === 1 ? 'evidence.sessions-one' : 'evidence.sessions', { count: dated }));
    }
    const goals = text.features.get('goal-setting');
    if (goals) {
      score += 0.2;
      evidence.push(plus('features', goals.quote));
    }
    if (facts.schedule.sustained) {
      score += 0.2;
      evidence.push(said('sessions', '+', 'evidence.programme'));
    }
    return evidence.length ? { score: clamp(score), evidence } : unknown;
  },
  standards(ctx) {
    const v = standardsFeatures(ctx);
    if (v.score !== null) return v;
    const acc = (ctx.course.accreditation ?? []).find((a) => /\b(npq|ecf|qts|standard)/i.test(a));
    if (acc) return { score: 1, evidence: [plus('accreditation', acc)] };
    const kind = ctx.facts.kind;
    if (kind === 'npq' || kind === 'ecf' || kind === 'apprenticeship') return { score: 1, evidence: [said('kind', '+', kind === 'npq' ? 'evidence.npq-framework' : kind === 'ecf' ? 'evidence.ecf-framework' : 'evidence.apprenticeship-standard')] };
    return v;
  },
  research({ text }) {
    const debunked = debunkedClaim(text.text, text.gates);
    if (debunked) return { score: 0, evidence: [said('features', '-', 'evidence.debunked', { quote: debunked })] };
    const f = text.features.get('research-evidence');
    if (!f) return unknown;
    const cited = (text.phrases.get('research-evidence') ?? []).some((p) => CITED.has(p));
    return { score: cited ? 1 : 0.65, evidence: [plus('features', f.quote)] };
  },
  'resource-use'({ course, text, value, facts }) {
    const evidence: Evidence[] = [];
    let score: number | null = course.delivery ? (BY_MODE.get(course.delivery) ?? 0.5) : null;
    if (course.delivery) evidence.push(said('delivery', (score ?? 0) >= 0.7 ? '+' : '-', 'evidence.delivery', { delivery: deliveryName(course.delivery) }));
    const timing = facts.schedule.timing;
    if (value.coverDays === 0 && (timing === 'twilight' || timing === 'weekend' || timing === 'holiday' || timing === 'inset-day')) {
      score = Math.max(score ?? 0, 0.9);
      evidence.push(said('sessions', '+', `evidence.${timing}`));
    }
    if (course.price?.basis === 'per-school') {
      score = clamp((score ?? 0.6) + 0.2);
      evidence.push(said('price', '+', 'evidence.school-price'));
    }
    const materials = text.features.get('materials-provided');
    if (materials && score !== null) {
      score = clamp(score + 0.1);
      evidence.push(plus('features', materials.quote));
    }
    return score === null ? unknown : { score: clamp(score), evidence };
  },
  accommodation: byFeatures({ 'accessible-venue': 1 }),
  value({ value, policy }) {
    const perHour = value.costPerParticipantHour;
    if (value.feePerParticipant === 0) {
      // no fee is not free: cover and the participants' time still cost the school
      // the first cost note says why there is no fee (funded, free); its message comes with it
      const note = value.notes[0];
      const noteMessage = value.noteMessages?.[0] ?? (note === undefined ? msg('evidence.no-fee') : undefined);
      if (perHour === null && value.coverDays === null) {
        const text = `${note ?? 'No fee'} Cover and time still cost the school.`;
        return { score: 0.7, evidence: [noteMessage ? { field: 'price', text, effect: '+', message: msg('evidence.no-fee-time', { note: noteMessage }) } : plus('price', text)] };
      }
      const score = Math.min(0.85, perHour === null ? 0.85 : linear(perHour, policy.costs.goodCostPerHour, policy.costs.poorCostPerHour));
      const effect = score >= 0.5 ? '+' : '-';
      if (value.coverCost) return { score, evidence: [perHour !== null ? said('price', effect, 'evidence.no-fee-cover-hour', { cover: money(value.coverCost), perHour: money(perHour) }) : said('price', effect, 'evidence.no-fee-cover', { cover: money(value.coverCost) })] };
      return { score, evidence: [fact('price', effect, note ?? 'No fee', noteMessage)] };
    }
    if (perHour === null) return unknown;
    const score = linear(perHour, policy.costs.goodCostPerHour, policy.costs.poorCostPerHour);
    return { score, evidence: [said('price', score >= 0.5 ? '+' : '-', 'evidence.per-hour', { perHour: money(perHour), total: money(value.totalCost ?? 0), hours: value.hours ?? 'null' })] };
  },
  evaluation({ text }) {
    const f = text.features.get('impact-evaluation');
    if (!f) return unknown;
    const impact = (text.phrases.get('impact-evaluation') ?? []).some((p) => !REACTIONS.has(p));
    return impact ? { score: 1, evidence: [plus('features', f.quote)] } : { score: 0.35, evidence: [said('features', '-', 'evidence.reactions-only', { quote: f.quote })] };
  },
  sustained({ text, facts }) {
    const { sustained, spanDays, sessions, evidence: schedule, evidenceMessages } = facts.schedule;
    const follow = text.features.get('follow-up');
    const evidence: Evidence[] = [];
    let score: number | null = null;
    if (sustained === true) {
      score = spanDays === null ? 0.8 : spanDays >= 120 ? 1 : spanDays >= 56 ? 0.85 : 0.7;
      const over = schedule.findIndex((e) => /sessions over|runs “/.test(e));
      evidence.push(over >= 0 ? fact('sessions', '+', schedule[over]!, evidenceMessages?.[over]) : said('sessions', '+', 'evidence.runs-over-time', { kind: kindName(facts.kind) }));
    } else if (sustained === false) {
      score = 0.15;
      const stated = schedule.findIndex((e) => /sessions|single/.test(e));
      evidence.push(sessions === 1 ? said('sessions', '-', 'evidence.single-session') : stated >= 0 ? fact('sessions', '-', schedule[stated]!, evidenceMessages?.[stated]) : said('sessions', '-', 'evidence.one-off'));
    }
    if (follow) {
      score = score === null ? 0.6 : score + (sustained ? 0.1 : 0.2);
      evidence.push(plus('features', follow.quote));
    }
    return score === null ? unknown : { score: clamp(score), evidence };
  },
  collaboration: byFeatures({ collaboration: 1, 'feedback-to-participants': 0.3 }),
  'scale-scope'({ course, facts }) {
    const evidence: Evidence[] = [];
    const basis = course.price?.basis;
    const reach = basis === 'per-school' || basis === 'per-group' ? 1 : basis === 'per-participant' ? 0.4 : course.format === 'programme' || course.format === 'network' ? 0.7 : null;
    if (reach !== null) {
      const effect = reach >= 0.7 ? '+' : '-';
      const covers = course.price?.covers;
      if (basis === 'per-school' || basis === 'per-group') evidence.push(covers ? said('price', effect, `evidence.priced-${basis}-for`, { covers }) : said('price', effect, `evidence.priced-${basis}`));
      else evidence.push(basis === 'per-participant' ? said('price', effect, 'evidence.priced-per-participant') : said('price', effect, 'evidence.format', { format: formatName(course.format!) }));
    }
    // days from the first to the last session one participant attends, from the course profile
    const period = periodScore(facts.schedule.spanDays);
    if (period !== null) evidence.push(period >= 0.6 ? said('sessions', '+', 'evidence.several-weeks') : said('sessions', '-', 'evidence.short'));
    const known = [reach, period].filter((x): x is number => x !== null);
    return known.length ? { score: clamp(known.reduce((a, b) => a + b, 0) / known.length), evidence } : unknown;
  },
  'price-per-participant'({ value, policy }) {
    if (value.feePerParticipant === null) return unknown;
    const score = linear(value.feePerParticipant, policy.costs.goodPricePerParticipant, policy.costs.poorPricePerParticipant);
    return { score, evidence: [said('price', score >= 0.5 ? '+' : '-', 'evidence.per-participant', { fee: money(value.feePerParticipant) })] };
  },
  'peer-feedback'({ course, plan, text }) {
    const provider = course.provider?.toLowerCase();
    const feedback = plan?.peerFeedback ?? [];
    const providers = feedback.length ? providersOf(feedback) : [];
    const found = feedback.filter((f, i) => (f.courseUrl && course.url && f.courseUrl === course.url) || (provider && providers[i] === provider));
    if (found.length) {
      const score = found.reduce((n, f) => n + f.rating, 0) / found.length;
      return { score: clamp(score), evidence: found.slice(0, 3).map((f) => peerSaid(f, f.rating >= 0.5 ? '+' : '-')) };
    }
    const testimonial = text.features.get('peer-reviewed');
    return testimonial ? { score: 0.5, evidence: [said('features', '+', 'evidence.testimonials', { quote: testimonial.quote })] } : unknown;
  },
  keywords: () => unknown,
};
