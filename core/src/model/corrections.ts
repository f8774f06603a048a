import { z } from '../zod.ts';
import { DELIVERIES, FUNDING_ROUTES } from './choices.ts';
import { Amount, IsoDateTime } from './common.ts';

/**
 * Facts a member of staff corrected by hand, one entry per kind of fact. A correction wins over what
 * the page says, is kept with the course (saved, handed off, requested) and says who made it and when,
 * so every view can show "corrected by you" or "corrected by the member of staff".
 */

/** Who made a correction (only staff do) and when (ISO date-time). */
const stamp = { by: z.literal('staff'), at: IsoDateTime } as const;

/** The price bases a member of staff can choose; "free" is a price of 0, "funded" a funding correction. */
export const CorrectedBasis = z.enum(['per-participant', 'per-school', 'per-group']);
export type CorrectedBasis = z.infer<typeof CorrectedBasis>;

/** VAT as the member of staff knows it: unknown stays unknown. */
export const CorrectedVat = z.enum(['included', 'excluded', 'exempt', 'unknown']);
export type CorrectedVat = z.infer<typeof CorrectedVat>;

/** Status as staff can state it; "cancelled" cannot be booked, like "closed". */
export const CorrectedStatus = z.enum(['open', 'full', 'cancelled', 'past']);
export type CorrectedStatus = z.infer<typeof CorrectedStatus>;

/** A calendar date, 2026-03-14. */
export const CalendarDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
/** A time of day on the 24-hour clock, 09:30. */
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** One session as staff state it: a date, and its start and end times when known. */
export const CorrectedSession = z.object({
  date: CalendarDate,
  start: z.optional(ClockTime),
  end: z.optional(ClockTime),
});
export type CorrectedSession = z.infer<typeof CorrectedSession>;

export const Corrections = z.object({
  /** The fee as the provider charges it: the amount, whom it is for and, for a school or group, how many staff it covers. */
  price: z.optional(
    z.object({
      amount: Amount,
      basis: CorrectedBasis,
      covers: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
      ...stamp,
    }),
  ),
  vat: z.optional(z.object({ value: CorrectedVat, ...stamp })),
  /** The sessions one participant attends (alternative dates are not listed). */
  sessions: z.optional(z.object({ sessions: z.array(CorrectedSession).check(z.minLength(1), z.maxLength(60)), ...stamp })),
  delivery: z.optional(z.object({ value: z.enum(DELIVERIES), ...stamp })),
  /** The funded route that pays the fee, or "none" when the school pays. */
  funding: z.optional(z.object({ route: z.enum([...FUNDING_ROUTES, 'none']), ...stamp })),
  status: z.optional(z.object({ value: CorrectedStatus, ...stamp })),
});
export type Corrections = z.infer<typeof Corrections>;

/** The kinds of fact staff can correct, in the order views list them. */
export const CORRECTABLE = ['price', 'vat', 'sessions', 'delivery', 'funding', 'status'] as const;
export type Correctable = (typeof CORRECTABLE)[number];
