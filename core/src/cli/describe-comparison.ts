import type { CommissionOption, Comparison } from '../commission/compare.ts';
import type { CohortSums } from '../commission/sums.ts';
import { judgedWord } from '../report/words.ts';
import { shownTotal } from '../score/shown.ts';
import { money, orUnknown, percent, plural, table, wrapProse } from './table.ts';

/** Sessions one participant attends; 0 means the page gave none, which is unknown, not zero. */
export const sessionsOf = (o: CommissionOption): number | null => (o.sessions > 0 ? o.sessions : null);

const LABEL_WIDTH = 17;
const OPTION_MIN = 18;

type Row = [string, (o: CommissionOption, i: number) => string];
const amount = (n: number | null): string => orUnknown(n, (v) => money(v));

/** The money rows: fee, cover and total per participant, then fees, cover, VAT not recovered and total for the cohort, so each total can be checked by hand. */
function sumRows(cohort: number, sums: readonly CohortSums[]): Row[] {
  const at = (i: number) => sums[i]!;
  return [
    ['Fee per head', (_, i) => amount(at(i).perParticipant.fees)],
    ['Cover per head', (_, i) => amount(at(i).perParticipant.cover)],
    ['Total per head', (_, i) => amount(at(i).perParticipant.total)],
    [`Fees, ${cohort} staff`, (_, i) => amount(at(i).cohortSums.fees)],
    [`Cover, ${cohort} staff`, (_, i) => amount(at(i).cohortSums.cover)],
    ['VAT not recovered', (_, i) => amount(at(i).cohortSums.vatNotRecoverable)],
    [`Cohort of ${cohort}`, (_, i) => amount(at(i).cohortSums.total)],
  ];
}

/** The rows of the side-by-side view: one per figure, each option a column. */
function figures(result: Comparison, sums: readonly CohortSums[]): Row[] {
  return [
    ['Title', (o) => o.course.title],
    ['Provider', (o) => o.course.provider ?? '?'],
    ['Score', (o) => { const total = shownTotal(o.score); return total === null ? o.score.band : `${total}/100 ${o.score.band}`; }],
    ['Judged', (o) => `${percent(o.score.coverage)} of policy`],
    ...sumRows(result.cohort, sums),
    ['Per hour', (o) => orUnknown(o.costPerParticipantHour, (n) => money(n))],
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
export function describeComparison(result: Comparison, width: number, sums: readonly CohortSums[]): string {
  const perBlock = Number.isFinite(width) ? Math.max(1, Math.floor((width - LABEL_WIDTH) / (OPTION_MIN + 2))) : result.options.length;
  const blocks: string[] = [];
  for (let start = 0; start < result.options.length; start += perBlock) {
    const options = result.options.slice(start, start + perBlock);
    const columns = [{ title: '', max: LABEL_WIDTH }, ...options.map((_, i) => ({ title: `Option ${start + i + 1}`, wrap: true, min: OPTION_MIN }))];
    blocks.push(table(columns, figures(result, sums).map(([label, value]) => [label, ...options.map((o, i) => value(o, start + i))]), width));
  }
  const r = result.recommendation;
  const lines = [blocks.join('\n\n'), 'Fees include any VAT the school cannot recover; a per-school price counts once for the cohort; cover is each participant’s days out of class at the school’s day rate; the cohort total is fees plus cover. Evidence, Sustained, Collaboration and Peer feedback: strong, good, some, weak, poor or not stated. ? = the page does not say.', ''];
  lines.push(r.option === null ? 'Recommendation: none yet.' : `Recommendation: option ${r.option + 1}, “${result.options[r.option]!.course.title}”.`);
  for (const reason of r.reasons) lines.push(`  + ${reason}`);
  for (const caveat of r.caveats) lines.push(`  ! ${caveat}`);
  result.options.forEach((o, i) => {
    if (!o.questions.length) return;
    lines.push('', `Open questions for option ${i + 1} (${o.course.provider ?? o.course.title}):`, ...o.questions.map((q) => `  - ${q}`));
  });
  return wrapProse(lines.join('\n'), width);
}
