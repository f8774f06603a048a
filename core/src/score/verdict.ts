import type { Reason } from '../model/course-profile.ts';
import type { CriterionResult, ScoreResult } from '../model/score.ts';

/** Plain words for a criterion that counts for (first) or against (second) a course, by criterion id. */
const WORDS: Record<string, [forIt: string, against: string]> = {
  priorities: ['serves your PD targets and SDP priorities', 'serves none of your PD targets or SDP priorities'],
  'good-practice': ['participants practise, get feedback and plan their next steps', 'little practice or feedback for participants'],
  'pupil-outcomes': ['focused on pupil outcomes', 'no stated focus on pupil outcomes'],
  'quality-compliance': ['meets a statutory or compliance requirement', 'no compliance content'],
  'role-competency': ['designed for this role and phase', 'designed for a different role or phase'],
  'cultural-diversity': ['inclusive practice is part of it', 'little on inclusion'],
  'provider-expertise': ['led by people with stated expertise', 'the facilitators’ expertise is not shown'],
  'planned-programme': ['a published, planned programme', 'no published programme'],
  'relevant-standards': ['built on recognised professional standards', 'not tied to any professional standard'],
  'research-evidence': ['built on research evidence', 'the evidence it rests on is thin'],
  'resource-use': ['makes good use of time and money (little travel or cover)', 'costly in travel or time out of class'],
  accommodation: ['a suitable, accessible venue', 'the venue may not suit'],
  'value-for-money': ['good value per participant-hour, cover included', 'poor value per participant-hour once cover is counted'],
  'monitoring-evaluation': ['evaluates its impact on practice', 'evaluates only participants’ reactions'],
  sustained: ['sustained over time', 'a one-off with no sustained follow-up'],
  collaboration: ['collaborative, with peers and expert challenge', 'participants work alone'],
  'scale-scope': ['reaches many staff over a useful period', 'reaches few staff for a short time'],
  'price-per-participant': ['a modest price per participant', 'a high price per participant'],
  'peer-feedback': ['colleagues who used it recommend it', 'colleagues who used it do not recommend it'],
};

/** Reasons kept on each side: the few that matter most. */
const MAX_REASONS = 4;

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function reasonOf(c: CriterionResult, positive: boolean): Reason {
  const words = WORDS[c.id];
  const text = words ? (positive ? words[0] : words[1]) : `${positive ? '' : 'weak on: '}${lower(c.label)}`;
  const ev = c.evidence.find((e) => e.effect === (positive ? '+' : '-')) ?? c.evidence[0];
  const reason: Reason = { criterionId: c.id, text: text.charAt(0).toUpperCase() + text.slice(1) };
  if (ev) reason.evidence = ev.text.slice(0, 400);
  return reason;
}

/** How many criteria could be judged, as the sentence every view shows beside the total. */
export function basisSentence(criteria: readonly CriterionResult[]): string {
  const applies = criteria.filter((c) => !c.notApplicable);
  const known = applies.filter((c) => c.score !== null).length;
  if (known === applies.length) return `We could judge all ${applies.length} criteria.`;
  return `We could judge ${known} of ${applies.length} criteria; the rest count as average until the provider answers.`;
}

/**
 * The verdict sentence and the top reasons for and against, each tied to a criterion and its evidence:
 * a criterion counts for the course where it scores above the prior and against where it scores below,
 * in proportion to its weight, strongest first.
 */
export function verdictOf(result: ScoreResult, prior: number): { verdict: string; reasons: { for: Reason[]; against: Reason[] } } {
  const judged = result.criteria.filter((c) => c.score !== null && !c.notApplicable);
  const pull = (c: CriterionResult) => (c.score! - prior) * c.weight;
  const pros = judged.filter((c) => pull(c) > 0.001).sort((a, b) => pull(b) - pull(a)).slice(0, MAX_REASONS).map((c) => reasonOf(c, true));
  const cons = judged.filter((c) => pull(c) < -0.001).sort((a, b) => pull(a) - pull(b)).slice(0, MAX_REASONS).map((c) => reasonOf(c, false));
  // silence on the evidence base is worth saying (DfE standard part 2), though it counts only as average
  const research = result.criteria.find((c) => c.id === 'research-evidence');
  if (research && research.score === null && !research.notApplicable && cons.length < MAX_REASONS && result.bandId !== 'insufficient') {
    cons.push({ criterionId: research.id, text: 'States no research evidence behind its approach' });
  }
  const facts = result.profile;
  if (facts?.statutory) pros.unshift({ criterionId: result.criteria.find((c) => c.id === 'quality-compliance')?.id ?? result.criteria[0]!.id, text: 'Statutory or compliance training: required, so judged on quality and fit rather than research or length' });
  let verdict: string;
  if (result.bandId === 'insufficient') {
    verdict = `${facts?.statutory ? 'Required training, but not' : 'Not'} enough information to judge: the page lets us judge ${Math.round(result.coverage * 100)}% of what matters; ask the provider the questions below.`;
  } else {
    const best = pros.find((r) => !facts?.statutory || r.text !== pros[0]!.text) ?? pros[0];
    const worst = cons[0];
    const head = facts?.statutory ? `${result.band} (required training)` : result.band;
    verdict = best && worst ? `${head}: ${lower(best.text)}, but ${lower(worst.text)}.` : best ? `${head}: ${lower(best.text)}.` : worst ? `${head}: ${lower(worst.text)}.` : `${head}.`;
  }
  return { verdict: verdict.slice(0, 300), reasons: { for: pros.slice(0, MAX_REASONS), against: cons } };
}
