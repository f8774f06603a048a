import type { CommissionOption, Comparison } from '../commission/compare.ts';
import { judgedWord } from '../report/words.ts';
import { shownTotal } from '../score/shown.ts';
import { money, orUnknown, percent, plural, table, wrapProse } from './table.ts';

/** Sessions one participant attends; 0 means the page gave none, which is unknown, not zero. */
export const sessionsOf = (o: CommissionOption): number | null => (o.sessions > 0 ? o.sessions : null);

const LABEL_WIDTH = 15;
const OPTION_MIN = 18;

/** The rows of the side-by-side view: one per figure, each option a column. */
function figures(result: Comparison): [string, (o: CommissionOption) => string][] {
  return [
    ['Title', (o) => o.course.title],
    ['Provider', (o) => o.course.provider ?? '?'],
    ['Score', (o) => { const total = shownTotal(o.score); return total === null ? o.score.band : `${total}/100 ${o.score.band}`; }],
    ['Judged', (o) => `${percent(o.score.coverage)} of policy`],
    ['Per participant', (o) => orUnknown(o.pricePerParticipant, (n) => money(n))],
    ['Per hour', (o) => orUnknown(o.costPerParticipantHour, (n) => money(n))],
    [`Cohort of ${result.cohort}`, (o) => orUnknown(o.cohortCost, (n) => money(n))],
    ['Hours', (o) => orUnknown(o.hours)],
    ['Sessions', (o) => orUnknown(sessionsOf(o))],
    ['Span', (o) => orUnknown(o.spanDays, (d) => (d === 0 ? 'one day' : plural(d, 'day')))],
    ['Evidence', (o) => judgedWord(o.evidence)],
    ['Sustained', (o) => judgedWord(o.sustained)],
    ['Collaboration', (o) => judgedWord(o.collaboration)],
    ['Peer feedback', (o) => judgedWord(o.peerFeedback)],
  ];
}

/**
 * The commissioning check for people: options side by side as columns (in groups that fit the width),
 * figures as rows, then the recommendation with reasons and caveats, and each option's open questions.
 */
export function describeComparison(result: Comparison, width: number): string {
  const perBlock = Number.isFinite(width) ? Math.max(1, Math.floor((width - LABEL_WIDTH) / (OPTION_MIN + 2))) : result.options.length;
  const blocks: string[] = [];
  for (let start = 0; start < result.options.length; start += perBlock) {
    const options = result.options.slice(start, start + perBlock);
    const columns = [{ title: '', max: LABEL_WIDTH }, ...options.map((_, i) => ({ title: `Option ${start + i + 1}`, wrap: true, min: OPTION_MIN }))];
    blocks.push(table(columns, figures(result).map(([label, value]) => [label, ...options.map(value)]), width));
  }
  const r = result.recommendation;
  const lines = [blocks.join('\n\n'), 'Costs per participant include supply cover and any VAT the school cannot recover. Evidence, Sustained, Collaboration and Peer feedback: strong, good, some, weak, poor or not stated. ? = the page does not say.', ''];
  lines.push(r.option === null ? 'Recommendation: none yet.' : `Recommendation: option ${r.option + 1}, “${result.options[r.option]!.course.title}”.`);
  for (const reason of r.reasons) lines.push(`  + ${reason}`);
  for (const caveat of r.caveats) lines.push(`  ! ${caveat}`);
  result.options.forEach((o, i) => {
    if (!o.questions.length) return;
    lines.push('', `Open questions for option ${i + 1} (${o.course.provider ?? o.course.title}):`, ...o.questions.map((q) => `  - ${q}`));
  });
  return wrapProse(lines.join('\n'), width);
}
