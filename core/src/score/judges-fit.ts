import { audienceOf, PHASES, ROLES } from '../parse/words.ts';
import { StemGate } from '../text/gate.ts';
import type { Course } from '../model/course.ts';
import type { Phase, Role } from '../model/common.ts';
import type { Evidence, TargetMatch } from '../model/score.ts';
import type { CourseReading } from '../course-profile/analyse.ts';
import { phaseName, roleName } from '../i18n/names.ts';
import { clamp, said, unknown, type JudgeContext, type Verdict } from './judges.ts';
import { sortShort } from '../text/sort.ts';

/** Concepts that name a school subject, for telling a course on another subject. */
const SUBJECT_CONCEPTS = ['maths', 'science', 'computing', 'humanities', 'languages', 'arts', 'pe', 'literacy'];

/** Words any audience a description names contains ("for secondary teachers", "SENCOs", "TAs"). */
const AUDIENCE_GATE = new StemGate(['teacher', 'teachers', 'ect', 'ects', 'nqt', 'leader', 'leaders', 'lead', 'leads', 'head', 'heads', 'headteacher', 'headteachers', 'principal', 'senco', 'sencos', 'sendco', 'dsl', 'dsls', 'designated', 'assistant', 'assistants', 'ta', 'tas', 'hlta', 'support', 'slt', 'deputy', 'bursar', 'business', 'governor', 'governors', 'trustee', 'trustees', 'primary', 'secondary', 'eyfs', 'nursery', 'early', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5', 'key', 'sixth', 'post', 'special', 'alternative', 'all', 'further', 'fe']);

/**
 * Strict gates before parse/words.ts's audience patterns: the words every match of a pattern holds whole,
 * by the pattern as written there, a few patterns to a gate. A pattern edited since is not found here
 * and always runs, so a gate can only save time, never change what is read.
 */
const AUDIENCE_WORDS: readonly (readonly [readonly string[], readonly RegExp[]])[] = [
  [['years', 'eyfs', 'nursery', 'through', 'phases'], [/\bearly years\b|\beyfs\b|\bnursery\b/, /\ball-through\b|\ball phases\b/]],
  [['primary', 'ks1', 'ks2', 'stage', 'secondary', 'ks3', 'ks4'], [/\bprimary\b|\bks1\b|\bks2\b|\bkey stage [12]\b/, /\bsecondary\b|\bks3\b|\bks4\b|\bkey stage [34]\b/]],
  [
    ['16', 'sixth', 'ks5', 'level', 'special', 'ap', 'provision', 'further', 'fe'],
    [/\bpost-16\b|\bsixth form\b|\bks5\b|\ba[- ]level\b/, /\bspecial schools?\b|\bap settings?\b|\balternative provision\b/, /\bfurther education\b|\bfe colleges?\b/],
  ],
  [['ect', 'ects', 'career', 'nqt', 'nqts'], [/\bects?\b|\bearly career teachers?\b|\bnqts?\b/]],
  [['assistant', 'assistants', 'tas', 'hlta', 'hltas', 'staff'], [/\bteaching assistants?\b|\btas\b|\bhltas?\b|\bsupport staff\b/]],
  [['leader', 'leaders', 'department', 'lead', 'leads', 'slt', 'deputy'], [/\bmiddle leaders?\b|\bsubject leaders?\b|\bheads? of department\b|\bcurriculum leads?\b/, /\bsenior leaders?\b|\bslt\b|\bdeputy head/]],
  [['headteacher', 'headteachers', 'teacher', 'teachers', 'principal', 'principals'], [/\bheadteachers?\b|\bhead teachers?\b|\bprincipals?\b/, /\bteachers\b|\bclassroom teachers?\b/]],
  [['senco', 'sencos', 'sendco', 'sendcos', 'dsl', 'dsls', 'designated'], [/\bsencos?\b|\bsendcos?\b/, /\bdsls?\b|\bdesignated safeguarding leads?\b/]],
  [['business', 'bursar', 'bursars', 'governor', 'governors', 'trustee', 'trustees'], [/\bschool business (?:leaders?|managers?)\b|\bbursars?\b/, /\bgovernors?\b|\btrustees?\b/]],
];
const AUDIENCE_GATES: ReadonlyMap<RegExp, StemGate> = (() => {
  const bySource = new Map<string, StemGate>();
  for (const [words, sources] of AUDIENCE_WORDS) {
    const gate = new StemGate(words, true);
    for (const pattern of sources) bySource.set(pattern.source, gate);
  }
  const out = new Map<RegExp, StemGate>();
  for (const [re] of [...PHASES, ...ROLES]) {
    const gate = bySource.get(re.source);
    if (gate) out.set(re, gate);
  }
  return out;
})();

const ROLE_FAMILY: Record<string, string[]> = {
  teacher: ['teacher', 'ect', 'middle-leader', 'senior-leader', 'senco', 'headteacher'],
  ect: ['ect', 'teacher'],
  'teaching-assistant': ['teaching-assistant', 'support-staff'],
  'middle-leader': ['middle-leader', 'teacher', 'senior-leader'],
  'senior-leader': ['senior-leader', 'headteacher', 'middle-leader'],
  headteacher: ['headteacher', 'senior-leader'],
  senco: ['senco', 'teacher', 'middle-leader'],
  dsl: ['dsl', 'senior-leader', 'teacher'],
  'business-leader': ['business-leader', 'support-staff', 'senior-leader'],
  'support-staff': ['support-staff', 'teaching-assistant', 'business-leader'],
  governor: ['governor'],
  other: [],
};

/** The built-in judges, one per `Judge` value. Each reads only the course, the context and the policy. */

/** How closely the course serves the PD targets and SDP objectives (60/40 when both are given). */
export function prioritiesJudge({ matches, profile, plan }: JudgeContext): Verdict {
  if (!profile?.targets.length && !plan?.objectives.length) return unknown;
  // the best match of each kind, and the matches worth showing (in one pass: judged for every course)
  let bestTarget = 0;
  let bestObjective = 0;
  const shown: TargetMatch[] = [];
  for (const m of matches) {
    if (m.kind === 'target') bestTarget = Math.max(bestTarget, m.strength);
    else if (m.kind === 'objective') bestObjective = Math.max(bestObjective, m.strength);
    if (m.strength >= 0.15) shown.push(m);
  }
  const fit = (s: number) => clamp(s / 0.6);
  const hasTargets = !!profile?.targets.length;
  const hasObjectives = !!plan?.objectives.length;
  const t = fit(bestTarget);
  const o = fit(bestObjective);
  const score = hasTargets && hasObjectives ? 0.6 * t + 0.4 * o : hasTargets ? t : o;
  sortShort(shown, (a, b) => b.strength - a.strength);
  const evidence: Evidence[] = [];
  for (let i = 0; i < shown.length && i < 4; i++) {
    const m = shown[i]!;
    evidence.push(said(m.kind === 'target' ? 'PD target' : 'SDP objective', '+', 'evidence.serves', { label: m.label, matched: m.matchedSaid?.slice(0, 20) ?? m.matched.join(', ') }));
  }
  if (!evidence.length) evidence.push(said('targets', '-', 'evidence.no-targets'));
  return { score: clamp(score), evidence };
}

/** What role fit reads off a course, whoever the member of staff: its audience and the subjects and topics it names. */
export interface CourseAudience {
  audience: { phases?: Phase[]; roles?: Role[] } | undefined;
  /** Subjects the page lists and concepts it names, lower case, for matching the member of staff's subjects. */
  named: string[];
  /** Subject concepts the course names, as the page wrote them. */
  otherSubjects: string[];
}

/** A course's audience, the same for every member of staff: a scorer that keeps courses reads it once (issue 24). */
export function courseAudience(course: Course, text: CourseReading): CourseAudience {
  // the audience extraction did not label, read from the description ("for secondary teachers")
  const audience = course.audience ?? (course.description && AUDIENCE_GATE.open(text.gates) ? audienceOf(course.description, (re) => AUDIENCE_GATES.get(re)?.open(text.gates) ?? true) : undefined);
  const named: string[] = [];
  for (const s of course.audience?.subjects ?? []) named.push(s.toLowerCase());
  for (const s of text.concepts.values()) named.push(s.toLowerCase());
  const otherSubjects: string[] = [];
  for (const c of SUBJECT_CONCEPTS) {
    const written = text.concepts.get(c);
    if (written !== undefined) otherSubjects.push(written);
  }
  return { audience, named, otherSubjects };
}

/** A member of staff's subjects in lower case, made once per profile's list (profiles are data, never changed in place). */
const lowered = new WeakMap<readonly string[], string[]>();
function lowerSubjects(subjects: readonly string[]): string[] {
  let out = lowered.get(subjects);
  if (!out) lowered.set(subjects, (out = subjects.map((s) => s.toLowerCase())));
  return out;
}

/** Whether the course is designed for the member of staff's role, phase and subject. */
export function roleFitJudge({ course, profile, text, audience: kept }: JudgeContext): Verdict {
  if (!profile) return unknown;
  const parts: number[] = [];
  const evidence: Evidence[] = [];
  const { audience, named, otherSubjects } = kept ?? courseAudience(course, text);
  const roles = audience?.roles ?? [];
  if (roles.length) {
    const ok = roles.some((r) => (ROLE_FAMILY[profile.role] ?? [profile.role]).includes(r));
    parts.push(ok ? 1 : 0);
    const names = roles.map(roleName);
    evidence.push(ok ? said('audience', '+', 'evidence.designed-for', { roles: names }) : said('audience', '-', 'evidence.designed-for-not', { roles: names, role: roleName(profile.role) }));
  }
  const phases = audience?.phases ?? [];
  if (phases.length && profile.phase) {
    const ok = phases.includes(profile.phase) || phases.includes('all-through');
    parts.push(ok ? 1 : 0);
    const names = phases.map(phaseName);
    evidence.push(ok ? said('audience', '+', 'evidence.phase', { phases: names }) : said('audience', '-', 'evidence.phase-not', { phases: names, phase: phaseName(profile.phase) }));
  }
  // subjects stay as the page or the school wrote them
  const subjects = lowerSubjects(profile.subjects);
  if (subjects.length) {
    // one holds the other: only the longer can hold the shorter (and of two as long, either means both)
    const hit = subjects.find((s) => named.some((n) => (n.length >= s.length ? n.includes(s) : s.includes(n))));
    if (hit) {
      parts.push(1);
      evidence.push(said('audience', '+', 'evidence.covers-subject', { subject: hit }));
    } else if (course.audience?.subjects?.length) {
      parts.push(0.3);
      evidence.push(said('audience', '-', 'evidence.subjects', { subjects: course.audience.subjects.join(', ') }));
    } else if (otherSubjects.length) {
      // the course names another subject (English, drama) and not yours
      parts.push(0.3);
      evidence.push(said('text', '-', 'evidence.about-not', { topics: otherSubjects.join(', '), subjects: profile.subjects.join(', ') }));
    }
  }
  return parts.length ? { score: clamp(parts.reduce((a, b) => a + b, 0) / parts.length), evidence } : unknown;
}
