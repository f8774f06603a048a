import { z } from '../zod.ts';

/** Plain text from outside: trimmed elsewhere, bounded here so a hostile page cannot bloat storage. */
export const text = (max = 2000) => z.string().check(z.maxLength(max));
/** A non-empty bounded string. */
export const label = (max = 300) => z.string().check(z.minLength(1), z.maxLength(max));
/** A stable identifier: letters, digits, dash, underscore, dot and colon. */
export const Id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[A-Za-z0-9][\w.:-]*$/));
/** Only http(s) links are ever kept: `javascript:` and `data:` URLs are refused. */
export const WebUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s]+$/i));
/** An ISO 8601 date (2026-03-14) or date-time with an offset or Z (2026-03-14T09:30:00Z). */
export const IsoDateTime = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/),
);
/** Money as a finite, non-negative amount in pounds (or the stated currency), bounded to a sane size. */
export const Amount = z.number().check(z.gte(0), z.lte(10_000_000));
/** ISO 4217 currency code. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/));
/** A share 0..1. */
export const Unit = z.number().check(z.gte(0), z.lte(1));

/** School phases used by courses, profiles and policies. */
export const Phase = z.enum([
  'early-years',
  'primary',
  'secondary',
  'post-16',
  'special',
  'all-through',
  'further-education',
]);
export type Phase = z.infer<typeof Phase>;

/** Staff roles, matching the audiences providers advertise and the groups the CPL leader reports on. */
export const Role = z.enum([
  'teacher',
  'ect',
  'teaching-assistant',
  'middle-leader',
  'senior-leader',
  'headteacher',
  'senco',
  'dsl',
  'business-leader',
  'support-staff',
  'governor',
  'other',
]);
export type Role = z.infer<typeof Role>;

/** The staff groups of the budget and equality-of-access views. */
export const StaffGroup = z.enum(['teaching', 'support', 'leadership']);
export type StaffGroup = z.infer<typeof StaffGroup>;

/** Where a value was read from; list order is also the default precedence of extraction. */
export const Source = z.enum(['user', 'adapter', 'json-ld', 'microdata', 'rdfa', 'meta', 'text', 'feed']);
export type Source = z.infer<typeof Source>;

/** Where one field of a course came from, how sure we are, and what lost to it. */
export const Provenance = z.object({
  source: Source,
  confidence: Unit,
  /** The raw text the value was read from, cut to 300 characters. */
  raw: z.optional(text(300)),
  /** A CSS selector or JSON path locating the value on the page. */
  at: z.optional(text(300)),
  /** Values other sources proposed that lost on precedence. */
  rejected: z.optional(
    z.array(z.object({ source: Source, confidence: Unit, value: text(300) })).check(z.maxLength(20)),
  ),
});
export type Provenance = z.infer<typeof Provenance>;

/** The school's own code of an objective or target: e.g. "SDP2" or "T1". */
export const ShortCode = z.string().check(z.maxLength(40));

/** The kind of school, for what it pays: maintained schools and academies recover VAT, independent schools mostly cannot. */
export const SchoolType = z.enum(['maintained', 'academy', 'independent']);

// --- issue 25: the nation a school is in (its frameworks, funding and inspection) ---
/** England or Wales: decides which national frameworks and funding the views name (Welsh schools: the professional standards, induction, the professional learning grant). */
export const Nation = z.enum(['england', 'wales']);
export type Nation = z.infer<typeof Nation>;
export type SchoolType = z.infer<typeof SchoolType>;
