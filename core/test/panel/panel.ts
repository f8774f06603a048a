/** The expert panel: every case and every pair, and the kinds it must cover. */
import type { OpportunityKind } from '../../src/index.ts';
import { PRIMARY_CASES, SECONDARY_CASES } from './cases-england.ts';
import { PAIRS_ENGLAND } from './pairs.ts';
import type { PageCase, PanelPair } from './types.ts';

export const CASES: PageCase[] = [...PRIMARY_CASES, ...SECONDARY_CASES];
export const PAIRS: PanelPair[] = [...PAIRS_ENGLAND];

/** Every opportunity kind the panel must include at least once. */
export const REQUIRED_KINDS: readonly OpportunityKind[] = [
  'course', 'conference', 'webinar', 'programme', 'coaching', 'lesson-study', 'network', 'qualification', 'npq', 'ecf',
  'apprenticeship', 'statutory', 'inset', 'unknown',
];
