import { currentPrice } from '../cost/early-bird.ts';
import { analyseCourse, type CourseText } from '../course-profile/analyse.ts';
import { profileCourse } from '../course-profile/profile.ts';
import type { Course } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import type { Verdict } from './judges.ts';

/** What scoring reads off one course under one policy: its facts, and the verdicts of the judges that read nothing else. */
export interface PreparedForPolicy {
  facts: CourseProfile;
  /** By the compiled policy's criterion index: a verdict kept, null for a criterion that does not apply, undefined when not kept. */
  verdicts: (Verdict | null | undefined)[];
}

/** What scoring reads off one course on one day: the price a booking today pays, the course's words, and per policy the rest. */
export interface Prepared {
  today: string | undefined;
  course: Course;
  text: CourseText;
  policies: WeakMap<Policy, PreparedForPolicy>;
}

const prepared = new WeakMap<Course, Prepared>();

/**
 * The course read once for scoring (issue 24: a catalogue is scored again for each member of staff, plan
 * or cohort, and the page's words and facts do not change with them). Kept while the course object lives,
 * for the last day it was scored on: a course is data, never changed in place once scored (every caller
 * builds a new object for an edited course, as the zod schemas' parse does).
 */
export function prepareCourse(stated: Course, today: string | undefined): Prepared {
  let p = prepared.get(stated);
  if (!p || p.today !== today) {
    const course = currentPrice(stated, today);
    p = { today, course, text: analyseCourse(course), policies: new WeakMap() };
    prepared.set(stated, p);
  }
  return p;
}

/** The course's facts under a policy (its hours per day, nation and repayment terms), read once per course, day and policy. */
export function prepareForPolicy(p: Prepared, policy: Policy): PreparedForPolicy {
  let forPolicy = p.policies.get(policy);
  if (!forPolicy) {
    const facts = profileCourse(p.course, policy, p.today ? { today: p.today } : {}, p.text);
    p.policies.set(policy, (forPolicy = { facts, verdicts: [] }));
  }
  return forPolicy;
}
