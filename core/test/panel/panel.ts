/** The expert panel: every case and every pair, and the kinds it must cover. */
import type { OpportunityKind } from '../../src/index.ts';
import { PRIMARY_CASES, PRIMARY_MORE, SECONDARY_CASES, SECONDARY_MORE } from './cases-england.ts';
import { BUSINESS_CASES, INDEPENDENT_CASES, WALES_CASES } from './cases-other.ts';
import { PAIRS as ALL_PAIRS } from './pairs.ts';
import type { PageCase, PanelPair } from './types.ts';

export const CASES: PageCase[] = [
  ...PRIMARY_CASES, ...PRIMARY_MORE, ...SECONDARY_CASES, ...SECONDARY_MORE, ...INDEPENDENT_CASES, ...WALES_CASES, ...BUSINESS_CASES,
];
export const PAIRS: PanelPair[] = [...ALL_PAIRS];

/** Every opportunity kind the panel must include at least once. */
export const REQUIRED_KINDS: readonly OpportunityKind[] = [
  'course', 'conference', 'webinar', 'programme', 'coaching', 'lesson-study', 'network', 'qualification', 'npq', 'ecf',
  'apprenticeship', 'statutory', 'inset', 'unknown',
];
