import type { SchoolPlan } from '../model/plan.ts';
import type { Profile } from '../model/profile.ts';
import type { TargetMatch } from '../model/score.ts';
import { msg, type InnerMessage } from '../i18n/message.ts';
import { namer } from '../i18n/names.ts';
import { broaderOf, CONCEPTS, conceptLexicon } from '../text/thesaurus.ts';
import { STOPWORDS, tokenize } from '../text/tokens.ts';
import type { CourseReading } from '../course-profile/analyse.ts';

/** A PD target or SDP objective compiled once for fast, explainable matching. */
export interface Goal {
  id: string;
  kind: 'target' | 'objective';
  label: string;
  /** Concepts the goal names. */
  concepts: string[];
  /** Other meaningful words (stem → the word as written), outside any concept phrase. */
  words: Map<string, string>;
  /** Subject concepts the goal names ("in science"). */
  subjects: string[];
  /** For a PD target: the SDP objective it serves. */
  objectiveId?: string;
}

/** A concept counts as much as this many plain words: "phonics" says more than "improve". */
const CONCEPT_WEIGHT = 2;
/** How much a course that names a narrower concept (dyslexia) serves a broader goal (SEND). */
const NARROWER_CREDIT = 0.7;

/** Concepts that name a subject: a goal naming one is narrowed to it. */
const SUBJECTS: readonly string[] = ['maths', 'science', 'computing', 'humanities', 'languages', 'arts', 'pe'];
/** How much a course on another subject serves a goal that names its subject. */
const OTHER_SUBJECT_CREDIT = 0.4;

/** Compiles one goal's text into concepts and content words. */
export function compileGoal(id: string, kind: Goal['kind'], label: string, text: string, objectiveId?: string): Goal {
  const tokens = tokenize(text);
  const covered = new Set<number>();
  const concepts: string[] = [];
  for (const hit of conceptLexicon.scan(tokens)) {
    if (!concepts.includes(hit.key)) concepts.push(hit.key);
    tokens.forEach((t, i) => {
      if (t.start >= hit.start && t.end <= hit.end) covered.add(i);
    });
  }
  const words = new Map<string, string>();
  tokens.forEach((t, i) => {
    if (covered.has(i) || STOPWORDS.has(t.stem) || t.stem.length < 3 || /^\d+$/.test(t.stem)) return;
    if (!words.has(t.stem)) words.set(t.stem, text.slice(t.start, t.end).toLowerCase());
  });
  return { id, kind, label, concepts, words, subjects: concepts.filter((c) => SUBJECTS.includes(c)), ...(objectiveId ? { objectiveId } : {}) };
}

/** The goals of a profile (its PD targets) and a plan (its SDP objectives). */
export function compileGoals(profile?: Profile, plan?: SchoolPlan): Goal[] {
  const goals: Goal[] = [];
  for (const t of profile?.targets ?? []) goals.push(compileGoal(t.id, 'target', t.text, t.text, t.sdpObjectiveId));
  for (const o of plan?.objectives ?? []) {
    const text = [o.title, o.description ?? '', ...(o.keywords ?? [])].join('\n');
    goals.push(compileGoal(o.id, 'objective', o.title, text));
  }
  return goals;
}

/** A goal's words as arrays, with each word's message made once: the form matchGoal reads for every course. */
interface GoalWords {
  stems: string[];
  words: string[];
  said: InnerMessage[];
  /** The goal's concepts' labels and names, by the concept's place in `goal.concepts`. */
  labels: string[];
  names: InnerMessage[];
  /** The most a course can score on the goal: concepts count double. */
  max: number;
}
const goalWords = new WeakMap<Goal, GoalWords>();

function wordsOf(goal: Goal): GoalWords {
  let w = goalWords.get(goal);
  if (!w) {
    const stems = [...goal.words.keys()];
    const words = [...goal.words.values()];
    const labels = goal.concepts.map((c) => CONCEPTS[c]?.label ?? c);
    w = { stems, words, said: words.map((word) => msg('match.word', { word })), labels, names: goal.concepts.map(conceptName), max: goal.concepts.length * CONCEPT_WEIGHT + stems.length };
    goalWords.set(goal, w);
  }
  return w;
}

/** How strongly a course serves one goal (0..1), with the terms that matched, in the goal's words. */
export function matchGoal(goal: Goal, course: CourseReading): TargetMatch {
  const w = wordsOf(goal);
  let got = 0;
  const matched: string[] = [];
  const said: InnerMessage[] = [];
  // a course naming no concept serves none of the goal's (its broader concepts come from those it names)
  if (course.concepts.size) {
    for (let i = 0; i < goal.concepts.length; i++) {
      const c = goal.concepts[i]!;
      if (course.concepts.has(c)) {
        got += CONCEPT_WEIGHT;
        matched.push(w.labels[i]!);
        said.push(w.names[i]!);
      } else if (course.broader.has(c)) {
        got += CONCEPT_WEIGHT * NARROWER_CREDIT;
        const via = [...course.concepts.keys()].filter((k) => broaderOf(k).includes(c));
        matched.push(`${w.labels[i]!} (via ${via.map((k) => CONCEPTS[k]?.label ?? k).join(', ')})`);
        said.push(msg('match.via', { concept: w.names[i]!, via: via.map(conceptName) }));
      }
    }
  }
  for (let i = 0; i < w.stems.length; i++) {
    if (course.stems.has(w.stems[i]!)) {
      got += 1;
      matched.push(w.words[i]!);
      said.push(w.said[i]!);
    }
  }
  let strength = w.max === 0 ? 0 : got / w.max;
  // a goal "in science" is served less by a course on another subject (English, drama)
  if (strength > 0 && goal.subjects.length && !goal.subjects.some((c) => course.concepts.has(c)) && SUBJECTS.some((c) => course.concepts.has(c))) strength *= OTHER_SUBJECT_CREDIT;
  strength = Math.round(strength * 1000) / 1000;
  return { targetId: goal.id, kind: goal.kind, label: goal.label, strength, matched, matchedSaid: said };
}

/** A concept's name as a message (`concept.<id>`), said in each view's language (issue 25). */
const conceptName = namer<string>('concept');
