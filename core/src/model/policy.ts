import { z } from '../zod.ts';
import { Amount, Currency, Id, Nation, Phase, SchoolType, Unit, label, text } from './common.ts';

/**
 * The built-in ways a criterion can be judged. A policy picks one per criterion; no policy file can
 * carry code, so a school's own criterion reuses a judge or lists its own `terms` with `keywords`.
 */
export const Judge = z.enum([
  'priorities',
  'good-practice',
  'pupil-outcomes',
  'compliance',
  'role-fit',
  'inclusion',
  'expertise',
  'planned',
  'standards',
  'research',
  'resource-use',
  'accommodation',
  'value',
  'evaluation',
  'sustained',
  'collaboration',
  'scale-scope',
  'price-per-participant',
  'peer-feedback',
  'keywords',
]);
export type Judge = z.infer<typeof Judge>;

/** Where a criterion comes from: the document, its section, and the words it rests on. */
export const Citation = z.object({
  document: label(200),
  section: z.optional(text(100)),
  quote: z.optional(text(600)),
  url: z.optional(text(2048)),
});
export type Citation = z.infer<typeof Citation>;

/** One criterion of a CPD policy. Weight 0 removes it from the total and from coverage. */
export const Criterion = z.object({
  id: Id,
  label: label(200),
  weight: z.number().check(z.gte(0), z.lte(100)),
  judge: Judge,
  /** Extra words that count as evidence for this criterion (all judges), or the only ones (`keywords`). */
  terms: z.optional(z.array(label(80)).check(z.maxLength(100))),
  /** What this criterion means, in the school's words. */
  description: z.optional(text(1000)),
  /** The plain-English question to ask the provider when the page cannot tell. */
  question: label(400),
  sources: z.array(Citation).check(z.minLength(1), z.maxLength(10)),
});
export type Criterion = z.infer<typeof Criterion>;

/** A named score band: a total at or above `min` gets this band (the highest that applies). */
export const Band = z.object({
  id: Id,
  label: label(80),
  min: z.number().check(z.gte(0), z.lte(100)),
});
export type Band = z.infer<typeof Band>;

/** Money rules of the policy: supply cover, approval and what counts as good value. */
export const CostRules = z.object({
  currency: Currency,
  /** What a day of supply cover costs the school, by phase where it differs. */
  supplyCoverDayRate: Amount,
  supplyCoverDayRateByPhase: z.optional(z.partialRecord(Phase, Amount)),
  /** Contact hours that make one day out of school (for cover days when only hours are known). */
  hoursPerDay: z.number().check(z.gt(0), z.lte(12)),
  /** VAT rate added to prices quoted "+ VAT". */
  vatRate: z.number().check(z.gte(0), z.lte(1)),
  /**
   * Whether the school can reclaim VAT, used only when no school type is known. With a school type
   * (plan or `schoolType` below), maintained schools and academies recover VAT and independent schools do not.
   */
  vatReclaimable: z.boolean(),
  /** The school type when the plan does not say (maintained, academy, independent). */
  schoolType: z.optional(SchoolType),
  /** Requests with a full cost above this need senior approval. */
  approvalThreshold: Amount,
  /** Full cost per participant-hour at or below which value scores full marks. */
  goodCostPerHour: Amount,
  /** Full cost per participant-hour at or above which value scores zero. */
  poorCostPerHour: Amount,
  /** A fee per participant at or below which price-per-participant scores full marks, and at or above which it scores zero. */
  goodPricePerParticipant: Amount,
  poorPricePerParticipant: Amount,
});
export type CostRules = z.infer<typeof CostRules>;

/** Repayment terms for a funded qualification the member of staff does not finish or leaves after (CPL policy 4.1). */
export const RepaymentTerms = z.object({
  /** The conditions, in the policy's words: "does not complete the qualification", … */
  conditions: z.array(label(200)).check(z.minLength(1), z.maxLength(10)),
  /** Months after completion the member of staff must stay (12 in the trust policy). */
  months: z.optional(z.int().check(z.gte(0), z.lte(120))),
  source: z.optional(Citation),
});
export type RepaymentTerms = z.infer<typeof RepaymentTerms>;

/** A school's or trust's CPD policy, as CPD Lens applies it. */
export const Policy = z.object({
  $schema: z.optional(text(2048)),
  /** The version of this file format; only 1 exists. */
  schemaVersion: z.literal(1),
  id: Id,
  name: label(200),
  owner: z.optional(text(200)),
  adopted: z.optional(text(40)),
  criteria: z.array(Criterion).check(z.minLength(1), z.maxLength(60)),
  bands: z.array(Band).check(z.minLength(1), z.maxLength(10)),
  /** Below this share of known criterion weight, the band says "not enough information" (default 0.25). */
  minCoverage: z.optional(Unit),
  /**
   * The neutral prior (0..1, default 0.5): a criterion the page cannot tell counts at this score until the
   * provider answers, so unknown is neither good nor bad and each stated fact moves the total from it.
   */
  prior: z.optional(Unit),
  /** Terms on which staff repay a funded qualification (CPL policy 4.1), shown on qualifications, NPQs and apprenticeships. */
  repayment: z.optional(RepaymentTerms),
  /** England or Wales (issue 25): the nation whose frameworks and funding the policy's schools use; a plan's own nation wins. */
  nation: z.optional(Nation),
  costs: CostRules,
});
export type Policy = z.infer<typeof Policy>;
