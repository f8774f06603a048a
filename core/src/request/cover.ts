import type { Course, Session } from '../model/course.ts';
import type { Policy } from '../model/policy.ts';
import type { Profile } from '../model/profile.ts';

/** Roles that need a supply teacher to cover their classes while they are out. */
const COVERED_ROLES = new Set(['teacher', 'ect', 'middle-leader', 'senco', 'teaching-assistant']);
/** A session starting at or after this hour is a twilight: after the school day, no cover. */
const TWILIGHT_FROM = 15.5;

/** Why the cover is what it is, so a form can say it in words. */
export type CoverBasis =
  | 'self-paced'
  | 'not-covered'
  /** Every session is a twilight or at the weekend. */
  | 'outside-school-day'
  /** From the sessions' dates, times and lengths. */
  | 'sessions'
  /** From the course's hours only (no sessions known). */
  | 'hours'
  | 'unknown';

export interface CoverSuggestion {
  /** Days of supply cover for one participant, in half days; null when nothing says how long. */
  days: number | null;
  basis: CoverBasis;
}

/** Hour of a session start written as an ISO string, read as written (the provider's local time). */
function startHour(iso: string): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  return m ? Number(m[1]) + Number(m[2]) / 60 : null;
}

/** Whether the session's date is a Saturday or Sunday. */
function atWeekend(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return day === 0 || day === 6;
}

/** Hours rounded up to half days of the policy's school day (a 3-hour morning is half a day). */
function halfDays(hours: number, policy: Policy): number {
  if (hours <= 0) return 0;
  return Math.ceil(hours / (policy.costs.hoursPerDay / 2)) / 2;
}

/** Cover for one session: none out of school hours, else its length (or a guess from its start) in half days. */
function sessionDays(s: Session, perSession: number | null, policy: Policy): number {
  const hour = startHour(s.start);
  if (atWeekend(s.start) || (hour !== null && hour >= TWILIGHT_FROM)) return 0;
  const hours = s.hours ?? perSession;
  if (hours !== null) return Math.min(halfDays(hours, policy), 1);
  // Length unknown: an afternoon start is half a day, anything else a whole day.
  return hour !== null && hour >= 12 ? 0.5 : 1;
}

/**
 * Days of supply cover one participant needs, and why: none for self-paced courses, roles that are
 * not covered, twilight sessions (from 15:30, online after school included) and weekends; otherwise
 * each session's length in half days of the policy's school day (at most a day per session), and
 * without sessions the course's hours in half days. The one rule the score and the request form share.
 */
export function coverDaysFor(course: Course, policy: Policy, profile?: Profile): CoverSuggestion {
  if (profile && !COVERED_ROLES.has(profile.role)) return { days: 0, basis: 'not-covered' };
  if (course.delivery === 'online-self-paced') return { days: 0, basis: 'self-paced' };
  const sessions = course.sessions ?? [];
  if (sessions.length) {
    const perSession = course.totalHours !== undefined ? course.totalHours / sessions.length : null;
    const days = sessions.reduce((n, s) => n + sessionDays(s, perSession, policy), 0);
    return { days, basis: days === 0 && sessions.some((s) => s.hours !== 0) ? 'outside-school-day' : 'sessions' };
  }
  if (course.totalHours === undefined) return { days: null, basis: 'unknown' };
  return { days: halfDays(course.totalHours, policy), basis: 'hours' };
}
