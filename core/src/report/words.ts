import { EN } from '../i18n/en.ts';
import { judgedName } from '../i18n/names.ts';
import type { StaffGroup } from '../model/common.ts';
import type { CpdRequest } from '../model/request.ts';

/**
 * A criterion's 0..1 score in English words, the one scale every surface uses (a raw 0.15 means nothing
 * to a CPL leader): strong, good, some, weak or poor; "not stated" when the page does not say.
 */
export function judgedWord(score: number | null | undefined): string {
  return EN[judgedName(score).key];
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
