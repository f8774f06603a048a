import { z } from '../zod.ts';
import { Id, IsoDateTime, WebUrl, text } from '../model/common.ts';
import { Course } from '../model/course.ts';
import { Policy } from '../model/policy.ts';
import { Profile } from '../model/profile.ts';
import { SchoolPlan } from '../model/plan.ts';
import { CpdRequest, ImpactEvaluation } from '../model/request.ts';
import { DeliveryMode } from '../model/delivery-mode.ts';
import { Message } from '../model/message.ts';

/** A course a member of staff saved to compare, with their note and the score they saw. */
export const SavedCourse = z.object({
  id: Id,
  course: Course,
  savedAt: IsoDateTime,
  note: z.optional(text(2000)),
  score: z.optional(z.object({ total: z.number(), band: text(80), coverage: z.number() })),
});
export type SavedCourse = z.infer<typeof SavedCourse>;

/** A policy the school imported, with where it came from. */
export const StoredPolicy = z.object({
  id: Id,
  policy: Policy,
  importedAt: IsoDateTime,
  sourceUrl: z.optional(WebUrl),
});
export type StoredPolicy = z.infer<typeof StoredPolicy>;

/** What a member of staff has typed into a form so far, keyed by field name. */
export const RequestDraft = z.object({
  id: Id,
  updatedAt: IsoDateTime,
  values: z.record(z.string().check(z.maxLength(100)), z.unknown()),
});
export type RequestDraft = z.infer<typeof RequestDraft>;

/**
 * Why the last delivery attempt did not count as delivered, so a view can say it in plain English:
 * `sign-in` a redirect (usually an expired intranet sign-on), `not-receiver` a 2xx that was not the
 * receiver's JSON (a login or proxy page), `no-confirmation` JSON without this document's id, `server`
 * a 5xx/408/429, `offline` no connection, `timeout` no answer in time, `refused` a 4xx refusal.
 */
export const DeliveryProblem = z.enum(['sign-in', 'not-receiver', 'no-confirmation', 'server', 'offline', 'timeout', 'refused']);
export type DeliveryProblem = z.infer<typeof DeliveryProblem>;

/** A document the outbox delivers: a CPD request or an impact evaluation (both carry `schemaVersion` and `id`). */
export const OutboxDocument = z.union([CpdRequest, ImpactEvaluation]);
export type OutboxDocument = z.infer<typeof OutboxDocument>;

/** A document waiting to reach the school's endpoint, or already delivered. */
export const OutboxItem = z.object({
  id: Id,
  endpoint: WebUrl,
  delivery: z.optional(DeliveryMode),
  body: OutboxDocument,
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.int().check(z.gte(0)),
  /** Epoch milliseconds of the next delivery attempt. */
  nextAttemptAt: z.number(),
  createdAt: IsoDateTime,
  sentAt: z.optional(IsoDateTime),
  /** Why the last attempt did not count, in English: what versions before issue 25 stored and show. */
  lastError: z.optional(text(500)),
  /**
   * The same as a message (`delivery.*`), so each view says it in its own language (issue 25). A key this
   * version does not know shows the English above. (Not `z.catch`: 180 bytes in the widgets' first chunk; a
   * record another version wrote that does not fit stays in the database for a version that reads it.)
   */
  lastErrorMessage: z.optional(Message),
  lastProblem: z.optional(DeliveryProblem),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

/** The record schema of every object store; reads are checked against it. */
export const RECORDS = {
  profiles: Profile,
  policies: StoredPolicy,
  plans: SchoolPlan,
  courses: SavedCourse,
  drafts: RequestDraft,
  outbox: OutboxItem,
  requests: CpdRequest,
  evaluations: ImpactEvaluation,
} as const;

export type StoreName = keyof typeof RECORDS;
export type RecordOf<N extends StoreName> = z.infer<(typeof RECORDS)[N]>;
