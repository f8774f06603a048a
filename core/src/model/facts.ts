/**
 * Facts read from a course page's structure (core/src/facts), each with the words it came from, so a
 * view can show them and a member of staff can correct them. All optional: a page that does not say
 * leaves them out, and unknown is never turned into a default.
 */
import { z } from '../zod.ts';
import { Amount, Currency, IsoDateTime, SchoolType, text } from './common.ts';

const quote = text(300);

/** An amount on the page that is not the course fee, with what it is. */
export const Charge = z.object({
  /** `rate`: the fee for another kind of school ("Independent schools: £99 per delegate"), with `for`. */
  type: z.enum(['early-bird', 'member', 'concession', 'add-on', 'penalty', 'travel', 'deposit', 'rate']),
  amount: Amount,
  /** The kinds of school a `rate` is for. */
  for: z.optional(z.array(SchoolType).check(z.maxLength(3))),
  currency: Currency,
  /** VAT as the amount's own words state it. */
  vat: z.optional(z.enum(['included', 'excluded', 'exempt', 'unknown'])),
  /** The last day the amount applies (an early-bird deadline). */
  until: z.optional(IsoDateTime),
  quote,
});
export type Charge = z.infer<typeof Charge>;

/** The booking status the page states. */
export const StatedStatus = z.object({ value: z.enum(['open', 'closed', 'sold-out', 'waiting-list', 'cancelled', 'past']), quote });
export type StatedStatus = z.infer<typeof StatedStatus>;

/** A funding statement on the page; what the page states beats any default for the kind of course. */
export const FundingStatement = z.object({ kind: z.enum(['funded', 'eligible', 'self-funded', 'levy', 'welsh-government', 'not-funded']), quote });
export type FundingStatement = z.infer<typeof FundingStatement>;

/** Two values the page gives for one fact ("£350" and "free"): kept both, asked about, never silently chosen. */
export const Conflict = z.object({
  field: z.enum(['price', 'delivery', 'length']),
  values: z.array(text(120)).check(z.minLength(2), z.maxLength(4)),
  quotes: z.array(quote).check(z.maxLength(4)),
});
export type Conflict = z.infer<typeof Conflict>;

/** Who leads the course, as the page names them. */
export const Trainer = z.object({ name: z.optional(text(120)), role: z.optional(text(120)), credentials: z.optional(text(120)), quote });
export type Trainer = z.infer<typeof Trainer>;

/** A length in days the page states (an access period, or the span a programme runs over). */
export const StatedDays = z.object({ days: z.number().check(z.gte(0), z.lte(3650)), quote });
export type StatedDays = z.infer<typeof StatedDays>;

/** A dated fact the page states (an application or booking deadline). */
export const StatedDate = z.object({ date: IsoDateTime, quote });
export type StatedDate = z.infer<typeof StatedDate>;

/** The page offers its dates as choices of one course ("choose a date", "including 4 January and 6 April"). */
export const StatedChoices = z.object({ quote });
export type StatedChoices = z.infer<typeof StatedChoices>;
