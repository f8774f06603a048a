/** Panel 3 shapes: format/types.ts's PageCase plus the optional facts this panel also settles. */
import type { PageCase as BaseCase, PanelPair, CriterionId, BandId, Status, FundingRoute, OneOf } from '../format/types.ts';

export type { PanelPair, CriterionId, BandId, Status, FundingRoute, OneOf };

export type VatStatement = 'plus-vat' | 'includes-vat' | 'no-vat' | 'not-stated';
export type ListPriceBasis = 'per-participant' | 'per-school' | 'per-group';
export type ConflictKind = 'price' | 'format' | 'venue' | 'dates' | 'status';

export interface PageCase extends BaseCase {
  /** How the page states VAT on the main fee. */
  vat?: VatStatement;
  /** The main fee exactly as stated (before any division by headcount); null when the page states none. */
  listPrice?: { amount: number; basis: ListPriceBasis; covers?: number } | null;
  /** Dated sessions one participant attends (alternative dates count once). */
  sessions?: number;
  /** Criteria the page plainly evidences: a reason against any of them contradicts the page. */
  notAgainst?: readonly CriterionId[];
  /** Facts the page states in two incompatible ways. */
  conflicts?: readonly ConflictKind[];
}

export const caseKey = (page: string, context: string): string => `${page}@${context}`;
