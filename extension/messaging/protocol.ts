import { Corrections, HANDOFF_TOKEN, type CostRecord, type Course, type ScoreResult } from '@cpd-lens/core';
import type { Locale } from '../i18n/locale.ts';
import { MAX_COURSES_PER_PAGE, MAX_PAGE_HTML, MAX_PAGE_URL } from './limits.ts';
import { z } from './zod.ts';

export { MAX_COURSES_PER_PAGE };

/** What a page is, as the cheap detector sees it. */
export const PageKind = z.enum(['course', 'catalogue']);
export type PageKind = z.infer<typeof PageKind>;

/** The headline of a score: what the popup and a saved course show. */
export const ScoreSummary = z.object({
  total: z.number().check(z.gte(0), z.lte(100)),
  band: z.string().check(z.maxLength(80)),
  coverage: z.number().check(z.gte(0), z.lte(1)),
});
export type ScoreSummary = z.infer<typeof ScoreSummary>;

const Token = z.string().check(z.regex(/^[a-z0-9]{16,64}$/));

/**
 * Messages a content script may send to the background, by type. Each is checked on receipt; the
 * background never takes a URL or a permission decision from a page (E-MSG-03). The badge sends the
 * page's HTML as it is now (`asked`: the member of staff chose "Score this page"); the extension, not
 * the page, reads the courses in it.
 */
export const ContentMessages = {
  'page-detected': z.object({ type: z.literal('page-detected'), kind: PageKind }),
  'read-page': z.object({
    type: z.literal('read-page'),
    html: z.string().check(z.maxLength(MAX_PAGE_HTML)),
    url: z.string().check(z.maxLength(MAX_PAGE_URL)),
    asked: z.boolean(),
  }),
  'open-label': z.object({ type: z.literal('open-label'), index: z.int().check(z.gte(0), z.lt(MAX_COURSES_PER_PAGE)) }),
  /** The hand-off bridge on the school's form asks for the hand-off of its tab (issue 20): by token, or without one after a sign-in redirect. */
  'handoff-claim': z.object({ type: z.literal('handoff-claim'), token: z.optional(z.string().check(z.regex(HANDOFF_TOKEN))) }),
} as const;

/** Messages the label (an extension page framed in the provider's tab) sends; each carries the token its frame was opened with. */
export const LabelMessages = {
  'label-data': z.object({ type: z.literal('label-data'), token: Token }),
  'label-action': z.object({ type: z.literal('label-action'), token: Token, action: z.enum(['save', 'request']) }),
  'label-close': z.object({ type: z.literal('label-close'), token: Token }),
  /** Staff corrected facts of the course: the background applies them, scores again and answers with the new label data. */
  'label-correct': z.object({ type: z.literal('label-correct'), token: Token, corrections: Corrections }),
} as const;

export type ContentMessageType = keyof typeof ContentMessages;
export type ContentMessage<T extends ContentMessageType = ContentMessageType> = z.infer<(typeof ContentMessages)[T]>;
export type LabelMessageType = keyof typeof LabelMessages;
export type LabelMessage<T extends LabelMessageType = LabelMessageType> = z.infer<(typeof LabelMessages)[T]>;

/** What the member of staff has done with a course: saved it, asked for it (hand-off made), attended it. */
export type Mark = 'saved' | 'requested' | 'attended';
/** Whether the event can still be booked. */
export type EventStatus = 'open' | 'past' | 'full' | 'closed' | 'unknown';
export type Tone = 'good' | 'fair' | 'poor' | 'unknown';

/** All the on-page badge of one course is told: nothing the page could not already see, bar the score. */
export interface BadgeItem {
  total: number;
  band: string;
  /** The band's id, so the badge can name a default band in its language. */
  bandId?: string;
  tone: Tone;
  coverage: number;
  marks: Mark[];
  status: EventStatus;
}

/** One course the extension read from a frame's page: only what its badge needs to place and show it. */
export interface BadgeCourse {
  title: string;
  /** Where the extractor found the title (a CSS selector, or a JSON path starting with `$`). */
  at?: string;
  url?: string;
  item: BadgeItem | null;
}

/** Replies to content-script messages (plain types: the page side does not validate the extension's own replies). */
export interface ContentReplies {
  'page-detected': { ok: boolean };
  /** The courses found on the page, each with what its badge shows (null where it could not be scored). */
  'read-page': { ok: true; courses: BadgeCourse[]; locale?: Locale } | { ok: false };
  'open-label': { ok: true; token: string } | { ok: false };
  /** The hand-off as JSON, or '' when there is none for this page. */
  'handoff-claim': { ok: true; handoff: string } | { ok: false };
}
export type ContentReply<T extends ContentMessageType> = ContentReplies[T];

/** Everything the label shows about one course. */
export interface LabelData {
  course: Course;
  result: ScoreResult;
  marks: Mark[];
  status: EventStatus;
  /** False until the member of staff has added a PD target (the label then invites them to). */
  hasTargets: boolean;
  /** The cost facts the label shows and the hand-off carries unchanged (a per-school price as the school's total). */
  cost?: CostRecord;
}

export interface LabelReplies {
  'label-data': { ok: true; data: LabelData } | { ok: false };
  'label-action': { ok: true; marks: Mark[] } | { ok: false; error: 'no-form' | 'past' | 'hidden' | 'confirm' | 'failed' } | { ok: false; error: 'changed'; changed: Changed[] };
  'label-close': { ok: boolean };
  'label-correct': { ok: true; data: LabelData } | { ok: false };
}
export type LabelReply<T extends LabelMessageType> = LabelReplies[T];

/** Messages the background sends to the badge in one frame. */
export type BadgeCommand = { type: 'close-label' } | { type: 'marks-changed'; index: number; marks: Mark[] } | { type: 'item-changed'; index: number; item: BadgeItem } | { type: 'check-cover' } | { type: 'reread' };
/** What of a course changed on the page since its label was opened (issue 20: the request carries what the user saw). */
export type Changed = 'title' | 'price' | 'dates';

/** One course of the page as the popup shows it. */
export const PageCourse = z.object({
  title: z.string().check(z.maxLength(300)),
  score: z.nullable(ScoreSummary),
  /** The judgement's one-sentence verdict, when the result has one (the popup shows it under the score, in its language). */
  verdict: z.optional(z.string().check(z.maxLength(600))),
  /** Set by the popup when the event cannot be booked (from the background's results, like the verdict). */
  status: z.optional(z.enum(['past', 'full', 'closed'])),
});

/** Messages extension pages (popup) send to a tab's content script, and their replies. */
export const TabMessages = {
  'get-page-state': z.object({ type: z.literal('get-page-state') }),
  /** Opens one course's label on the page, as its badge would (the popup's "Open the label" for a course not saved). */
  'open-label-here': z.object({ type: z.literal('open-label-here'), index: z.int().check(z.gte(0), z.lt(MAX_COURSES_PER_PAGE)) }),
} as const;
export const TabReplies = {
  'get-page-state': z.object({
    kind: z.nullable(PageKind),
    courses: z.array(PageCourse).check(z.maxLength(MAX_COURSES_PER_PAGE)),
    /** True while the extension is still reading the page (the popup waits for it). */
    reading: z.optional(z.boolean()),
  }),
  'open-label-here': z.object({ ok: z.boolean() }),
} as const;
export type TabMessageType = keyof typeof TabMessages;
export type TabMessage<T extends TabMessageType = TabMessageType> = z.infer<(typeof TabMessages)[T]>;
export type TabReply<T extends TabMessageType> = z.infer<(typeof TabReplies)[T]>;
