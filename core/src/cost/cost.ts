import type { SchoolType } from '../model/common.ts';
import { forNation, nationOf } from '../i18n/nation.ts';
import type { Course } from '../model/course.ts';
import type { Charge } from '../model/facts.ts';
import type { CostLine, CourseProfile } from '../model/course-profile.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import type { ValueForMoney } from '../model/score.ts';
import { profileCourse } from '../course-profile/profile.ts';
import { repaymentMessage } from '../course-profile/funding.ts';
import { english, msg, type InnerMessage } from '../i18n/message.ts';
import { money } from '../text/format.ts';
import { supplyCoverRate } from '../request/config.ts';
import { remainingBudget } from '../budget/entered.ts';

/** Roles that have a class to cover while they are out. */
const CLASS_ROLES: ReadonlySet<string> = new Set(['teacher', 'ect', 'middle-leader', 'senco', 'teaching-assistant']);
/** Roles without a class: no supply cover. */
const NO_CLASS_ROLES: ReadonlySet<string> = new Set(['business-leader', 'governor', 'support-staff', 'headteacher']);

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The school type in force: the plan's, else the policy's default, else unknown. */
export function schoolTypeOf(policy: Policy, plan?: SchoolPlan): SchoolType | undefined {
  return plan?.schoolType ?? policy.costs.schoolType;
}

/** Whether the school recovers VAT: maintained schools and academies do, independent schools do not; else the policy says. */
export function vatRecoverable(policy: Policy, plan?: SchoolPlan): boolean {
  const type = schoolTypeOf(policy, plan);
  return type ? type !== 'independent' : policy.costs.vatReclaimable;
}

/** Options of the cost arithmetic: the cohort sharing a group price, the plan (school type), the course's profile. */
export interface CostOptions {
  cohort?: number;
  plan?: SchoolPlan;
  profile?: CourseProfile;
}

export interface Fee {
  /** What one participant costs the school in fees, VAT included where it is not recovered; null when unknown. */
  fee: number | null;
  /** The fee before VAT, per participant. */
  exVat?: number | null;
  /** The VAT on that fee per participant (0 when none), whether or not the school recovers it. */
  vat: number | null;
  funded: boolean;
  /** What the figure rests on, as messages (`english()` gives today's sentences). */
  notes: InnerMessage[];
  warnings: InnerMessage[];
}

/** "Free to Harbour Learning Trust schools" with no price for the rest: the £0 member rate the page states (issue 22). */
export const freeOnlyForSome = (course: Course): Charge | undefined => (course.price ? undefined : course.charges?.find((c) => c.type === 'member' && c.amount === 0));

/**
 * The fee one participant costs the school: per-school and per-group prices divided by the staff they
 * cover (or the cohort), with a warning above the cap; VAT added only when the school cannot recover it;
 * funded routes (DfE NPQ and ECF funding for state schools, the apprenticeship levy, Welsh and grant
 * funding) cost the budget nothing but carry what to check.
 */
export function feePerParticipant(course: Course, policy: Policy, cohort?: number, options: CostOptions = {}): Fee {
  const profile = options.profile ?? profileCourse(course, policy);
  const notes: InnerMessage[] = [];
  const warnings: InnerMessage[] = [];
  const price = course.price;
  const funding = profile.funding;
  const independent = schoolTypeOf(policy, options.plan) === 'independent';
  const nation = nationOf(policy, options.plan);
  if (funding) {
    const stateOnly = funding.route === 'npq-dfe' || funding.route === 'ecf' || funding.route === 'welsh-national';
    const priced = !!price && price.amount > 0 && price.basis !== 'funded' && price.basis !== 'free';
    // "funded places available" beside a price may not cover everyone: the price stands, with the check
    const pays = (stateOnly && !independent) || funding.route === 'apprenticeship-levy' || funding.route === 'levy-transfer' || !priced;
    // a stored profile from an older version has the check as text only
    // a Welsh school's plan names Wales's funding even where the profile was read for the policy alone (issue 25)
    warnings.push(nation === 'wales' || !funding.checkMessage ? msg(forNation(`funding.${funding.route}`, nation)) : funding.checkMessage);
    if (stateOnly && independent) warnings.unshift(msg('cost.independent'));
    if (pays) {
      notes.push(msg(forNation(funding.route === 'apprenticeship-levy' || funding.route === 'levy-transfer' ? 'cost.levy' : 'cost.funded-if-eligible', nation)));
      return { fee: 0, vat: 0, funded: true, notes, warnings };
    }
  }
  if (!price) {
    // "Free to Harbour Learning Trust schools" alone: free for those named, no price for the rest (issue 22)
    const some = freeOnlyForSome(course);
    return { fee: null, vat: null, funded: false, notes: [some ? msg('cost.free-for-some', { quote: some.quote.slice(0, 160) }) : msg('cost.no-price')], warnings };
  }
  // "FREE" in the banner and "£350 + VAT" in the table: the page has not said what it costs, so neither is the fee until staff correct it
  const conflict = course.corrections?.price ? undefined : course.conflicts?.find((c) => c.field === 'price');
  if (conflict) return { fee: null, vat: null, funded: false, notes: [msg('cost.price-conflict', { first: conflict.values[0]!, second: conflict.values[1]! })], warnings };
  if (price.basis === 'funded' || price.basis === 'free' || price.amount === 0) {
    notes.push(msg(price.basis === 'funded' ? 'cost.funded' : 'cost.free'));
    return { fee: 0, vat: 0, funded: price.basis === 'funded', notes, warnings };
  }
  // the fee before VAT and the VAT on it; the school pays the VAT only when it cannot recover it
  const rate = policy.costs.vatRate;
  let exVat = price.vat === 'included' ? price.amount / (1 + rate) : price.amount;
  let vat = price.vat === 'included' ? price.amount - exVat : price.vat === 'excluded' ? price.amount * rate : 0;
  const recoverable = vatRecoverable(policy, options.plan);
  if (price.vat === 'excluded' || price.vat === 'included') {
    notes.push(recoverable ? msg(forNation(price.vat === 'included' ? 'cost.vat-recovered-included' : 'cost.vat-recovered', nationOf(policy, options.plan)), { amount: money(round2(exVat)) }) : msg(independent ? 'cost.vat-paid-independent' : 'cost.vat-paid-policy', { rate: Math.round(rate * 100) }));
  } else if (price.vat === 'unknown') notes.push(msg('cost.vat-unknown'));
  const covers = profile.pricedFor ?? price.covers;
  if (price.basis === 'per-school' || price.basis === 'per-group' || (price.basis === 'unknown' && covers !== undefined)) {
    const share = cohort ?? covers;
    if (!share) return { fee: null, vat: null, funded: false, notes: [...notes, msg(`cost.enter-cohort-${price.basis}`)], warnings };
    let units = 1;
    if (covers !== undefined && share > covers) {
      units = Math.ceil(share / covers);
      warnings.push(msg('cost.cap', { covers, share, units, amount: money(price.amount * units) }));
    }
    exVat = (exVat * units) / share;
    vat = (vat * units) / share;
    notes.push(msg(share === 1 ? 'cost.shared-one' : 'cost.shared', { share }));
  } else if (price.basis === 'unknown') notes.push(msg('cost.basis-unknown'));
  return { fee: round2(exVat + (recoverable ? 0 : vat)), exVat: round2(exVat), vat: round2(vat), funded: false, notes, warnings };
}

/** Options for suggesting cover days: the policy, and the member of staff (their role decides whether a class needs cover). */
export interface CoverOptions {
  policy: Policy;
  staff?: Profile;
  profile?: CourseProfile;
}

/**
 * Days of supply cover one participant needs for a course: days out of class in school hours (half a
 * day for a half day), none for twilights, weekends, holidays, INSET days, self-paced study or roles
 * without a class; null when the page cannot tell. Pure: the request form reuses it to suggest cover.
 */
export function coverDaysFor(course: Course, options: CoverOptions): number | null {
  const staff = options.staff;
  if (staff && !CLASS_ROLES.has(staff.role)) return 0;
  const roles = course.audience?.roles;
  if (!staff && roles?.length && roles.every((r) => NO_CLASS_ROLES.has(r))) return 0;
  const profile = options.profile ?? profileCourse(course, options.policy);
  return profile.schedule.daysOutOfClass;
}

/** Days of supply cover one participant needs (see coverDaysFor). */
export function coverDays(course: Course, policy: Policy, staff?: Profile): number | null {
  return coverDaysFor(course, staff ? { policy, staff } : { policy });
}

/** Contact hours of one participant's attendance (alternatives count once; "N days" of access is not contact time). */
export function courseHours(course: Course, policy?: Policy, profile?: CourseProfile): number | null {
  if (profile) return profile.schedule.contactHours;
  if (!policy) return course.totalHours ?? null;
  return profileCourse(course, policy).schedule.contactHours;
}

/** The daily supply-cover rate for the member of staff's phase, else the policy's (the school's own rates beat the defaults). */
export const coverRate = (policy: Policy, staff?: Profile): number => supplyCoverRate(policy, staff?.phase);

/** A note's English text, cut to 300 characters. */
const said300 = (n: InnerMessage): string => {
  const text = english(n);
  return text.length > 300 ? text.slice(0, 300) : text;
};

/** Value-for-money figures and the one-line cost for one participant (or the cohort's share); null wherever unknown. */
export function costOf(course: Course, policy: Policy, staff: Profile | undefined, plan: SchoolPlan | undefined, cohort: number | undefined, profile: CourseProfile): { value: ValueForMoney; line: CostLine } {
  const fee = feePerParticipant(course, policy, cohort, { plan, profile });
  const notes = fee.notes;
  const days = coverDaysFor(course, { policy, profile, ...(staff ? { staff } : {}) });
  const rate = coverRate(policy, staff);
  const coverCost = days === null ? null : round2(days * rate);
  if (days === null) notes.push(msg('cost.hours-unknown'));
  else if (days > 0) notes.push(msg(days === 1 ? 'cost.cover-one' : 'cost.cover', { days, rate }));
  const totalCost = fee.fee === null ? null : round2(fee.fee + (coverCost ?? 0));
  const hours = profile.schedule.contactHours;
  const perHour = totalCost !== null && hours ? round2(totalCost / hours) : null;
  // no budget entered means no budget check, never "£0 left"
  const remaining = remainingBudget(plan);
  const share = totalCost !== null && remaining !== null && remaining > 0 ? Math.round(((totalCost * (cohort ?? 1)) / remaining) * 1000) / 1000 : null;
  const warnings = fee.warnings;
  const repayment = profile.funding ? profile.funding.repaymentMessage : repaymentMessage(profile.kind, policy);
  if (repayment) warnings.push(repayment);
  const all = warnings.length ? notes.concat(warnings) : notes.slice();
  const value: ValueForMoney = {
    currency: course.price?.currency ?? policy.costs.currency,
    feePerParticipant: fee.fee,
    coverDays: days,
    coverCost,
    totalCost,
    hours,
    costPerParticipantHour: perHour,
    shareOfRemainingBudget: share,
    remainingBudget: remaining,
    needsApproval: totalCost === null ? null : totalCost * (cohort ?? 1) > policy.costs.approvalThreshold,
    notes: all.map(said300),
    noteMessages: all,
  };
  const line: CostLine = {
    fee: fee.exVat ?? fee.fee,
    vat: fee.vat,
    vatRecoverable: vatRecoverable(policy, plan),
    coverDays: days,
    cover: coverCost,
    total: totalCost,
    perParticipantHour: perHour,
    funded: fee.funded,
  };
  if (warnings.length) {
    line.warnings = warnings.slice(0, 8).map(said300);
    line.warningMessages = warnings.slice(0, 8);
  }
  return { value, line };
}

/** Value-for-money figures for one participant (or the cohort's share), null wherever unknown. */
export function valueForMoney(course: Course, policy: Policy, staff?: Profile, plan?: SchoolPlan, cohort?: number): ValueForMoney {
  return costOf(course, policy, staff, plan, cohort, profileCourse(course, policy)).value;
}
