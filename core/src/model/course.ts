import { z } from '../zod.ts';
import { APPROACHES, DELIVERIES } from './choices.ts';
import { Corrections } from './corrections.ts';
import {
  Amount,
  Currency,
  Id,
  IsoDateTime,
  Phase,
  Provenance,
  Role,
  Unit,
  WebUrl,
  label,
  text,
} from './common.ts';
import { Charge, Conflict, FundingStatement, StatedChoices, StatedDate, StatedDays, StatedStatus, Trainer } from './facts.ts';

/** Who a price is for: a participant, a whole school, a group; funded or free costs the school nothing. */
export const PriceBasis = z.enum(['per-participant', 'per-school', 'per-group', 'funded', 'free', 'unknown']);
export type PriceBasis = z.infer<typeof PriceBasis>;

/**
 * A price as advertised. A course with no price has no `price` at all: unknown is never free.
 * `amount` is what the page says, before VAT is added when `vat` is `excluded`.
 */
export const Price = z.object({
  amount: Amount,
  currency: Currency,
  vat: z.enum(['included', 'excluded', 'exempt', 'unknown']),
  basis: PriceBasis,
  /** For per-school or per-group prices: how many staff the price covers, when the page says. */
  covers: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
  /** The price text as the page wrote it, e.g. "£195 + VAT per delegate". */
  text: z.optional(text(200)),
});
export type Price = z.infer<typeof Price>;

/** One dated session of a course. */
export const Session = z.object({
  start: IsoDateTime,
  end: z.optional(IsoDateTime),
  /** Contact hours of this session, when known. */
  hours: z.optional(z.number().check(z.gte(0), z.lte(24))),
  label: z.optional(text(200)),
});
export type Session = z.infer<typeof Session>;

/** How a course is delivered. */
export const Delivery = z.enum(DELIVERIES);
export type Delivery = z.infer<typeof Delivery>;

/** What kind of opportunity this is. */
export const Format = z.enum([
  'course',
  'workshop',
  'conference',
  'webinar',
  'programme',
  'qualification',
  'coaching',
  'network',
  'visit',
  'other',
]);
export type Format = z.infer<typeof Format>;

/** The CPL approaches of the trust policy's section 3.2 (the list itself is in `choices.ts`, without zod). */
export const Approach = z.enum(APPROACHES);
export type Approach = z.infer<typeof Approach>;

/**
 * Features of a course that the evidence says matter (EEF 2021, DfE 2016 standard), each found as a
 * phrase on the page: the quote is kept so the score can show it.
 */
export const FeatureKind = z.enum([
  'follow-up',
  'collaboration',
  'sustained',
  'expert-facilitator',
  'research-evidence',
  'impact-evaluation',
  'practice-rehearsal',
  'goal-setting',
  'feedback-to-participants',
  'pupil-outcomes',
  'standards-aligned',
  'compliance',
  'inclusion',
  'accessible-venue',
  'peer-reviewed',
  'materials-provided',
  /** A sentence stating when or how long (times, days, weekends, alternatives, access periods): read by the course profile. */
  'schedule',
  /** A sentence stating funding, eligibility or VAT: read by the course profile. */
  'funding',
]);
export type FeatureKind = z.infer<typeof FeatureKind>;

export const Feature = z.object({ kind: FeatureKind, quote: text(300) });
export type Feature = z.infer<typeof Feature>;

export const Location = z.object({
  name: z.optional(text(200)),
  address: z.optional(text(300)),
  postcode: z.optional(text(10)),
  region: z.optional(text(100)),
});
export type Location = z.infer<typeof Location>;

/** Field names that can carry provenance. */
export const CourseField = z.enum([
  'title',
  'provider',
  'url',
  'bookingUrl',
  'description',
  'price',
  'sessions',
  'totalHours',
  'delivery',
  'location',
  'audience',
  'accreditation',
  'format',
  'approaches',
  'features',
  'charges',
  'status',
  'funding',
  'deadline',
  'conflicts',
  'trainer',
  'access',
  'span',
  'choices',
]);
export type CourseField = z.infer<typeof CourseField>;

/** A CPD opportunity as read from a provider page, a feed, or typed in by a member of staff. */
export const Course = z.object({
  id: z.optional(Id),
  title: label(300),
  provider: z.optional(text(200)),
  url: z.optional(WebUrl),
  bookingUrl: z.optional(WebUrl),
  description: z.optional(text(5000)),
  price: z.optional(Price),
  sessions: z.optional(z.array(Session).check(z.maxLength(200))),
  /** Total contact hours across all sessions. */
  totalHours: z.optional(z.number().check(z.gte(0), z.lte(2000))),
  delivery: z.optional(Delivery),
  location: z.optional(Location),
  audience: z.optional(
    z.object({
      roles: z.optional(z.array(Role).check(z.maxLength(20))),
      phases: z.optional(z.array(Phase).check(z.maxLength(10))),
      subjects: z.optional(z.array(text(80)).check(z.maxLength(40))),
    }),
  ),
  accreditation: z.optional(z.array(text(200)).check(z.maxLength(20))),
  format: z.optional(Format),
  approaches: z.optional(z.array(Approach).check(z.maxLength(14))),
  features: z.optional(z.array(Feature).check(z.maxLength(100))),
  /** Amounts that are not the fee (penalties, add-ons, travel, deposits, early-bird and member prices), each with its quote. */
  charges: z.optional(z.array(Charge).check(z.maxLength(20))),
  /** The booking status the page states (sold out, waiting list, cancelled, taken place). */
  status: z.optional(StatedStatus),
  /** Funding as the page states it, in reading order. */
  funding: z.optional(z.array(FundingStatement).check(z.maxLength(6))),
  deadline: z.optional(StatedDate),
  /** Facts the page states two ways: asked about, never silently chosen. */
  conflicts: z.optional(z.array(Conflict).check(z.maxLength(6))),
  trainer: z.optional(Trainer),
  /** How long the material stays open ("12 months' access"): not a programme's length. */
  access: z.optional(StatedDays),
  /** The span the page states ("over two terms"). */
  span: z.optional(StatedDays),
  /** The page offers its dates as choices of one course. */
  choices: z.optional(StatedChoices),
  /** Where each field came from and how sure the extractor is. */
  provenance: z.optional(z.partialRecord(CourseField, Provenance)),
  /** The extractor's overall confidence that this page describes a bookable CPD opportunity. */
  confidence: z.optional(Unit),
  /** Facts a member of staff corrected by hand (absent in older records): they win over what the page says. */
  corrections: z.optional(Corrections),
});
export type Course = z.infer<typeof Course>;
