import { currentPrice } from '../cost/early-bird.ts';
import { analyseCourse, readingOf, type CourseReading, type CourseText } from '../course-profile/analyse.ts';
import { profileCourse } from '../course-profile/profile.ts';
import type { SchoolType } from '../model/common.ts';
import { Course as CourseSchema, type Course } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import type { Evidence } from '../model/score.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { sentenceAround } from '../text/tokens.ts';
import { courseAudience, type CourseAudience } from './judges-fit.ts';
import type { Verdict } from './judges.ts';

/** What scoring reads off one course under one policy: its facts, its criteria's own terms, and the verdicts of the judges that read nothing else. */
interface ForPolicy {
  facts: CourseProfile;
  /** By the compiled policy's criterion index: the criterion's own terms found in the course text, as evidence. */
  terms: readonly Evidence[][];
  /** By criterion index: a verdict kept, null for a criterion that does not apply, undefined when not kept. */
  verdicts: (Verdict | null | undefined)[];
}

/** What a scorer keeps of one course on one day: the price a booking today pays, what its words say, and for its last policy the rest. */
interface Kept {
  today: string | undefined;
  /** The kind of school whose rate the price is (a trust's policy and a school's plan may differ). */
  school: SchoolType | undefined;
  course: Course;
  reading: CourseReading;
  audience: CourseAudience;
  /** The last policy the course was scored under (a school has one). */
  policy: Policy | undefined;
  forPolicy: ForPolicy | undefined;
}

/** What a scorer keeps, by course object. */
export type CourseMemory = Map<Course, Kept>;

/** A course ready to judge: the course as priced today, what its words say, and what its policy makes of it. */
export interface Prepared extends ForPolicy {
  course: Course;
  reading: CourseReading;
  audience?: CourseAudience;
}

const NO_EVIDENCE: Evidence[] = [];
/** The verdicts of a course scored without a memory: none kept, and none to keep (never written). */
const NOT_KEPT: (Verdict | null | undefined)[] = [];

/** Every field the course schema knows, each undefined, in the schema's order. */
const EVERY_FIELD: Readonly<Record<string, undefined>> = Object.fromEntries(Object.keys(CourseSchema.def.shape).map((field) => [field, undefined]));

/**
 * The course with every field the schema knows, absent ones undefined, in one order (a field the schema
 * does not know is kept after them). Courses from pages and files have their fields in many orders and
 * subsets, so each judge's reads of a course's fields met dozens of shapes; as one shape they are read
 * directly (scoring throughput, issue 24). Nothing in scoring lists a course's fields.
 */
const shaped = (course: Course): Course => ({ ...EVERY_FIELD, ...course }) as Course;

/** A criterion's own `terms` found in the course text, as evidence. */
function termEvidence(lexicon: Lexicon | undefined, text: CourseText): Evidence[] {
  if (!lexicon) return NO_EVIDENCE;
  const hits = lexicon.scan(text.tokens, text.text);
  return hits.length ? hits.slice(0, 3).map((h) => ({ field: 'text', text: sentenceAround(text.text, h.start, h.end, 200), effect: '+' as const })) : NO_EVIDENCE;
}

/** The course's facts and each active criterion's own terms (`terms`, in order) under a policy. */
function forPolicy(course: Course, text: CourseText, policy: Policy, today: string | undefined, school: SchoolType | undefined, terms: readonly (Lexicon | undefined)[]): ForPolicy {
  const facts = profileCourse(course, policy, { today, school }, text);
  return { facts, terms: termsIn(text, terms), verdicts: [] };
}

/** Each active criterion's own terms (`terms`, in order) found in the course text, as evidence. */
function termsIn(text: CourseText, terms: readonly (Lexicon | undefined)[]): readonly Evidence[][] {
  return terms.some((lexicon) => lexicon !== undefined) ? terms.map((lexicon) => termEvidence(lexicon, text)) : noTerms(terms);
}

/** For a policy whose criteria have no terms of their own: no evidence for each, one array shared by every course (never changed). */
const noTermsFor = new WeakMap<readonly (Lexicon | undefined)[], readonly Evidence[][]>();
function noTerms(terms: readonly (Lexicon | undefined)[]): readonly Evidence[][] {
  let none = noTermsFor.get(terms);
  if (!none) noTermsFor.set(terms, (none = terms.map(() => NO_EVIDENCE)));
  return none;
}

/**
 * The course read for scoring under a policy. With a scorer's memory (issue 24: a catalogue is scored
 * again for each member of staff, plan or cohort), what does not change with them is kept by course
 * object, for the last day and policy it was scored under: what the judges read of its words (not its
 * tokens, many times the memory), its audience, its facts, its terms and the verdicts of the
 * judges that read only the course. A course is data: it is never changed in place once scored (every
 * caller builds a new object for an edited course, as parsing with the zod schemas does).
 */
export function prepareCourse(stated: Course, today: string | undefined, school: SchoolType | undefined, policy: Policy, terms: readonly (Lexicon | undefined)[], memory?: CourseMemory): Prepared {
  if (!memory) {
    const course = shaped(currentPrice(stated, today, school));
    const text = analyseCourse(course);
    // nothing is kept for the next scoring: no room for verdicts either
    return { course, reading: text, facts: profileCourse(course, policy, { today, school }, text), terms: termsIn(text, terms), verdicts: NOT_KEPT };
  }
  let k = memory.get(stated);
  let text: CourseText | undefined;
  if (!k || k.today !== today || k.school !== school) {
    const course = shaped(currentPrice(stated, today, school));
    text = analyseCourse(course);
    const reading = readingOf(text);
    k = { today, school, course, reading, audience: courseAudience(course, reading), policy: undefined, forPolicy: undefined };
    memory.set(stated, k);
  }
  if (k.policy !== policy || !k.forPolicy) {
    // a course already read meets a policy it has not: its words were not kept, so they are read again
    k.forPolicy = forPolicy(k.course, text ?? analyseCourse(k.course), policy, today, k.school, terms);
    k.policy = policy;
  }
  const read = k.forPolicy;
  return { course: k.course, reading: k.reading, audience: k.audience, facts: read.facts, terms: read.terms, verdicts: read.verdicts };
}
