/** The shapes of the expert panel: expected judgement and costs per page, and pairs the evidence ranks. */
import type { Funding, OpportunityKind } from '../../src/index.ts';
import type { ContextId } from './contexts.ts';

/** Band ids of the default policy, plus the band for too little information. */
export type BandId = 'strong' | 'good' | 'partial' | 'weak' | 'insufficient';
export type Status = 'open' | 'past' | 'full' | 'closed' | 'unknown';
export type FundingRoute = Funding['route'];
/** Criterion ids of the default policy (CPL policy 3.1 and TDT commissioning). */
export type CriterionId =
  | 'priorities' | 'good-practice' | 'pupil-outcomes' | 'quality-compliance' | 'role-competency' | 'cultural-diversity'
  | 'provider-expertise' | 'planned-programme' | 'relevant-standards' | 'research-evidence' | 'resource-use' | 'accommodation'
  | 'value-for-money' | 'monitoring-evaluation' | 'sustained' | 'collaboration' | 'scale-scope' | 'price-per-participant' | 'peer-feedback';

/** One value or a set of acceptable values. */
export type OneOf<T> = T | readonly T[];

/**
 * What an experienced CPL lead expects for one page in one school context. Cost facts are for one
 * participant; a fact left undefined is not checked (the page leaves it genuinely open).
 */
export interface PageCase {
  /** File name under pages/, without .html. */
  page: string;
  context: ContextId;
  /** false: a page so thin that extraction may find no course; the harness then scores `{ title, url }`. */
  extracts?: boolean;
  bands: readonly BandId[];
  kind: OneOf<OpportunityKind>;
  status: OneOf<Status>;
  /**
   * The fee before VAT (left out when a funded route makes the list price moot), and what the school
   * pays after recovering VAT where it can; null = unknown.
   */
  fee?: { exVat?: number | null; paid: number | null };
  /** Days out of class in school hours (0 for twilight, weekend, INSET day, self-paced; half days 0.5). */
  coverDays?: number | null;
  contactHours?: number | null;
  /** The funded route the page offers, or null when none. */
  funding?: OneOf<FundingRoute | null>;
  /** Criteria an expert would cite for and against (reported, not asserted). */
  reasons: { for: readonly CriterionId[]; against: readonly CriterionId[] };
  /** One line citing the evidence (EEF 2021 mechanism, DfE 2016 standard, CPL policy clause, TDT). */
  why: string;
}

/** Two pages the evidence clearly ranks, for one context: `higher` must total more than `lower`. */
export interface PanelPair {
  higher: string;
  lower: string;
  context: ContextId;
  why: string;
}

/** The key of a case: page and context. */
export const caseKey = (page: string, context: ContextId): string => `${page}@${context}`;
