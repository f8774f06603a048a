import { z } from '../zod.ts';
import { Amount, Id, IsoDateTime, Role, StaffGroup, label, text } from './common.ts';
import { Approach, Course } from './course.ts';
import { CostRecord } from './cost-record.ts';

import { ImpactLevel } from './evaluation.ts';

export { ImpactLevel };

/** The costs of one request, as the member of staff estimates them. */
export const RequestCosts = z.object({
  fee: Amount,
  travel: Amount,
  /** Days of supply cover needed (half days allowed). */
  supplyDays: z.number().check(z.gte(0), z.lte(365)),
  /** Cover cost at the policy's day rate: supplyDays × rate. */
  supplyCost: Amount,
  total: Amount,
  /** The cost facts from the course page (price and basis, cap, VAT status, travel, cover, hours, funding), unchanged since the label. */
  record: z.optional(CostRecord),
});
export type RequestCosts = z.infer<typeof RequestCosts>;

/**
 * A CPD request as the request form posts it to the school's endpoint. `schemaVersion` lets a
 * receiver refuse versions it does not know; `id` makes a retried delivery idempotent.
 */
export const CpdRequest = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  createdAt: IsoDateTime,
  requester: z.object({
    name: label(120),
    email: z.optional(text(200)),
    role: z.optional(Role),
    staffGroup: z.optional(StaffGroup),
    staffId: z.optional(Id),
  }),
  course: Course,
  dates: z.array(IsoDateTime).check(z.maxLength(100)),
  costs: RequestCosts,
  targetIds: z.array(Id).check(z.maxLength(20)),
  objectiveIds: z.array(Id).check(z.maxLength(50)),
  expectedImpact: z.object({ practice: label(2000), pupils: label(2000) }),
  sharing: label(2000),
  approach: Approach,
  evaluation: z.array(ImpactLevel).check(z.minLength(1), z.maxLength(5)),
  /** The score the requester saw, so approvers see the same judgement. */
  score: z.optional(z.object({ total: z.number(), band: text(80), coverage: z.number() })),
  status: z.optional(z.enum(['draft', 'submitted', 'approved', 'declined', 'booked', 'completed'])),
});
export type CpdRequest = z.infer<typeof CpdRequest>;

// The impact evaluation has its own module: a page with only the evaluation widget need not carry the request's schemas.
export { LevelRating, ImpactEvaluation } from './evaluation.ts';
