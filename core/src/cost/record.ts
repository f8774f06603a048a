import type { CostRecord } from '../model/cost-record.ts';
import type { Phase } from '../model/common.ts';
import type { Course } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import { profileCourse } from '../course-profile/profile.ts';
import { supplyCoverRate } from '../request/config.ts';
import { coverDaysFor, feePerParticipant, vatRecoverable } from './cost.ts';

/** One participant's supply cover in pence (days × the day rate), or null when the days are unknown. */
export const coverPenceOf = (record: CostRecord): number | null => (record.coverDays === undefined ? null : Math.round(record.coverDays * record.coverRatePence));

/** Pounds to whole pence: the one place money is rounded before display. */
export const toPence = (pounds: number): number => Math.round(pounds * 100);
/** Pence to pounds, for display and for the request's pounds fields. */
export const toPounds = (pence: number): number => pence / 100;

/** What the cost record needs besides the course: the school's policy and plan, the member of staff, the cohort sharing a price. */
export interface CostRecordOptions {
  plan?: SchoolPlan;
  staff?: Profile;
  /** The phase when no profile is given (the widgets' configuration). */
  phase?: Phase;
  cohort?: number;
  profile?: CourseProfile;
}

const TRAVEL_EXTRA = /\b(?:plus|\+|excluding|excl\.?|not including)\s*(?:(?:reasonable|staff)\s+)?travel|travel\s+(?:is\s+)?(?:extra|charged separately|on top|not included)/i;
const TRAVEL_INCLUDED = /\b(?:includes?|including|incl\.?|inclusive of)\s+travel|travel\s+(?:is\s+)?included/i;

/** Whether the page says travel is charged on top, included, or nothing at all. */
export function travelStatus(course: Course): CostRecord['travel'] {
  const said = [course.price?.text, course.description].filter(Boolean).join(' ');
  return TRAVEL_EXTRA.test(said) ? 'extra' : TRAVEL_INCLUDED.test(said) ? 'included' : 'not-stated';
}

/**
 * The cost facts of one booking of a course: a per-school or per-group price is the school's total (the
 * price times the units the cohort needs) with the per-head figure beside it; a per-participant price is
 * one participant's fee. VAT is added only when the school cannot recover it; cover is at the school's own
 * day rate. Everything in pence, so later steps add without rounding again.
 */
export function costRecord(course: Course, policy: Policy, options: CostRecordOptions = {}): CostRecord {
  const profile = options.profile ?? profileCourse(course, policy);
  const price = course.price;
  // one unit of the price (one school, one group or one participant), VAT as the school pays it
  const unit = feePerParticipant(course, policy, 1, { profile, ...(options.plan ? { plan: options.plan } : {}) });
  const shared = !!price && (price.basis === 'per-school' || price.basis === 'per-group' || (price.basis === 'unknown' && (profile.pricedFor ?? price.covers) !== undefined));
  const covers = profile.pricedFor ?? price?.covers;
  const share = shared ? (options.cohort ?? covers) : undefined;
  const units = shared && share && covers && share > covers ? Math.ceil(share / covers) : 1;
  const feePence = unit.fee === null ? undefined : toPence(unit.fee) * units;
  const days = coverDaysFor(course, { policy, profile, ...(options.staff ? { staff: options.staff } : {}) });
  const rate = supplyCoverRate(policy, options.staff?.phase ?? options.phase);
  const hours = profile.schedule.contactHours;
  const record: CostRecord = {
    currency: price?.currency ?? policy.costs.currency,
    vat: price?.vat ?? 'unknown',
    vatRecoverable: vatRecoverable(policy, options.plan),
    travel: travelStatus(course),
    coverRatePence: toPence(rate),
  };
  if (price) record.price = price;
  if (feePence !== undefined) record.feePence = feePence;
  if (shared && share && feePence !== undefined) {
    record.sharedBy = share;
    record.perHeadPence = Math.round(feePence / share);
  }
  if (days !== null) record.coverDays = days;
  if (hours !== null && hours !== undefined) record.hours = hours;
  if (unit.funded && profile.funding) record.funding = profile.funding.route;
  return record;
}
