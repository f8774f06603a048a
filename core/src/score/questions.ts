import type { CourseProfile } from '../model/course-profile.ts';
import type { CriterionResult, ScoreResult } from '../model/score.ts';

/** The most questions a result carries: the few that matter most, first. */
export const MAX_QUESTIONS = 5;

type Question = ScoreResult['questions'][number];

/** Questions the kind of opportunity raises, whatever the page says: eligibility, off-the-job time, resits. */
function kindQuestions(facts: CourseProfile, has: (id: string) => string): Question[] {
  const out: Question[] = [];
  const q = (criterionId: string, question: string) => out.push({ criterionId: has(criterionId), question });
  switch (facts.kind) {
    case 'npq':
      q('value-for-money', 'Is our school eligible for DfE funding for this NPQ this round, and what would we pay if not?');
      q('sustained', 'How much study time each week does it need, and when are the face-to-face or live sessions?');
      break;
    case 'ecf':
      q('value-for-money', 'Is our school registered for this induction programme, and how much mentor time does it need each week?');
      break;
    case 'apprenticeship':
      q('resource-use', 'How will the 20% off-the-job training time be provided, and who pays if the levy does not cover it?');
      q('value-for-money', 'Which apprenticeship standard and funding band is it, and has the levy funding been agreed?');
      break;
    case 'qualification':
      q('monitoring-evaluation', 'What are the pass rates, and what do resits cost if a participant does not pass first time?');
      q('sustained', 'How many hours of study are needed beyond the taught sessions?');
      break;
    case 'statutory':
      q('quality-compliance', 'Does it meet the current statutory guidance (for example KCSIE this year), and how long is the certificate valid?');
      break;
    default:
  }
  if (facts.funding && (facts.funding.route === 'fully-funded' || facts.funding.route === 'grant')) q('value-for-money', 'Who is eligible for the funded places, and what happens if a participant withdraws?');
  return out;
}

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
export function questionsFor(criteria: readonly CriterionResult[], facts: CourseProfile, sessions = 0): Question[] {
  const has = (id: string): string => {
    for (const c of criteria) if (c.id === id) return id;
    return criteria[0]?.id ?? id;
  };
  const out = kindQuestions(facts, has);
  if (datesUnclear(facts, sessions)) out.push({ criterionId: has('sustained'), question: 'Are these dates alternatives (choose one) or a series (attend them all)?' });
  const online = facts.delivery === 'online-live' || facts.delivery === 'online-self-paced';
  // most important first: by weight, with the compliance question last unless the course is statutory
  const rank = (c: CriterionResult): number => (c.id === 'quality-compliance' && !facts.statutory ? c.weight * 0.3 : c.weight);
  const unknown = criteria.filter((c) => c.score === null && !c.notApplicable && c.question).sort((a, b) => rank(b) - rank(a));
  for (const c of unknown) {
    if (c.id === 'accommodation' && (online || facts.delivery === 'in-school')) continue;
    if (c.id === 'resource-use' && online) continue;
    if (out.some((q) => q.question === c.question)) continue;
    out.push({ criterionId: c.id, question: c.question! });
  }
  return out.slice(0, MAX_QUESTIONS);
}
