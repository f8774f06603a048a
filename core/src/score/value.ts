import type { Course } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { ValueForMoney } from '../model/score.ts';

/** Roles that need a supply teacher to cover their classes while they are out. */
const COVERED_ROLES = new Set(['teacher', 'ect', 'middle-leader', 'senco', 'teaching-assistant']);

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Hour of a session start written as an ISO string, read as written (the provider's local time). */
function startHour(iso: string): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? Number(m[1]) + Number(m[2]) / 60 : null;
}

/** Contact hours of a course: its stated total, else the sum of its sessions' hours. */
export function courseHours(course: Course): number | null {
  if (course.totalHours !== undefined) return course.totalHours;
  const sessions = course.sessions ?? [];
  if (sessions.length && sessions.every((s) => s.hours !== undefined)) return sessions.reduce((n, s) => n + (s.hours ?? 0), 0);
  return null;
}

/**
 * The fee one participant costs the school: per-school and per-group prices are shared across the
 * cohort (or the staff the price covers), VAT is added when quoted "+ VAT" and not reclaimable.
 */
export function feePerParticipant(course: Course, policy: Policy, cohort?: number): { fee: number | null; notes: string[] } {
  const price = course.price;
  const notes: string[] = [];
  if (!price) return { fee: null, notes: ['No price on the page: ask the provider (never assumed free).'] };
  if (price.basis === 'funded' || price.basis === 'free' || price.amount === 0) {
    return { fee: 0, notes: [price.basis === 'funded' ? 'Funded: no fee to the school.' : 'Free to attend.'] };
  }
  let amount = price.amount;
  if (price.vat === 'excluded' && !policy.costs.vatReclaimable) {
    amount *= 1 + policy.costs.vatRate;
    notes.push(`VAT at ${Math.round(policy.costs.vatRate * 100)}% added (not reclaimable under this policy).`);
  } else if (price.vat === 'unknown') {
    notes.push('The page does not say whether VAT is included.');
  }
  if (price.basis === 'per-school' || price.basis === 'per-group') {
    const share = cohort ?? price.covers;
    if (!share) return { fee: null, notes: [...notes, `Price is ${price.basis.replace('-', ' ')}: enter how many staff will take part to get a cost per participant.`] };
    amount /= share;
    notes.push(`Shared between ${share} participant${share === 1 ? '' : 's'}.`);
  }
  if (price.basis === 'unknown') notes.push('The page does not say who the price is for; read as per participant.');
  return { fee: round2(amount), notes };
}

/**
 * Days of supply cover one participant needs: none for self-paced or twilight sessions or for roles
 * that are not covered; half a day for sessions up to half the policy's day, else a day.
 */
export function coverDays(course: Course, policy: Policy, profile?: Profile): number | null {
  if (profile && !COVERED_ROLES.has(profile.role)) return 0;
  if (course.delivery === 'online-self-paced') return 0;
  const half = policy.costs.hoursPerDay / 2;
  const sessions = course.sessions ?? [];
  if (sessions.length) {
    let days = 0;
    for (const s of sessions) {
      const h = startHour(s.start);
      if (h !== null && h >= 15.5) continue; // twilight: after the school day
      if (s.hours === undefined) {
        if (h === null) days += 1;
        else days += 0.5 + (course.totalHours !== undefined && course.totalHours / sessions.length > half ? 0.5 : 0);
      } else days += s.hours === 0 ? 0 : s.hours <= half ? 0.5 : Math.ceil(s.hours / policy.costs.hoursPerDay);
    }
    return days;
  }
  const hours = courseHours(course);
  if (hours === null) return null;
  return Math.ceil(hours / half) / 2;
}

/** Value-for-money figures for one participant (or the cohort's share), null wherever unknown. */
export function valueForMoney(course: Course, policy: Policy, profile?: Profile, plan?: SchoolPlan, cohort?: number): ValueForMoney {
  const { fee, notes } = feePerParticipant(course, policy, cohort);
  const days = coverDays(course, policy, profile);
  const phaseRate = profile?.phase ? policy.costs.supplyCoverDayRateByPhase?.[profile.phase] : undefined;
  const rate = phaseRate ?? policy.costs.supplyCoverDayRate;
  const coverCost = days === null ? null : round2(days * rate);
  if (days === null) notes.push('Session lengths unknown: supply cover cannot be estimated.');
  else if (days > 0) notes.push(`${days} day${days === 1 ? '' : 's'} of supply cover at £${rate}/day.`);
  const totalCost = fee === null ? null : round2(fee + (coverCost ?? 0));
  const hours = courseHours(course);
  const perHour = totalCost !== null && hours ? round2(totalCost / hours) : null;
  let remaining: number | null = null;
  let share: number | null = null;
  if (plan) {
    const committed = plan.commitments.reduce((n, c) => n + c.amount, 0);
    remaining = round2(plan.budget.total - committed);
    if (totalCost !== null) share = remaining > 0 ? Math.round(((totalCost * (cohort ?? 1)) / remaining) * 1000) / 1000 : null;
  }
  return {
    currency: course.price?.currency ?? policy.costs.currency,
    feePerParticipant: fee,
    coverDays: days,
    coverCost,
    totalCost,
    hours,
    costPerParticipantHour: perHour,
    shareOfRemainingBudget: share,
    remainingBudget: remaining,
    needsApproval: totalCost === null ? null : totalCost * (cohort ?? 1) > policy.costs.approvalThreshold,
    notes,
  };
}
