import type { Course } from '../model/course.ts';
import type { CourseProfile, Funding, ScheduleShape } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import { english, msg } from '../i18n/message.ts';
import { repaymentMessage } from './funding.ts';
import { sessionDays, whenOf } from './times.ts';
import { CORRECTED_RAW } from '../correct/apply.ts';

const DAY = 86_400_000;

/** The schedule of sessions staff listed: each is attended (no alternatives), hours and days out of class from their times. */
function correctedSchedule(schedule: ScheduleShape, course: Course): ScheduleShape {
  const sessions = course.sessions ?? [];
  if (!sessions.length) return schedule;
  const dates = sessions.map((s) => Date.parse(`${s.start.slice(0, 10)}T12:00:00Z`));
  const spanDays = Math.round((Math.max(...dates) - Math.min(...dates)) / DAY);
  const timed = sessions.every((s) => s.hours !== undefined);
  const contactHours = timed ? Math.round(sessions.reduce((a, s) => a + s.hours!, 0) * 100) / 100 : null;
  const inSchool = sessions.filter((s) => whenOf(s) === 'school-hours');
  const daysOutOfClass = schedule.timing === 'self-paced' || schedule.timing === 'inset-day' ? 0 : inSchool.reduce((a, s) => a + sessionDays(s, null), 0);
  const timing = schedule.timing === 'self-paced' || schedule.timing === 'inset-day' ? schedule.timing : inSchool.length ? 'school-hours' : whenOf(sessions[0]!);
  const sustained = sessions.length >= 2 && spanDays >= 14 ? true : sessions.length === 1 ? false : schedule.sustained;
  return { ...schedule, sessions: sessions.length, alternatives: 0, spanDays, contactHours, daysOutOfClass, timing, sustained, evidence: [CORRECTED_RAW], evidenceMessages: [msg('correct.by-staff')] };
}

/** The funded route staff named, with what to check and the policy's repayment terms where they apply. */
function correctedFunding(route: Funding['route'], profile: CourseProfile, policy: Policy | undefined): Funding {
  const check = msg(`funding.${route}`);
  const funding: Funding = { route, check: english(check), checkMessage: check, evidence: [CORRECTED_RAW] };
  const repayment = policy ? repaymentMessage(profile.kind, policy) : undefined;
  if (repayment) {
    funding.repayment = english(repayment).slice(0, 400);
    funding.repaymentMessage = repayment;
  }
  return funding;
}

/**
 * The profile with staff's corrections of the facts it holds: status (cancelled cannot be booked, as
 * closed), funding (a route, or none), the schedule of corrected sessions, delivery and the staff a
 * corrected group price covers. A profile of a course without corrections is returned as it is.
 */
export function correctProfile(profile: CourseProfile, course: Course, policy?: Policy): CourseProfile {
  const c = course.corrections;
  if (!c) return profile;
  const out: CourseProfile = { ...profile };
  if (c.status) out.status = c.status.value === 'cancelled' ? 'closed' : c.status.value;
  if (c.funding) out.funding = c.funding.route === 'none' ? null : correctedFunding(c.funding.route, profile, policy);
  if (c.sessions) out.schedule = correctedSchedule(profile.schedule, course);
  if (c.delivery) out.delivery = c.delivery.value;
  if (c.price) {
    if (c.price.covers !== undefined && c.price.basis !== 'per-participant') out.pricedFor = c.price.covers;
    else delete out.pricedFor;
  }
  return out;
}
