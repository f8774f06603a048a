/**
 * The shapes of panel 1: the format's types (../format/types.ts), re-exported, with PageCase extended by the
 * optional facts this panel also states (VAT, list price, dated sessions, criteria the page evidences,
 * self-contradictions).
 */
import type { PageCase as BasePageCase, CriterionId } from '../format/types.ts';

export type { BandId, Status, FundingRoute, CriterionId, OneOf, PanelPair } from '../format/types.ts';
export { caseKey } from '../format/types.ts';

export type VatStatement = 'plus-vat' | 'includes-vat' | 'no-vat' | 'not-stated';
export type PriceBasis = 'per-participant' | 'per-school' | 'per-group';
export type ConflictKind = 'price' | 'format' | 'venue' | 'dates' | 'status';

export interface PageCase extends BasePageCase {
  /** What the page says of VAT on the main fee. */
  vat?: VatStatement;
  /** The main fee exactly as stated (before any division by headcount); null if no price is stated. */
  listPrice?: { amount: number; basis: PriceBasis; covers?: number } | null;
  /** Dated sessions one participant attends (alternative dates count once; self-paced = 0). */
  sessions?: number;
  /** Criteria the page plainly evidences: a reason against any of them would contradict the page. */
  notAgainst?: readonly CriterionId[];
  /** Where the page contradicts itself. */
  conflicts?: readonly ConflictKind[];
}
