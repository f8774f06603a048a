import { z } from '../zod.ts';
import { Currency, text } from './common.ts';
import { Price } from './course.ts';

/** Whole pence: money is held in pence and rounded once, for display. */
export const Pence = z.int().check(z.gte(0), z.lte(1_000_000_000));

/**
 * The cost facts of one course for one request, as the label worked them out: carried unchanged through
 * the hand-off, the request, the receiver and the report, so every step shows the same money.
 */
export const CostRecord = z.object({
  currency: Currency,
  /** The price as the page states it (amount, basis, cap, VAT); absent when the page gives none. */
  price: z.optional(Price),
  /** What the fees cost the school for this booking, VAT included where it is not recovered: a per-school price is the school's total. */
  feePence: z.optional(Pence),
  /** For a shared (per-school or per-group) price: the fee per head, and how many staff share it. */
  perHeadPence: z.optional(Pence),
  sharedBy: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
  /** The page's VAT status, `unknown` when it does not say, and whether the school recovers VAT. */
  vat: z.enum(['included', 'excluded', 'exempt', 'unknown']),
  vatRecoverable: z.boolean(),
  /** Travel: charged on top (`extra`), included, or the page does not say. */
  travel: z.enum(['extra', 'included', 'not-stated']),
  /** Days of supply cover one participant needs (absent: the page cannot tell) and the school's day rate: cover is their product (`coverPenceOf`). */
  coverDays: z.optional(z.number().check(z.gte(0), z.lte(365))),
  coverRatePence: Pence,
  /** Contact hours of one participant's attendance; absent when unknown. */
  hours: z.optional(z.number().check(z.gte(0), z.lte(2000))),
  /** The funded route, when one pays (e.g. `npq-dfe`). */
  funding: z.optional(text(40)),
});
export type CostRecord = z.infer<typeof CostRecord>;
