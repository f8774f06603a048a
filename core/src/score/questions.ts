import { EN, type CoreKey } from '../i18n/en.ts';
import { english, msg } from '../i18n/message.ts';
import type { Course } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { Conflict } from '../model/facts.ts';
import type { CriterionResult, ScoreResult, ValueForMoney } from '../model/score.ts';
import type { Nation } from '../model/common.ts';
import { forNation } from '../i18n/nation.ts';
import { freeOnlyForSome } from '../cost/cost.ts';

/** The most questions a result carries: the few that matter most, first. */
export const MAX_QUESTIONS = 5;

type Question = ScoreResult['questions'][number];

/** The criterion a contradiction on the page bears on. */
const CONFLICT_CRITERION: Record<Conflict['field'], string> = { price: 'value-for-money', delivery: 'resource-use', length: 'sustained' };
/** Safeguarding training: the statutory guidance to ask about is KCSIE (in Wales, Keeping learners safe); first aid, fire safety and the rest have their own standard. */
const SAFEGUARDING = /\bsafeguarding\b|\bDSL\b|\bKCSIE\b|\bkeeping children safe\b|\bkeeping learners safe\b|\bchild protection\b|\bsafer recruitment\b|\bprevent\b/i;

/** Questions the kind of opportunity raises, unless the page answers them: eligibility, off-the-job time, resits. */
function kindQuestions(facts: CourseProfile, has: (id: string) => string, nation: Nation, course?: Course): Question[] {
  const out: Question[] = [];
  const q = (criterionId: string, key: CoreKey) => {
    const message = msg(forNation(key, nation));
    out.push({ criterionId: has(criterionId), question: english(message), message });
  };
  switch (facts.kind) {
    case 'npq':
      // a page saying its funded places have gone, with a self-funded price, has answered the funding question
      if (!course?.funding?.some((f) => f.kind === 'not-funded') || !course.price?.amount) q('value-for-money', 'question.npq-funding');
      q('sustained', 'question.npq-time');
      break;
    case 'ecf':
      q('value-for-money', 'question.ecf');
      break;
    case 'apprenticeship':
      q('resource-use', 'question.apprenticeship-time');
      q('value-for-money', 'question.apprenticeship-band');
      break;
    case 'qualification':
      q('monitoring-evaluation', 'question.qualification-pass');
      q('sustained', 'question.qualification-hours');
      break;
    case 'statutory':
      q('quality-compliance', !course || SAFEGUARDING.test(`${course.title} ${facts.kindEvidence.join(' ')}`) ? 'question.statutory' : 'question.statutory-certificate');
      break;
    default:
  }
  if (facts.funding && (facts.funding.route === 'fully-funded' || facts.funding.route === 'grant')) q('value-for-money', 'question.funded-places');
  return out;
}

/** Each criterion's question as last built, by nation and criterion: the same for every course a policy scores. */
const builtQuestions: Record<Nation, Map<string, { question: string; built: Question }>> = { england: new Map(), wales: new Map() };

/** A criterion's question: the default policy's own are translated; a school's own wording is kept as written. */
function policyQuestion(criterionId: string, question: string, nation: Nation): Question {
  const built = builtQuestions[nation];
  const last = built.get(criterionId);
  if (last?.question === question) return last.built;
  const made = buildQuestion(criterionId, question, nation);
  // a school's own criterion ids are few, but never let them grow the table without end
  if (built.size >= 1000) built.clear();
  built.set(criterionId, { question, built: made });
  return made;
}

function buildQuestion(criterionId: string, question: string, nation: Nation): Question {
  const key = QUESTION_KEYS.get(criterionId);
  if (key === undefined || EN[key] !== question) return { criterionId, question };
  // a Welsh school is asked about Wales's frameworks (issue 25): the default policy's question in its Welsh-school wording
  const said = forNation(key, nation);
  return { criterionId, question: EN[said], message: msg(said) };
}

/**
 * Each criterion's question key (`question.<id>`) where the English table has one, by criterion id: built
 * once, so a course's questions do not build and look up a new key string per unknown criterion.
 */
const QUESTION_KEYS: ReadonlyMap<string, CoreKey> = new Map(
  (Object.keys(EN) as CoreKey[]).filter((k) => k.startsWith('question.')).map((k) => [k.slice(9), k]),
);

/** Whether the dates on the page might be choices rather than a series, and the page does not say. */
function datesUnclear(facts: CourseProfile, dated: number): boolean {
  const s = facts.schedule;
  const stated = s.evidence.some((e) => e.startsWith('The page offers dates') || e.startsWith('The page describes a series') || e.startsWith('A course of'));
  return dated > 1 && !stated;
}

/**
 * The questions to ask the provider, chosen for the course's kind and its gaps, most important first,
 * at most five: kind questions, "are these dates alternatives?", then unknown criteria by weight
 * (no venue question for online or in-school delivery).
 */
export function questionsFor(criteria: readonly CriterionResult[], facts: CourseProfile, sessions = 0, course?: Course, value?: ValueForMoney, nation: Nation = 'england'): Question[] {
  const has = (id: string): string => {
    for (const c of criteria) if (c.id === id) return id;
    return criteria[0]?.id ?? id;
  };
  // the page's own contradictions first, each naming both values
  const out: Question[] = (course?.conflicts ?? []).slice(0, 2).map((c) => {
    const message = msg(`question.conflict-${c.field}`, { first: c.values[0]!.slice(0, 120), second: c.values[1]!.slice(0, 120) });
    return { criterionId: has(CONFLICT_CRITERION[c.field]), question: english(message).slice(0, 400), message };
  });
  for (const q of kindQuestions(facts, has, nation, course)) out.push(q);
  if (datesUnclear(facts, sessions)) out.push({ criterionId: has('sustained'), question: EN['question.dates'], message: msg('question.dates') });
  const online = facts.delivery === 'online-live' || facts.delivery === 'online-self-paced';
  // most important first: by weight, with the compliance question last unless the course is statutory
  const rank = (c: CriterionResult): number => (c.id === 'quality-compliance' && !facts.statutory ? c.weight * 0.3 : c.weight);
  const unknown = criteria.filter((c) => c.score === null && !c.notApplicable && c.question).sort((a, b) => rank(b) - rank(a));
  for (const c of unknown) {
    if (c.id === 'accommodation' && (online || facts.delivery === 'in-school')) continue;
    if (c.id === 'resource-use' && online) continue;
    // a compliance question about a course that is not compliance training does not apply to it
    if (c.id === 'quality-compliance' && !facts.statutory) continue;
    if (out.some((q) => q.question === c.question)) continue;
    // free only for some ("Free to Harbour Learning Trust schools"): ask whether the school is one of them
    const some = c.id === 'value-for-money' && course ? freeOnlyForSome(course) : undefined;
    if (some) {
      const message = msg('question.free-for-some', { quote: some.quote.slice(0, 160) });
      out.push({ criterionId: c.id, question: english(message), message });
      continue;
    }
    // the page states the price: ask only for what it leaves out
    if (c.id === 'value-for-money' && value?.feePerParticipant !== null && value?.feePerParticipant !== undefined && value.hours === null) {
      out.push({ criterionId: c.id, question: EN['question.hours-only'], message: msg('question.hours-only') });
      continue;
    }
    out.push(policyQuestion(c.id, c.question!, nation));
  }
  return out.slice(0, MAX_QUESTIONS);
}
