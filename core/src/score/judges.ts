import type { Course, FeatureKind } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Judge, Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { Evidence, TargetMatch, ValueForMoney } from '../model/score.ts';
import { money } from '../text/format.ts';
import type { CourseText } from './analyse.ts';

/** Everything a judge may look at; computed once per course. */
export interface JudgeContext {
  course: Course;
  text: CourseText;
  policy: Policy;
  profile?: Profile;
  plan?: SchoolPlan;
  value: ValueForMoney;
  matches: TargetMatch[];
  /** Days from the first to the last dated session (0 for one session), null when undated. */
  span: number | null;
}

/** A judgement: a score 0..1, or null when the page cannot tell, and the evidence either way. */
export interface Verdict {
  score: number | null;
  evidence: Evidence[];
}

type JudgeFn = (ctx: JudgeContext) => Verdict;

const unknown: Verdict = { score: null, evidence: [] };
const clamp = (n: number): number => Math.max(0, Math.min(1, Math.round(n * 1000) / 1000));
const plus = (field: string, text: string): Evidence => ({ field, text, effect: '+' });
const minus = (field: string, text: string): Evidence => ({ field, text, effect: '-' });
const DAY = 86_400_000;

/** Scores by the features a page states: each listed feature adds its credit; none found is unknown. */
function byFeatures(credits: Partial<Record<FeatureKind, number>>): JudgeFn {
  const entries = Object.entries(credits) as [FeatureKind, number][];
  return ({ text }) => {
    let score = 0;
    const evidence: Evidence[] = [];
    for (const [kind, credit] of entries) {
      const f = text.features.get(kind);
      if (!f) continue;
      score += credit;
      evidence.push(plus('features', f.quote));
    }
    return evidence.length ? { score: clamp(score), evidence } : unknown;
  };
}

/** Days from first to last session, when dated; computed once per course into the context. */
export function spanDays(course: Course): number | null {
  const times = (course.sessions ?? []).map((s) => Date.parse(s.start)).filter((t) => Number.isFinite(t));
  if (times.length < 2) return times.length === 1 ? 0 : null;
  return Math.round((Math.max(...times) - Math.min(...times)) / DAY);
}

/** 0..1 for how long a course runs: two terms (~120 days) or more is full marks. */
function periodScore(span: number | null): number | null {
  return span === null ? null : span >= 120 ? 1 : span >= 60 ? 0.8 : span >= 28 ? 0.6 : span > 0 ? 0.4 : 0.15;
}

const linear = (x: number, good: number, poor: number): number => clamp(poor === good ? (x <= good ? 1 : 0) : (poor - x) / (poor - good));

const ROLE_FAMILY: Record<string, string[]> = {
  teacher: ['teacher', 'ect', 'middle-leader', 'senior-leader', 'senco', 'headteacher'],
  ect: ['ect', 'teacher'],
  'teaching-assistant': ['teaching-assistant', 'support-staff'],
  'middle-leader': ['middle-leader', 'teacher', 'senior-leader'],
  'senior-leader': ['senior-leader', 'headteacher', 'middle-leader'],
  headteacher: ['headteacher', 'senior-leader'],
  senco: ['senco', 'teacher', 'middle-leader'],
  dsl: ['dsl', 'senior-leader', 'teacher'],
  'business-leader': ['business-leader', 'support-staff', 'senior-leader'],
  'support-staff': ['support-staff', 'teaching-assistant', 'business-leader'],
  governor: ['governor'],
  other: [],
};

/** The built-in judges, one per `Judge` value. Each reads only the course, the context and the policy. */
export const JUDGES: Record<Judge, JudgeFn> = {
  priorities({ matches, profile, plan }) {
    if (!profile?.targets.length && !plan?.objectives.length) return unknown;
    const best = (kind: TargetMatch['kind']) => matches.filter((m) => m.kind === kind).reduce((a, m) => Math.max(a, m.strength), 0);
    const fit = (s: number) => clamp(s / 0.6);
    const hasTargets = !!profile?.targets.length;
    const hasObjectives = !!plan?.objectives.length;
    const t = fit(best('target'));
    const o = fit(best('objective'));
    const score = hasTargets && hasObjectives ? 0.6 * t + 0.4 * o : hasTargets ? t : o;
    const evidence = matches
      .filter((m) => m.strength >= 0.15)
      .sort((a, b) => b.strength - a.strength)
      .slice(0, 4)
      .map((m) => plus(m.kind === 'target' ? 'PD target' : 'SDP objective', `Serves “${m.label}” (matched: ${m.matched.join(', ')})`));
    if (!evidence.length) evidence.push(minus('targets', 'Matches none of the PD targets or SDP objectives.'));
    return { score: clamp(score), evidence };
  },
  'good-practice': byFeatures({ 'practice-rehearsal': 0.4, 'feedback-to-participants': 0.3, 'goal-setting': 0.3, 'materials-provided': 0.15, 'follow-up': 0.2 }),
  'pupil-outcomes': byFeatures({ 'pupil-outcomes': 1 }),
  compliance: byFeatures({ compliance: 1 }),
  'role-fit'({ course, profile, text }) {
    if (!profile) return unknown;
    const parts: number[] = [];
    const evidence: Evidence[] = [];
    const roles = course.audience?.roles ?? [];
    if (roles.length) {
      const ok = roles.some((r) => (ROLE_FAMILY[profile.role] ?? [profile.role]).includes(r));
      parts.push(ok ? 1 : 0);
      evidence.push(ok ? plus('audience', `Designed for ${roles.join(', ')}`) : minus('audience', `Designed for ${roles.join(', ')}, not ${profile.role}`));
    }
    const phases = course.audience?.phases ?? [];
    if (phases.length && profile.phase) {
      const ok = phases.includes(profile.phase) || phases.includes('all-through');
      parts.push(ok ? 1 : 0);
      evidence.push(ok ? plus('audience', `Phase: ${phases.join(', ')}`) : minus('audience', `Phase ${phases.join(', ')}, not ${profile.phase}`));
    }
    const subjects = profile.subjects.map((s) => s.toLowerCase());
    if (subjects.length) {
      const named = [...(course.audience?.subjects ?? []).map((s) => s.toLowerCase()), ...[...text.concepts.values()].map((s) => s.toLowerCase())];
      const hit = subjects.find((s) => named.some((n) => n.includes(s) || s.includes(n)));
      if (hit) {
        parts.push(1);
        evidence.push(plus('audience', `Covers your subject: ${hit}`));
      } else if (course.audience?.subjects?.length) {
        parts.push(0.3);
        evidence.push(minus('audience', `Subjects: ${course.audience.subjects.join(', ')}`));
      }
    }
    return parts.length ? { score: clamp(parts.reduce((a, b) => a + b, 0) / parts.length), evidence } : unknown;
  },
  inclusion: byFeatures({ inclusion: 1 }),
  expertise(ctx) {
    const v = byFeatures({ 'expert-facilitator': 0.8, 'research-evidence': 0.1 })(ctx);
    const acc = ctx.course.accreditation ?? [];
    if (!acc.length) return v;
    return { score: clamp((v.score ?? 0.5) + 0.3), evidence: [...v.evidence, plus('accreditation', `Accredited: ${acc.join(', ')}`)] };
  },
  planned({ course, text }) {
    const dated = (course.sessions ?? []).length;
    const evidence: Evidence[] = [];
    let score = 0;
    if (dated) {
      score += 0.6;
      evidence.push(plus('sessions', `${dated} dated session${dated === 1 ? '' : 's'} published`));
    }
    for (const kind of ['goal-setting', 'sustained'] as const) {
      const f = text.features.get(kind);
      if (f) {
        score += 0.2;
        evidence.push(plus('features', f.quote));
      }
    }
    return evidence.length ? { score: clamp(score), evidence } : unknown;
  },
  standards(ctx) {
    const v = byFeatures({ 'standards-aligned': 1 })(ctx);
    const acc = (ctx.course.accreditation ?? []).find((a) => /\b(npq|ecf|qts|standard)/i.test(a));
    return acc && v.score === null ? { score: 1, evidence: [plus('accreditation', acc)] } : v;
  },
  research: byFeatures({ 'research-evidence': 1 }),
  'resource-use'({ course, text, value }) {
    const evidence: Evidence[] = [];
    const byMode: Record<string, number> = { 'online-live': 0.9, 'online-self-paced': 0.8, 'in-school': 1, blended: 0.7, 'face-to-face': 0.4 };
    let score: number | null = course.delivery ? (byMode[course.delivery] ?? 0.5) : null;
    if (course.delivery) evidence.push({ field: 'delivery', text: `Delivery: ${course.delivery.replace(/-/g, ' ')}`, effect: (score ?? 0) >= 0.7 ? '+' : '-' });
    if (value.coverDays === 0 && course.delivery !== 'online-self-paced' && course.sessions?.length) {
      score = Math.max(score ?? 0, 0.9);
      evidence.push(plus('sessions', 'Twilight or out-of-hours sessions: no supply cover needed'));
    }
    if (course.price?.basis === 'per-school') {
      score = clamp((score ?? 0.6) + 0.2);
      evidence.push(plus('price', 'One price for the whole school'));
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
    if (value.feePerParticipant === 0) return { score: 1, evidence: [plus('price', value.notes[0] ?? 'No fee')] };
    if (value.costPerParticipantHour === null) return unknown;
    const score = linear(value.costPerParticipantHour, policy.costs.goodCostPerHour, policy.costs.poorCostPerHour);
    const text = `${money(value.costPerParticipantHour)} per participant-hour in full (${money(value.totalCost ?? 0)} over ${value.hours} h)`;
    return { score, evidence: [{ field: 'price', text, effect: score >= 0.5 ? '+' : '-' }] };
  },
  evaluation: byFeatures({ 'impact-evaluation': 1, 'peer-reviewed': 0.3 }),
  sustained({ course, text, span }) {
    const period = periodScore(span);
    const evidence: Evidence[] = [];
    let score = period;
    if (period !== null) {
      const n = course.sessions?.length ?? 0;
      evidence.push({ field: 'sessions', text: span ? `${n} sessions over ${span} days` : 'A single session', effect: period >= 0.6 ? '+' : '-' });
    }
    const stated = text.features.get('sustained');
    if (stated) {
      score = Math.max(score ?? 0, 0.8);
      evidence.push(plus('features', stated.quote));
    }
    const follow = text.features.get('follow-up');
    if (follow) {
      score = (score ?? 0.4) + 0.2;
      evidence.push(plus('features', follow.quote));
    }
    return score === null ? unknown : { score: clamp(score), evidence };
  },
  collaboration: byFeatures({ collaboration: 1, 'feedback-to-participants': 0.3 }),
  'scale-scope'({ course, span }) {
    const evidence: Evidence[] = [];
    const basis = course.price?.basis;
    const reach = basis === 'per-school' || basis === 'per-group' ? 1 : basis === 'per-participant' ? 0.4 : course.format === 'programme' || course.format === 'network' ? 0.7 : null;
    if (reach !== null) evidence.push({ field: 'price', text: basis === 'per-school' || basis === 'per-group' ? `Priced ${basis.replace('-', ' ')}${course.price?.covers ? ` for up to ${course.price.covers} staff` : ''}` : basis === 'per-participant' ? 'Priced per participant: reach grows only with cost' : `Format: ${course.format}`, effect: reach >= 0.7 ? '+' : '-' });
    const period = periodScore(span);
    if (period !== null) evidence.push({ field: 'sessions', text: period >= 0.6 ? 'Runs over several weeks or more' : 'Short engagement', effect: period >= 0.6 ? '+' : '-' });
    const known = [reach, period].filter((x): x is number => x !== null);
    return known.length ? { score: clamp(known.reduce((a, b) => a + b, 0) / known.length), evidence } : unknown;
  },
  'price-per-participant'({ value, policy }) {
    if (value.feePerParticipant === null) return unknown;
    const score = linear(value.feePerParticipant, policy.costs.goodPricePerParticipant, policy.costs.poorPricePerParticipant);
    return { score, evidence: [{ field: 'price', text: `${money(value.feePerParticipant)} per participant`, effect: score >= 0.5 ? '+' : '-' }] };
  },
  'peer-feedback'({ course, plan, text }) {
    const provider = course.provider?.toLowerCase();
    const found = (plan?.peerFeedback ?? []).filter((f) => (f.courseUrl && course.url && f.courseUrl === course.url) || (provider && f.provider?.toLowerCase() === provider));
    if (found.length) {
      const score = found.reduce((n, f) => n + f.rating, 0) / found.length;
      return { score: clamp(score), evidence: found.slice(0, 3).map((f) => ({ field: 'peer feedback', text: `${f.from ?? 'A colleague'}: ${f.comment ?? `rated ${Math.round(f.rating * 5)}/5`}`, effect: f.rating >= 0.5 ? '+' : '-' })) };
    }
    const testimonial = text.features.get('peer-reviewed');
    return testimonial ? { score: 0.5, evidence: [plus('features', `Testimonials published by the provider (not independent): ${testimonial.quote}`)] } : unknown;
  },
  keywords: () => unknown,
};
