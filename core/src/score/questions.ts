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

/** A question without parameters as a message, with its English text beside it, in a nation's wording. */
function keyQuestion(criterionId: string, key: CoreKey, nation: Nation): Question {
  const message = msg(forNation(key, nation));
  return { criterionId, question: english(message), message };
}

/** Questions the kind of opportunity raises, unless the page answers them: eligibility, off-the-job time, resits; added to `out`. */
function kindQuestions(out: Question[], facts: CourseProfile, criteria: readonly CriterionResult[], nation: Nation, course?: Course): void {
  switch (facts.kind) {
    case 'npq':
      // a page saying its funded places have gone, with a self-funded price, has answered the funding question
      if (!course?.funding?.some((f) => f.kind === 'not-funded') || !course.price?.amount) out.push(keyQuestion(has(criteria, 'value-for-money'), 'question.npq-funding', nation));
      out.push(keyQuestion(has(criteria, 'sustained'), 'question.npq-time', nation));
      break;
    case 'ecf':
      out.push(keyQuestion(has(criteria, 'value-for-money'), 'question.ecf', nation));
      break;
    case 'apprenticeship':
      out.push(keyQuestion(has(criteria, 'resource-use'), 'question.apprenticeship-time', nation));
      out.push(keyQuestion(has(criteria, 'value-for-money'), 'question.apprenticeship-band', nation));
      break;
    case 'qualification':
      out.push(keyQuestion(has(criteria, 'monitoring-evaluation'), 'question.qualification-pass', nation));
      out.push(keyQuestion(has(criteria, 'sustained'), 'question.qualification-hours', nation));
      break;
    case 'statutory':
      out.push(keyQuestion(has(criteria, 'quality-compliance'), !course || SAFEGUARDING.test(`${course.title} ${facts.kindEvidence.join(' ')}`) ? 'question.statutory' : 'question.statutory-certificate', nation));
      break;
    default:
  }
  if (facts.funding && (facts.funding.route === 'fully-funded' || facts.funding.route === 'grant')) out.push(keyQuestion(has(criteria, 'value-for-money'), 'question.funded-places', nation));
}

/** The criterion a question is filed under: its own when the policy has it, else the policy's first. */
function has(criteria: readonly CriterionResult[], id: string): string {
  for (const c of criteria) if (c.id === id) return id;
  return criteria[0]?.id ?? id;
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
  if (dated <= 1) return false;
  const s = facts.schedule;
  return !s.evidence.some((e) => e.startsWith('The page offers dates') || e.startsWith('The page describes a series') || e.startsWith('A course of'));
}

/** The criteria's indexes by weight, heaviest first (in their order where weights tie): the order unknown criteria are asked about. */
export function byWeight(criteria: readonly { weight: number }[]): number[] {
  return criteria.map((_, n) => n).sort((a, b) => criteria[b]!.weight - criteria[a]!.weight);
}

/**
 * The questions to ask the provider, chosen for the course's kind and its gaps, most important first,
 * at most five: kind questions, "are these dates alternatives?", then unknown criteria by weight
 * (no venue question for online or in-school delivery). `order` is `byWeight(criteria)`, when the
 * caller keeps it for its policy.
 */
export function questionsFor(criteria: readonly CriterionResult[], facts: CourseProfile, sessions = 0, course?: Course, value?: ValueForMoney, nation: Nation = 'england', order: readonly number[] = byWeight(criteria)): Question[] {
  const out: Question[] = [];
  // the page's own contradictions first, each naming both values
  const conflicts = course?.conflicts;
  if (conflicts?.length) {
    for (const c of conflicts.slice(0, 2)) {
      const message = msg(`question.conflict-${c.field}`, { first: c.values[0]!.slice(0, 120), second: c.values[1]!.slice(0, 120) });
      out.push({ criterionId: has(criteria, CONFLICT_CRITERION[c.field]), question: english(message).slice(0, 400), message });
    }
  }
  kindQuestions(out, facts, criteria, nation, course);
  if (datesUnclear(facts, sessions)) out.push({ criterionId: has(criteria, 'sustained'), question: EN['question.dates'], message: msg('question.dates') });
  const online = facts.delivery === 'online-live' || facts.delivery === 'online-self-paced';
  // most important first: by weight (a compliance question is asked only about statutory training, see below)
  for (let n = 0; n < order.length && out.length < MAX_QUESTIONS; n++) {
    const c = criteria[order[n]!]!;
    if (c.score !== null || c.notApplicable || !c.question) continue;
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
  return out.length > MAX_QUESTIONS ? out.slice(0, MAX_QUESTIONS) : out;
}
