import { currentPrice } from '../cost/early-bird.ts';
import { analyseCourse, readingOf, type CourseReading, type CourseText } from '../course-profile/analyse.ts';
import { profileCourse } from '../course-profile/profile.ts';
import type { Course } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import type { Evidence } from '../model/score.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { sentenceAround } from '../text/tokens.ts';
import type { Verdict } from './judges.ts';

/** What scoring reads off one course under one policy: its facts, its criteria's own terms, and the verdicts of the judges that read nothing else. */
interface ForPolicy {
  facts: CourseProfile;
  /** By the compiled policy's criterion index: the criterion's own terms found in the course text, as evidence. */
  terms: readonly Evidence[][];
  /** By criterion index: a verdict kept, null for a criterion that does not apply, undefined when not kept. */
  verdicts: (Verdict | null | undefined)[];
}

/** What scoring keeps of one course on one day: the price a booking today pays, what its words say, and per policy the rest. */
interface Kept {
  today: string | undefined;
  course: Course;
  reading: CourseReading;
  /** The last policy the course was scored under (a school has one; a WeakMap per course would cost more than it saves). */
  policy: Policy | undefined;
  forPolicy: ForPolicy | undefined;
}

/** A course ready to judge: the course as priced today, what its words say, and what its policy makes of it. */
export interface Prepared extends ForPolicy {
  course: Course;
  reading: CourseReading;
}

const kept = new WeakMap<Course, Kept>();

const NO_EVIDENCE: Evidence[] = [];

/** A criterion's own `terms` found in the course text, as evidence. */
function termEvidence(lexicon: Lexicon | undefined, text: CourseText): Evidence[] {
  if (!lexicon) return NO_EVIDENCE;
  const hits = lexicon.scan(text.tokens, text.text);
  return hits.length ? hits.slice(0, 3).map((h) => ({ field: 'text', text: sentenceAround(text.text, h.start, h.end, 200), effect: '+' as const })) : NO_EVIDENCE;
}

/**
 * The course read for scoring under a policy (`terms`: each active criterion's own terms, in order),
 * once per course object and policy (issue 24): a catalogue is scored again for each member of staff, plan or
 * cohort, and a course's words, its facts under a policy and its terms do not change with them. Kept
 * while the course object lives, for the last day it was scored on, without its words and tokens (many
 * times the memory of what the judges read). A course is data: it is never changed in place once scored
 * (every caller builds a new object for an edited course, as parsing with the zod schemas does).
 */
export function prepareCourse(stated: Course, today: string | undefined, policy: Policy, terms: readonly (Lexicon | undefined)[]): Prepared {
  let k = kept.get(stated);
  let text: CourseText | undefined;
  if (!k || k.today !== today) {
    const course = currentPrice(stated, today);
    text = analyseCourse(course);
    k = { today, course, reading: readingOf(text), policy: undefined, forPolicy: undefined };
    kept.set(stated, k);
  }
  let forPolicy = k.policy === policy ? k.forPolicy : undefined;
  if (!forPolicy) {
    // a course already read is read again for a policy it has not met: its words were not kept
    text ??= analyseCourse(k.course);
    const facts = profileCourse(k.course, policy, today ? { today } : {}, text);
    const found = text;
    forPolicy = { facts, terms: terms.map((lexicon) => termEvidence(lexicon, found)), verdicts: [] };
    k.policy = policy;
    k.forPolicy = forPolicy;
  }
  return { course: k.course, reading: k.reading, ...forPolicy };
}
