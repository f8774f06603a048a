import { z } from '../zod.ts';
import { Amount, Currency, Id, IsoDateTime, Nation, SchoolType, ShortCode, StaffGroup, Unit, label, text } from './common.ts';

/** One objective of the School Development Plan. */
export const SdpObjective = z.object({
  id: Id,
  code: z.optional(ShortCode),
  title: label(300),
  description: z.optional(text(2000)),
  /** Words that signal a course serves this objective, beyond those in its title and description. */
  keywords: z.optional(z.array(label(80)).check(z.maxLength(50))),
});
export type SdpObjective = z.infer<typeof SdpObjective>;

/** Money already promised or spent from the INSET budget. */
export const Commitment = z.object({
  id: Id,
  description: label(300),
  amount: Amount,
  status: z.enum(['committed', 'spent']),
  objectiveId: z.optional(Id),
  staffGroup: z.optional(StaffGroup),
  staffId: z.optional(Id),
  date: z.optional(IsoDateTime),
});
export type Commitment = z.infer<typeof Commitment>;

/** What colleagues or partner schools said about a provider or course they have used. */
export const PeerFeedback = z.object({
  /** Matches a course by its URL, or a provider by name. */
  courseUrl: z.optional(text(2048)),
  provider: z.optional(text(200)),
  /** 0..1: 1 = would recommend without reservation. */
  rating: Unit,
  comment: z.optional(text(1000)),
  from: z.optional(text(200)),
});
export type PeerFeedback = z.infer<typeof PeerFeedback>;

/** The school's plan for the year: SDP objectives, the INSET budget and what is already committed. */
export const SchoolPlan = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  school: label(200),
  year: label(20),
  /** Maintained, academy or independent: decides whether VAT is recovered (overrides the policy's default). */
  schoolType: z.optional(SchoolType),
  /** England or Wales (issue 25): a Welsh school's views name Welsh frameworks and funding; unset reads as England. */
  nation: z.optional(Nation),
  objectives: z.array(SdpObjective).check(z.maxLength(50)),
  budget: z.object({ total: Amount, currency: Currency }),
  commitments: z.array(Commitment).check(z.maxLength(5000)),
  peerFeedback: z.optional(z.array(PeerFeedback).check(z.maxLength(500))),
  /** The staff count, for equality-of-access views. */
  staffCount: z.optional(z.partialRecord(StaffGroup, z.int().check(z.gte(0), z.lte(100_000)))),
});
export type SchoolPlan = z.infer<typeof SchoolPlan>;
