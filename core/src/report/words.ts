import type { StaffGroup } from '../model/common.ts';
import type { CpdRequest } from '../model/request.ts';

/**
 * A criterion's 0..1 score in words, the one scale every CLI table uses (a raw 0.15 means nothing to a
 * CPL leader): strong ≥ 0.8, good ≥ 0.6, some ≥ 0.4, weak ≥ 0.2, else poor; "unknown" when not judged.
 */
export function judgedWord(score: number | null | undefined): string {
  if (score === null || score === undefined) return 'unknown';
  if (score >= 0.8) return 'strong';
  if (score >= 0.6) return 'good';
  if (score >= 0.4) return 'some';
  if (score >= 0.2) return 'weak';
  return 'poor';
}

/** Staff groups as people say them. */
export const STAFF_GROUP_WORDS: Readonly<Record<StaffGroup, string>> = { teaching: 'Teaching', support: 'Support', leadership: 'Leadership' };

/** Request statuses as people say them. */
export const STATUS_WORDS: Readonly<Record<NonNullable<CpdRequest['status']>, string>> = {
  draft: 'Draft',
  submitted: 'Requested',
  approved: 'Approved',
  declined: 'Declined',
  booked: 'Booked',
  completed: 'Completed',
};
