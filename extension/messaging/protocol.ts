import { Course, ScoreResult } from '@cpd-lens/core';
import { z } from './zod.ts';

/** What a page is, as the cheap detector sees it. */
export const PageKind = z.enum(['course', 'catalogue']);
export type PageKind = z.infer<typeof PageKind>;

/** The headline of a score: what the badge, the popup and a saved course show. */
export const ScoreSummary = z.object({
  total: z.number().check(z.gte(0), z.lte(100)),
  band: z.string().check(z.maxLength(80)),
  coverage: z.number().check(z.gte(0), z.lte(1)),
});
export type ScoreSummary = z.infer<typeof ScoreSummary>;

const MAX_COURSES_PER_PAGE = 100;

/**
 * Messages a content script may send to the background, by type. Each is checked on receipt; the
 * background never takes a URL or a permission decision from a page (E-MSG-03).
 */
export const ContentMessages = {
  'page-detected': z.object({ type: z.literal('page-detected'), kind: PageKind }),
  'score-courses': z.object({ type: z.literal('score-courses'), courses: z.array(Course).check(z.minLength(1), z.maxLength(MAX_COURSES_PER_PAGE)) }),
  'save-course': z.object({ type: z.literal('save-course'), course: Course, score: z.optional(ScoreSummary) }),
  'start-request': z.object({ type: z.literal('start-request'), course: Course, score: z.optional(ScoreSummary) }),
} as const;

/** Replies to content-script messages. */
export const ContentReplies = {
  'page-detected': z.object({ ok: z.boolean() }),
  'score-courses': z.union([z.object({ ok: z.literal(true), results: z.array(ScoreResult) }), z.object({ ok: z.literal(false), error: z.string() })]),
  'save-course': z.union([z.object({ ok: z.literal(true), id: z.string() }), z.object({ ok: z.literal(false), error: z.string() })]),
  'start-request': z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.enum(['no-form', 'failed']) })]),
} as const;

export type ContentMessageType = keyof typeof ContentMessages;
export type ContentMessage<T extends ContentMessageType = ContentMessageType> = z.infer<(typeof ContentMessages)[T]>;
export type ContentReply<T extends ContentMessageType> = z.infer<(typeof ContentReplies)[T]>;

/** One course of the page as the popup shows it. */
export const PageCourse = z.object({
  title: z.string().check(z.maxLength(300)),
  score: z.nullable(ScoreSummary),
  /** The judgement's one-sentence verdict, when the result has one (the popup shows it under the score). */
  verdict: z.optional(z.string().check(z.maxLength(300))),
});

/** Messages extension pages (popup) send to a tab's content script, and their replies. */
export const TabMessages = {
  'get-page-state': z.object({ type: z.literal('get-page-state') }),
} as const;
export const TabReplies = {
  'get-page-state': z.object({ kind: z.nullable(PageKind), courses: z.array(PageCourse).check(z.maxLength(MAX_COURSES_PER_PAGE)) }),
} as const;
export type TabMessageType = keyof typeof TabMessages;
export type TabMessage<T extends TabMessageType = TabMessageType> = z.infer<(typeof TabMessages)[T]>;
export type TabReply<T extends TabMessageType> = z.infer<(typeof TabReplies)[T]>;
