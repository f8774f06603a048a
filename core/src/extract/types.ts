import type { Course, CourseField, Source } from '../model/index.ts';

/** One value a source proposes for one field, with where it came from and how sure the source is. */
export interface Candidate<T = unknown> {
  value: T;
  source: Source;
  confidence: number;
  /** The raw text the value was read from. */
  raw?: string;
  /** A CSS selector or JSON path locating the value. */
  at?: string;
}

/** The fields a course may carry, each with every candidate the sources proposed. */
export type Draft = { [K in CourseField]?: Candidate<NonNullable<Course[K]>>[] };

/** Adds one candidate to a draft; values that are empty are ignored. */
export function propose<K extends CourseField>(
  draft: Draft,
  field: K,
  value: NonNullable<Course[K]> | undefined | null | '',
  source: Source,
  confidence: number,
  raw?: string,
  at?: string,
): void {
  if (value === undefined || value === null || value === '') return;
  if (Array.isArray(value) && value.length === 0) return;
  const list = (draft[field] ??= []) as Candidate<NonNullable<Course[K]>>[];
  const candidate: Candidate<NonNullable<Course[K]>> = { value, source, confidence };
  if (raw) candidate.raw = raw.slice(0, 300);
  if (at) candidate.at = at.slice(0, 300);
  list.push(candidate);
}

/** The most courses one page may yield, so a hostile catalogue cannot exhaust memory. */
export const MAX_COURSES = 1000;
/** The most DOM nodes any single walk visits. */
export const MAX_NODES = 60_000;

/**
 * Where a page is read, which decides how much evidence a course needs (issue 10):
 * - 'browse' (default): any page; no course is invented on a news article, shop or concert page.
 * - 'provider': a known CPD provider's site (the extension's provider list or a site the user granted):
 *   the question is which course the page shows, so a title with a date or a price is enough when the
 *   title names learning or the page offers a booking (its news articles still need more).
 * - 'asked': the user asked ("Score this page", `cpd score URL`): a title with a date or a price, or
 *   any event-like structured data, is enough; such a course carries a low confidence (LOW_CONFIDENCE).
 */
export type ExtractContext = 'browse' | 'provider' | 'asked';
export interface ExtractOptions {
  context?: ExtractContext;
  /**
   * Rethrow instead of reading nothing when extraction fails. Off for users (a broken page shows no
   * badge, never an error); on in every test through `STRICT_EXTRACTION`, so a bug cannot hide behind
   * "found nothing".
   */
  strict?: boolean;
}

/** Set to true on `globalThis` (core's test setup does) to make every extraction strict unless told otherwise. */
export const STRICT_EXTRACTION = Symbol.for('cpd-lens.strict-extraction');

/** Whether a failure should be rethrown: the option, else the process-wide test switch. */
export const isStrict = (options: ExtractOptions): boolean =>
  options.strict ?? (globalThis as { [STRICT_EXTRACTION]?: boolean })[STRICT_EXTRACTION] === true;
