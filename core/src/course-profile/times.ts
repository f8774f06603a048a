import type { Session } from '../model/course.ts';
import { readTimeRange } from '../facts/times.ts';
import { timedApart } from '../parse/dates.ts';

/**
 * A digit, an optional am or pm, a separator and a digit: no time range ("4.00pm – 5.30pm", "9:15–4:30")
 * can be read from a text without one (a looser form of the reader's own pattern).
 */
const MAY_HOLD_RANGE = /\d\s*(?:[ap]\.?m\.?\s*)?(?:[-–—]|to|until|till)\s*\d/i;

/** Hour of a session start as written (the provider's local time), or null when undated by the hour. */
export function startHour(iso: string): number | null {
  const t = iso.indexOf('T');
  if (t < 0) return null;
  return Number(iso.slice(t + 1, t + 3)) + Number(iso.slice(t + 4, t + 6)) / 60;
}

/** The first time range a page states ("4.00pm – 5.30pm", "9:15–4:30"), as a start hour and a length in hours. */
export function timeRange(text: string): { start: number; hours: number } | null {
  // most course texts state no range: skip the reader, which compiles its pattern afresh at every call
  if (!MAY_HOLD_RANGE.test(text.length > 3000 ? text.slice(0, 3000) : text)) return null;
  const t = readTimeRange(text);
  return t ? { start: t.start, hours: t.hours } : null;
}

/**
 * The times a page states once for the dates it lists without them: its first time range, unless that range
 * is bracketed after another item's noun, apart from the dates' own brackets ("six clinics (16:00–17:30) and
 * three conference days (4 March, 24 June, 11 November)").
 */
export function statedTimes(text: string): { start: number; hours: number } | null {
  if (!MAY_HOLD_RANGE.test(text.length > 3000 ? text.slice(0, 3000) : text)) return null;
  const t = readTimeRange(text);
  if (!t) return null;
  const at = text.indexOf(t.quote);
  const end = text.indexOf('\n', at);
  return at >= 0 && timedApart(text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end)) ? null : { start: t.start, hours: t.hours };
}

/** A listed date given the page's stated start time and length. */
export function withTime(s: Session, t: { start: number; hours: number }): Session {
  const h = Math.floor(t.start);
  const m = Math.round((t.start - h) * 60);
  return { ...s, start: `${s.start.slice(0, 10)}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, hours: s.hours ?? t.hours };
}

/** Whether the page's first stated time range falls in the school day. */
export function inSchoolHours(text: string): boolean {
  const t = timeRange(text);
  return t !== null && t.start < 15.25 && t.hours >= 2.5;
}

/** Weekdays by date as written: catalogues repeat their dates, and parsing a date is dear (scoring throughput, issue 24). */
const weekdays = new Map<string, number>();
const WEEKDAYS_MAX = 10_000;

/** Times by date-time as written (`Date.parse`), kept: catalogues repeat their dates, and parsing is dear. */
const parsed = new Map<string, number>();

/** `Date.parse(iso)`, kept for the next course with the same date-time. */
export function timeOf(iso: string): number {
  let time = parsed.get(iso);
  if (time === undefined) {
    time = Date.parse(iso);
    if (parsed.size >= WEEKDAYS_MAX) parsed.clear();
    parsed.set(iso, time);
  }
  return time;
}

/** Day of the week of the session's date as written (0 Sunday … 6 Saturday). */
export function weekday(iso: string): number {
  const date = iso.slice(0, 10);
  let day = weekdays.get(date);
  if (day === undefined) {
    day = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekdays.size >= WEEKDAYS_MAX) weekdays.clear();
    weekdays.set(date, day);
  }
  return day;
}

export type When = 'school-hours' | 'twilight' | 'weekend' | 'holiday';

/** When one dated session runs, from its own date and time. */
export function whenOf(s: Session): When {
  const day = weekday(s.start);
  if (day === 0 || day === 6) return 'weekend';
  if (s.start.slice(5, 7) === '08') return 'holiday';
  const h = startHour(s.start);
  if (h !== null && h >= 15.25) return 'twilight';
  return 'school-hours';
}

/** Days out of class for one session in school hours: half a day up to 3.5 hours (or an afternoon start). */
export function sessionDays(s: Session, hoursEach: number | null): number {
  const hours = s.hours ?? hoursEach;
  if (hours !== null) return hours <= 3.5 ? 0.5 : 1;
  const h = startHour(s.start);
  return h !== null && h >= 12.5 ? 0.5 : 1;
}


const WEEK = 7 * 86_400_000;

/** Whether sessions are one start and end more than a week apart: a programme's span, not a session (JSON-LD startDate/endDate). */
export const isSpan = (sessions: readonly Session[]): boolean =>
  sessions.length === 1 && !!sessions[0]!.end && Date.parse(sessions[0]!.end.slice(0, 10)) - Date.parse(sessions[0]!.start.slice(0, 10)) > WEEK;
