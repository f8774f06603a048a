import type { Course } from '../model/course.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';
import { feePerParticipant, vatRecoverable } from '../cost/cost.ts';
import { costRecord, toPence, toPounds } from '../cost/record.ts';
import { profileCourse } from '../course-profile/profile.ts';
import { coverPenceOf } from '../cost/record.ts';

/** One set of sums: fees, supply cover, the VAT within the fees the school cannot recover, and the total; null when unknown. */
export interface CostSums {
  fees: number | null;
  cover: number | null;
  vatNotRecoverable: number | null;
  total: number | null;
}

/** What a commissioning option costs, for the cohort and per participant, each sum shown so the total can be checked. */
export interface CohortSums {
  cohort: number;
  cohortSums: CostSums;
  perParticipant: CostSums;
}

const perHead = (pence: number | null, cohort: number): number | null => (pence === null ? null : toPounds(Math.round(pence / cohort)));

/**
 * The sums behind a commissioning option: a per-school price counts once for the school (times the
 * units the cohort needs), a per-participant one once a head; cover is each participant's days at the
 * school's own rate. Added in pence, rounded once: £1,250 shared by 12 is £1,250 for the cohort, not £1,250.04.
 */
export function cohortSums(course: Course, policy: Policy, cohort: number, options: { plan?: SchoolPlan; staff?: Profile } = {}): CohortSums {
  const profile = profileCourse(course, policy);
  const record = costRecord(course, policy, { ...options, cohort, profile });
  const shared = record.sharedBy !== undefined;
  const feesPence = record.feePence === undefined ? null : shared ? record.feePence : record.feePence * cohort;
  const unit = feePerParticipant(course, policy, 1, { profile, ...(options.plan ? { plan: options.plan } : {}) });
  const units = shared && record.feePence !== undefined && unit.fee ? Math.round(record.feePence / toPence(unit.fee)) : cohort;
  // the school recovers VAT: none is a cost; it does not and the page does not say: unknown
  const vatPence = feesPence === null ? null : vatRecoverable(policy, options.plan) ? 0 : unit.vat === null || record.vat === 'unknown' ? null : toPence(unit.vat) * units;
  const one = coverPenceOf(record);
  const coverPence = one === null ? null : one * cohort;
  const totalPence = feesPence === null ? null : feesPence + (coverPence ?? 0);
  const pounds = (p: number | null) => (p === null ? null : toPounds(p));
  return {
    cohort,
    cohortSums: { fees: pounds(feesPence), cover: pounds(coverPence), vatNotRecoverable: pounds(vatPence), total: pounds(totalPence) },
    perParticipant: { fees: perHead(feesPence, cohort), cover: perHead(coverPence, cohort), vatNotRecoverable: perHead(vatPence, cohort), total: perHead(totalPence, cohort) },
  };
}
