/**
 * A course's dates and times from its text lines (issue 18): labelled date lines, a dated day's times and
 * its parts, weekly series, timetables, dates under a times line, and the deadlines and stamps that are no
 * session; and the year a page's dates without one take.
 */
import type { Session } from '../../model/index.ts';
import { type LineDates, readDates } from '../../parse/dates.ts';
import { weeklyDates } from '../../parse/weekly.ts';
import { agendaSpan } from '../../parse/agenda.ts';
import { readTimeRange } from '../../facts/times.ts';
import { startHour } from '../../course-profile/times.ts';
import { num, OWN_SESSIONS } from '../../parse/hours.ts';
import { hoursBetween, londonIso } from '../../parse/time.ts';

const NOT_COURSE_DATE = /\b(?:deadline|closes?|closing|book(?:ings?)? by|register by|apply by|published|posted|updated|modified|copyright|©|early[- ]bird|expires|ends|until|last day|issued|born|founded|since|cancellation|refund|terms (?:and|&) conditions|terms of (?:use|service|business|booking|sale)|utc|submissions?|nominations?|call for (?:papers|proposals|abstracts)|(?:applications?|registrations?|bookings?|enrol(?:l)?ments?)\b[^.\n]{0,50}?\bop(?:en|ens|ening)\b|abstracts? due|anmeldeschluss|einsendeschluss|anmeldungen? (?:sind |ist )?bis|date limite|uiterlijk|hyd at|dyddiad cau|yn cau)\b/i;
/** A byline or comment stamp, never a course date even when it starts with a weekday ("Monday … @ 11:10 PM UTC"). */
const BYLINE = /\b(?:UTC|[Ww]rote|[Pp]osted|[Pp]ublished|[Uu]pdated)\b|\bby\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+/;
// (?![a-z]) rather than \b: text from table cells and widgets runs together ("Date13 September 2023").
const DATE_LABEL = /^(?:dates?|when(?: and where)?|session|sessions|(?:taught|study|training|teaching|contact|conference|face-to-face) days?|day (?:\d|one|two|three)|dag \d|start(?:s|ing)?|time|times|course dates?|event dates?|dyddiad(?:au)?|pryd|next (?:cohort|date)|cohort|schedule|programme dates?|module \d|twilight \d|wanneer|vanaf|datum|from)(?![a-z])|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|^dydd (?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)\b/i;
export const STOP = /^(?!(?:upcoming|other|more|further|future|new) (?:dates|sessions|cohorts|start dates|intakes|times)\b)(?:other|related|similar|more|upcoming|you may also|see also|recently viewed|latest news)\b.{0,30}\b(?:courses|events|training|like|webinars|programmes)?/i;
const YEAR = /\b(?:19[9]\d|20\d\d)\b/;
const MONTH_YEAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{4})\b/i;

/**
 * The year for dates written without one ("6 March", "Saturday April 30"): the first full date the page
 * states, else a "June 2023" or "Spring 2016" line near the top, else the page's publication year.
 */
export function yearHint(lines: readonly string[], published?: string): number | undefined {
  let heading: number | undefined;
  for (const line of lines.slice(0, 400)) {
    const year = dateYear(line);
    if (year !== undefined) return year;
    if (heading === undefined && line.length < 120) {
      // "June 2023" anywhere near the top, or a bare year in a heading line ("Spring 2016 training day")
      const m = MONTH_YEAR.exec(line) ?? (YEAR.test(line) ? [line, YEAR.exec(line)![0]] : null);
      if (m && Number(m[1]) >= 1990 && Number(m[1]) <= 2100) heading = Number(m[1]);
    }
  }
  const pub = published ? Number(published.slice(0, 4)) : NaN;
  return heading ?? (pub >= 1990 && pub <= 2100 ? pub : undefined);
}

/** The year of the first full date a line states (not a deadline or a stamp), if any: the step of yearHint that decides alone. */
function dateYear(line: string): number | undefined {
  if (NOT_COURSE_DATE.test(line)) return undefined;
  const d = readDates(line).dates[0];
  return d ? Number(d.slice(0, 4)) : undefined;
}

/**
 * The year hint of the first of `lines` that states a full date, among the first 400 as yearHint reads
 * them, or undefined when none does. A caller holding only the top of a page's lines uses it to settle
 * the hint without reading the whole page: yearHint returns at that line whatever follows.
 */
export function earlyYearHint(lines: readonly string[]): number | undefined {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const year = dateYear(lines[i]!);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The course's own lines: up to a heading that starts other courses ("Related training", "Upcoming events"). */
export function ownLines(lines: readonly string[]): readonly string[] {
  for (let i = 3; i < lines.length; i++) if (lines[i]!.length < 60 && STOP.test(lines[i]!)) return lines.slice(0, i);
  return lines;
}

/** Sessions from date lines: labelled lines and lines with times first, other dated lines only when none. */
export function readSessions(lines: readonly string[], hint: number | undefined): { sessions: Session[]; strong: boolean; raw: string } {
  const strong: Session[] = [];
  const weak: Session[] = [];
  let raw = '';
  let pending: Session[] = [];
  // under a table header naming dates ("Session | Date | Focus") every row is labelled, not only the first
  let columns = false;
  // "All sessions are 4:00pm – 6:00pm": the times of every dated session that states none
  let shared: { start: number; end: number | undefined; minutes?: number } | undefined;
  // the times a line ending in a colon gives the dates listed under it
  let listed: LineDates | undefined;
  for (let i = 0; i < lines.length && i < 600; i++) {
    const line = lines[i]!;
    // A section heading such as "Upcoming events" ends the course's own text, unless it is the page's top line.
    if (STOP.test(line) && line.length < 60 && i > 2) break;
    // a day's timetable on one line ("8.30 Registration · 9.00 Welcome · … · 16.30 Close") times the date above it from start to close
    const span = pending.length ? agendaSpan(line) : undefined;
    if (span) {
      for (const s of pending) withTimes(s, span.start, span.end);
      pending = [];
      continue;
    }
    // (one scan for the deadline words: the line is cut before them below)
    const deadline = NOT_COURSE_DATE.exec(line);
    if ((deadline && !DATE_LABEL.test(line)) || BYLINE.test(line) || WINDOW.test(line)) continue;
    // a value under its label ("Booking closes" / "Friday 26 February 2027"): a deadline's date is not a session
    const label = i > 0 ? lines[i - 1]! : '';
    if (label.length < 40 && NOT_COURSE_DATE.test(label) && !DATE_LABEL.test(label) && !readDates(label, hint).dates.length) continue;
    const r = readDates(beforeDeadline(line, deadline), hint);
    const cells = line.includes(' | ') ? line.split(' | ') : undefined;
    if (!cells) columns = false;
    else if (!r.dates.length && cells.some((c) => c.length < 30 && DATE_LABEL.test(c.trim()))) columns = true;
    if (!r.dates.length) {
      // "… take place at Pennine Vale Academy from 9:30am to 3:30pm on:", or a short heading "Online clinics (4.00 – 5.00pm)",
      // times the list of dates under it, and only that list
      // (a short times line under a dated one gives that date's times instead: see pending)
      listed = r.start !== undefined && (/:\s*$/.test(line) || (line.length < 60 && !pending.length)) ? r : undefined;
      if (r.start !== undefined && ALL_SESSIONS.test(line)) shared = { start: r.start, end: r.end, minutes: r.minutes };
      // ("Six online facilitated sessions (twilights, 4.00pm–5.30pm)" under the dates of three days times its own sessions, not them)
      if (r.start !== undefined && pending.length) {
        if (!OWN_SESSIONS.test(line)) {
          // "Day 1: sessions 09:30–17:00 … Day 2: 09:00–15:30" under "Thursday 24 and Friday 25 June": each day its own times
          const days = dayByDay(line, pending.length);
          pending.forEach((s, k) => { const t = days?.[k] ?? r; withTimes(s, t.start!, t.end, t.minutes); });
          // a date with its times on the line under it ("Online review – Tuesday 16 March 2027" / "A one-hour review on Zoom, 4.00pm–5.00pm")
          // is a session as surely as the labelled ones (when there are none, the other dates are read anyway)
          if (strong.length && weak.includes(pending[0]!)) {
            strong.push(...pending);
            for (const s of pending) weak.splice(weak.indexOf(s), 1);
          }
        }
        pending = [];
      }
      continue;
    }
    // a label line above the dates, short or giving their times ("Dates (Tuesdays, 4:00pm – 5:30pm, on Zoom)")
    const above = lines[i - 1];
    const labelled = above !== undefined && DATE_LABEL.test(above) && !readDates(above, hint).dates.length ? readDates(above, hint) : undefined;
    const labelTimes = labelled?.start !== undefined && above!.length < 100 ? labelled : listed;
    // a timetable's row with a date in each of two or more cells ("Cycle 1 | Thursday 14 January | Thursday 28 January") is a schedule's
    const rowOfDates = !!cells && r.dates.length >= 2 && cells.filter((c) => readDates(c, hint).dates.length).length >= 2;
    const isStrong = DATE_LABEL.test(line) || r.start !== undefined || (columns && !!cells) || rowOfDates || !!listed || (!!labelled && (above!.length < 30 || !!labelTimes));
    // "Every Wednesday … from 13 January to 24 March (no session on 17 February)": the weeks between, not the three dates named
    const made = (weeklyDates(line, r.dates) ?? r.dates).map((date) => {
      const s: Session = { start: date };
      if (r.start !== undefined) withTimes(s, r.start, r.end, r.minutes);
      else if (labelTimes) withTimes(s, labelTimes.start!, labelTimes.end, labelTimes.minutes);
      return s;
    });
    pending = r.start === undefined && !labelTimes ? made : [];
    if (isStrong && !raw) raw = line;
    (isStrong ? strong : weak).push(...made);
    if (strong.length > 200) break;
  }
  const chosen = strong.length ? strong : weak.slice(0, 3);
  if (shared) for (const s of chosen) if (s.start.length === 10) withTimes(s, shared.start, shared.end, shared.minutes);
  // one session a date; a date given again with its times ("Friday 19 – Saturday 20 March", then "Friday 19 March (9.30am – 4.30pm)") takes them
  const byDate = new Map<string, Session>();
  for (const s of chosen) {
    const day = s.start.slice(0, 10);
    const had = byDate.get(day);
    if (!had || (had.start.length === 10 && s.start.length > 10)) byDate.set(day, s);
  }
  const sessions = [...byDate.values()].sort((a, b) => (a.start < b.start ? -1 : 1)).slice(0, 200);
  return { sessions, strong: strong.length > 0, raw };
}

/** The times of each day a line gives day by day ("Day 1: … 09:30–17:00 … Day 2: 09:00–15:30"), when it gives one for each of `n` days. */
function dayByDay(line: string, n: number): LineDates[] | undefined {
  if (n < 2) return undefined;
  const parts = line.split(/\b(?:day|diwrnod|dydd)\s*(?:\d|one|two|three|un|dau|tri)\b\s*:?/i).slice(1);
  if (parts.length !== n) return undefined;
  const times = parts.map((p) => readDates(p));
  return times.every((t) => t.start !== undefined && t.end !== undefined) ? times : undefined;
}

/** A window to arrange a visit in ("Between 26 April and 21 May 2027"): no session of its own. */
const WINDOW = /(?:^|\|)\s*(?:(?:some|any) ?time |at a (?:time|date) (?:to suit )?|to be arranged )?between\b[^|]*\band\b/i;

/** A line giving the times of every session ("All sessions are 4:00pm – 6:00pm", "Each twilight runs 4–5.30pm"). */
const ALL_SESSIONS = /\b(?:all|each|every|both)\s+(?:of the\s+)?(?:(?:training|coaching|course|programme|conference|workshop|online|face-to-face)\s+)?(?:sessions?|twilights?|meetings?|days?|workshops?|webinars?|modules?)\b/i;

function withTimes(s: Session, start: number, end: number | undefined, minutes?: number): void {
  const date = s.start.slice(0, 10);
  s.start = londonIso(date, start);
  if (end !== undefined) {
    s.end = londonIso(date, end);
    const h = minutes !== undefined ? Math.round((minutes / 60) * 100) / 100 : hoursBetween(s.start, s.end);
    if (h !== undefined) s.hours = h;
  }
}

export const OPTIONAL = /^\s*optional\b|\boptional (?:extra|add-?on|follow-?up|visit|session)\b/i;

/**
 * A labelled date line up to the sentence that turns to a deadline ("Start: September 2027. Applications
 * close on Friday 30 April 2027."): the deadline's date is not a session.
 * `m` is the line's match of NOT_COURSE_DATE.
 */
function beforeDeadline(line: string, m: RegExpExecArray | null): string {
  if (!m || m.index === 0) return line;
  const stop = Math.max(line.lastIndexOf('. ', m.index), line.lastIndexOf('; ', m.index));
  return stop > 0 ? line.slice(0, stop + 1) : line;
}

/**
 * An undated course's day as its times state it ("Timings are agreed with you, typically 9:00am – 3:30pm"),
 * or its sessions when the line counts them ("Four twilight sessions at your school, 3.30pm – 5.00pm": 6 hours);
 * with `counted` false such lines are skipped (they are other sessions than a page's dated days).
 */
export function dayTimes(lines: readonly string[], counted = true): { hours: number; each: number; raw: string } | undefined {
  for (let i = 0; i < lines.length && i < 300; i++) {
    const line = lines[i]!;
    if (line.length > 200 || OPTIONAL.test(line)) continue;
    const r = readDates(line);
    if (r.dates.length || r.start === undefined || r.end === undefined) continue;
    const count = sessionCount(line);
    if (count !== undefined && !counted) continue;
    const n = count ?? 1;
    // the day's later parts, on this line or the timetable's next lines ("Morning session 9.00am–12.00pm; afternoon session 1.00pm–3.00pm")
    const hours = count !== undefined ? (r.end - r.start) / 60 : readTimeRange(lines.slice(i, i + 8).join('\n'))?.hours ?? (r.end - r.start) / 60;
    if (hours >= (count !== undefined ? 0.5 : 1) && hours <= 10 && n >= 1) return { hours: Math.round(hours * n * 100) / 100, each: Math.round(hours * 100) / 100, raw: line.slice(0, 200) };
  }
  return undefined;
}

/** How many sessions of its own a line counts ("Four twilight sessions at your school, …" is 4), if it opens by counting them. */
function sessionCount(line: string): number | undefined {
  const m = OWN_SESSIONS.exec(line.trim());
  return m ? num(m[0].split(/\s/, 1)[0]) : undefined;
}

/** A session's length said in words: "calls of 45 minutes", "90-minute", "lasting an hour", "one-hour". */
const EACH_LENGTH = /\b(?:of|lasting)\s+(\d{2,3})\s*(?:minutes|mins)\b|\b(\d{2,3})[- ]minutes?\b|\b(?:of|lasting)\s+(?:an?|one)\s+hour\b|\b(one|two|1|1\.5|2)[- ]hours?\b/i;

function lengthOf(line: string): number | undefined {
  const m = EACH_LENGTH.exec(line);
  if (!m) return undefined;
  if (m[1] ?? m[2]) return Number(m[1] ?? m[2]) / 60;
  return m[3] ? num(m[3]) : 1;
}

/**
 * Hours of the series a page counts besides its dated days ("eight online clinics on Tuesday evenings,
 * 7.00pm – 8.30pm", "Six one-to-one coaching calls of 45 minutes"), with their lines: undated lines that
 * count sessions of their own and give each one's times or length, unless the dated sessions are those.
 */
export function seriesHours(lines: readonly string[], dated: readonly Session[]): { hours: number; raw: string } | undefined {
  let hours = 0;
  const raws: string[] = [];
  for (let i = 0; i < lines.length && i < 300 && raws.length < 3; i++) {
    const line = lines[i]!.trim();
    const n = line.length <= 200 && !OPTIONAL.test(line) ? sessionCount(line) : undefined;
    if (n === undefined) continue;
    const r = readDates(line);
    if (r.dates.length) continue;
    const each = r.start !== undefined && r.end !== undefined ? (r.minutes ?? r.end - r.start) / 60 : lengthOf(line);
    if (!(n >= 1 && n <= 30 && each !== undefined && each > 0 && each <= 8)) continue;
    // "Four twilights, 4.00pm – 5.30pm" above the four dated twilights: the dated sessions are that series
    if (n === dated.length || dated.filter((s) => s.hours !== undefined && Math.abs(s.hours - each) < 0.1).length >= n) continue;
    hours += n * each;
    raws.push(line);
  }
  return raws.length ? { hours: Math.round(hours * 100) / 100, raw: raws.join('\n') } : undefined;
}

/**
 * The hours of a day whose timetable the page gives in parts ("9.30am – 3.15pm" on the date line, then
 * "Session 1, 9.30am–12.00pm … Session 2, 12.45pm–3.15pm"): the parts without the lunch between them,
 * when every dated session runs over that same day.
 */
export function dayParts(lines: readonly string[], sessions: readonly Session[]): number | undefined {
  const first = sessions[0];
  const start = first ? startHour(first.start) : null;
  const end = first?.end ? startHour(first.end) : null;
  if (start === null || end === null || sessions.some((s) => startHour(s.start) !== start || !s.end || startHour(s.end) !== end)) return undefined;
  for (let i = 0; i < lines.length && i < 300; i++) {
    const line = lines[i]!;
    if (line.length > 300 || !/\d[.:]\d\d/.test(line) || readDates(line).dates.length) continue;
    const day = readTimeRange(lines.slice(i, i + 8).join('\n'));
    if (day && Math.abs(day.end - end) < 0.01 && day.hours < end - start && Math.abs(day.start - start) <= 0.5) return day.hours;
  }
  return undefined;
}
