/**
 * A weekly series stated as a rule rather than a list (issue 18): "Every Wednesday, 4:00pm – 5:30pm,
 * from Wednesday 13 January 2027 to Wednesday 24 March 2027 (no session during half term, 17 February)"
 * is ten sessions, not the three dates the line names. Welsh too: "Bob dydd Mercher … o … tan …
 * (dim sesiwn …)".
 */

import { dayIndex } from './dates.ts';
import { num } from './hours.ts';

/** "Every Wednesday", "each Tuesday", "Wednesdays from", "Bob dydd Mercher": the weekday a series meets on. */
const EVERY = /\b(?:every|each)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s\b(?=[^.]{0,60}\b(?:from|weekly)\b)|\bbob\s+dydd\s+(sul|llun|mawrth|mercher|iau|gwener|sadwrn)\b/i;
/** The words that open the dates a series skips. */
const SKIP = /\b(?:no sessions?|not on|except(?:ing)?|excluding|apart from|dim sesiwn|ac eithrio)\b/i;
/** "for 30 weeks", "over ten weeks", "ten weekly sessions": a series' length in weeks. */
const FOR_WEEKS = /\b(?:for|over)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+weeks\b|\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+weekly\s+(?:sessions|meetings|classes|lessons|twilights)\b/i;
/** A run of weeks no bigger than a school year's. */
const MAX_WEEKS = 45;
const WEEK = 7 * 24 * 3600 * 1000;

/** The weekday a date falls on, 0 for Sunday. */
const weekday = (date: string): number => new Date(`${date.slice(0, 10)}T12:00:00Z`).getUTCDay();

/**
 * The dates of a weekly series, when the line states one: every week on the named weekday from its
 * first date to its last, less the dates it names after "no session" or "except"; or, from one start,
 * the number of weeks it states. Undefined when the line states no rule or no length, or its dates do
 * not fall on the weekday it names.
 */
export function weeklyDates(line: string, dates: readonly string[]): string[] | undefined {
  if (!dates.length) return undefined;
  const m = EVERY.exec(line);
  if (!m) return undefined;
  const day = dayIndex((m[1] ?? m[2] ?? m[3])!.toLowerCase());
  const sorted = [...dates].map((d) => d.slice(0, 10)).sort();
  const first = sorted[0]!;
  // "every Monday evening … for 30 weeks starting Monday 11 January 2027": a start and a count of weeks
  const weeks = sorted.length === 1 ? FOR_WEEKS.exec(line) : null;
  const count = weeks ? num(weeks[1] ?? weeks[2]) : 0;
  if (count >= 2 && count <= MAX_WEEKS && weekday(first) === day) {
    return Array.from({ length: count }, (_, i) => new Date(Date.parse(`${first}T12:00:00Z`) + i * WEEK).toISOString().slice(0, 10));
  }
  if (sorted.length < 2) return undefined;
  const last = sorted[sorted.length - 1]!;
  if (weekday(first) !== day || weekday(last) !== day) return undefined;
  const skipAt = SKIP.exec(line)?.index ?? -1;
  // a date named after the skip words is one the series does not meet on; the others are its ends
  const skipped = new Set(skipAt < 0 ? [] : sorted.filter((d) => d !== first && d !== last));
  const out: string[] = [];
  for (let t = Date.parse(`${first}T12:00:00Z`); t <= Date.parse(`${last}T12:00:00Z`) && out.length <= MAX_WEEKS; t += WEEK) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (!skipped.has(date)) out.push(date);
  }
  return out.length > MAX_WEEKS ? undefined : out;
}
