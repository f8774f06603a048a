import { z } from '../zod.ts';
import { Id, Unit, text } from './common.ts';
import { CostLine, CourseProfile, Reason } from './course-profile.ts';
import { InnerMessage, Message } from './message.ts';

/** A piece of evidence behind a criterion's score: a quote from the page, a field, or a computed fact. */
export const Evidence = z.object({
  /** Which course field or page feature this came from (e.g. "description", "features", "price"). */
  field: text(60),
  /** The words on the page, or a sentence describing what was computed. */
  text: text(400),
  /** Whether this evidence counts for (+) or against (-) the criterion. */
  effect: z.enum(['+', '-']),
  /** A computed sentence as a message, so views can say it in their language (quotes from the page have none). */
  message: z.optional(Message),
});
export type Evidence = z.infer<typeof Evidence>;

/** How one criterion was judged. `score` null means unknown: the weight counts against coverage. */
export const CriterionResult = z.object({
  id: Id,
  label: text(200),
  weight: z.number(),
  score: z.nullable(Unit),
  evidence: z.array(Evidence),
  question: z.optional(text(400)),
  /** Points this criterion adds to the total (0..100 scale); an unknown criterion adds its weight at the policy's prior. */
  points: z.number(),
  /** Set when the criterion does not apply to this kind of course (e.g. research for statutory training): left out of the total. */
  notApplicable: z.optional(z.boolean()),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

/** How well a course serves one PD target or SDP objective, and the words that matched. */
export const TargetMatch = z.object({
  targetId: Id,
  kind: z.enum(['target', 'objective']),
  label: text(500),
  strength: Unit,
  matched: z.array(text(80)),
  /** The same matched terms as messages (issue 25): concepts by name, the target's own words as written; views say them in their language. */
  matchedSaid: z.optional(z.array(InnerMessage).check(z.maxLength(40))),
});
export type TargetMatch = z.infer<typeof TargetMatch>;

/** Money figures; null wherever the price, hours or budget is unknown (never treated as zero). */
export const ValueForMoney = z.object({
  currency: text(3),
  /** The fee one participant costs, VAT applied as the policy says. */
  feePerParticipant: z.nullable(z.number()),
  /** Days of supply cover one participant needs. */
  coverDays: z.nullable(z.number()),
  coverCost: z.nullable(z.number()),
  /** Fee plus cover for one participant. */
  totalCost: z.nullable(z.number()),
  hours: z.nullable(z.number()),
  costPerParticipantHour: z.nullable(z.number()),
  /** Share of the INSET budget still uncommitted that this would use. */
  shareOfRemainingBudget: z.nullable(z.number()),
  remainingBudget: z.nullable(z.number()),
  needsApproval: z.nullable(z.boolean()),
  notes: z.array(text(300)),
  /** The notes as messages, one for each note (absent in older records). */
  noteMessages: z.optional(z.array(InnerMessage)),
});
export type ValueForMoney = z.infer<typeof ValueForMoney>;

/** The full, explainable judgement of one course against one policy. */
export const ScoreResult = z.object({
  total: z.number(),
  band: text(80),
  bandId: text(120),
  coverage: Unit,
  criteria: z.array(CriterionResult),
  targets: z.array(TargetMatch),
  questions: z.array(z.object({ criterionId: Id, question: text(400), message: z.optional(InnerMessage) })),
  value: ValueForMoney,
  /** One sentence saying what the score means for this course, for views to show first. */
  verdict: z.optional(text(300)),
  /** The verdict as a message, so each view can say it in its language (absent in older records). */
  verdictMessage: z.optional(Message),
  /** The top reasons for and against, each tied to a criterion, strongest first. */
  reasons: z.optional(z.object({ for: z.array(Reason), against: z.array(Reason) })),
  /** The facts derived before judging: kind, schedule shape, funding, status. */
  profile: z.optional(CourseProfile),
  /** Fee, VAT, cover and total for one participant, as one line. */
  cost: z.optional(CostLine),
  /** The unknown-is-average rule as it applied here: "We could judge 9 of 18 criteria; the rest count as average …". */
  basis: z.optional(text(300)),
  basisMessage: z.optional(InnerMessage),
  /**
   * How far the unknowns could move the total: every unknown criterion at its worst (low) and best
   * (high), with the bands at each end; `decisive` is false when they differ, and then no view shows
   * the band as settled ("59; between 41 and 77 once the provider answers").
   */
  range: z.optional(z.object({
    low: z.number(),
    high: z.number(),
    lowBand: text(120),
    highBand: text(120),
    decisive: z.boolean(),
    text: text(200),
    message: z.optional(InnerMessage),
  })),
});
export type ScoreResult = z.infer<typeof ScoreResult>;
