import type { Course } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { ValueForMoney } from '../model/score.ts';
import { coverDaysFor } from '../request/cover.ts';

const round2 = (n: number): number => Math.round(n * 100) / 100;

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

/** Days of supply cover one participant needs (core's one cover rule: see `coverDaysFor`). */
export function coverDays(course: Course, policy: Policy, profile?: Profile): number | null {
  return coverDaysFor(course, policy, profile).days;
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
