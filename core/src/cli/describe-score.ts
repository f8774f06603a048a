import type { Course } from '../model/course.ts';
import type { ScoreResult } from '../model/score.ts';
import { judgedWord } from '../report/words.ts';
import { correctionsLine } from './describe-corrections.ts';
import { weightShares } from '../policy/shares.ts';
import { shownTotal } from '../score/shown.ts';
import { money, percent, plural, tableLines, wrapProse } from './table.ts';

/** The state words the badge, popup, label and side panel use for an event that cannot be booked. */
const STATUS_LINE = { past: 'Event has passed', full: 'Fully booked', closed: 'Bookings closed' } as const;

/** A warning for a course read on weak evidence (a page without course markup, read because it was asked for). */
export function lowConfidence(course: Course): string | undefined {
  if (course.confidence === undefined || course.confidence >= 0.5) return undefined;
  return `Low confidence (${Math.round(course.confidence * 100)}%): this page has no course markup and little course evidence; check the fields against the page.`;
}

/** The cost to one participant in one line: the judgement's cost line when present, else the value figures. */
export function costLine(score: ScoreResult): string {
  const v = score.value;
  const m = (n: number | null) => money(n, v.currency);
  const c = score.cost;
  if (c) {
    if (c.funded) return `Cost per participant: funded${c.total ? `, ${m(c.total)} to the school` : ''}${c.coverDays ? ` (supply cover for ${plural(c.coverDays, 'day')} ${m(c.cover)})` : ''}.`;
    const vat = c.vatRecoverable ? ' (no VAT to pay: the school gets it back)' : c.vat ? ` + VAT ${m(c.vat)}` : '';
    const cover = c.coverDays === null ? ' + supply cover not known' : c.coverDays ? ` + supply cover for ${plural(c.coverDays, 'day')} ${m(c.cover)}` : ', no supply cover needed';
    const hour = c.perParticipantHour === null ? '' : ` · ${m(c.perParticipantHour)} per person per hour of training`;
    return `Cost per participant: fee ${m(c.fee)}${vat}${cover} = ${m(c.total)}${hour}.`;
  }
  const cover = v.coverDays === null ? 'supply cover not known' : v.coverDays ? `supply cover for ${plural(v.coverDays, 'day')} ${m(v.coverCost)}` : 'no supply cover needed';
  return `Cost per participant: fee ${m(v.feePerParticipant)}, ${cover}, total ${m(v.totalCost)}; ${v.hours === null ? 'hours unknown' : plural(v.hours, 'hour')}, ${m(v.costPerParticipantHour)} per person per hour of training.`;
}

/**
 * A human-readable report of one course's score, fitting `width` columns: the verdict, reasons and cost
 * first when the judgement gives them, then the total, each criterion with its evidence or question,
 * the targets served, value for money and the questions to ask.
 */
export function describeScore(course: Course, score: ScoreResult, width = 80): string {
  const v = score.value;
  const warning = lowConfidence(course);
  const corrected = correctionsLine(course);
  const lines = [course.title, ...(course.provider ? [`by ${course.provider}`] : []), ...(warning ? [warning] : []), ...(corrected ? [corrected] : []), ''];
  const status = score.profile?.status;
  if (status === 'past' || status === 'full' || status === 'closed') lines.push(`${STATUS_LINE[status]}.`);
  if (score.verdict) lines.push(score.verdict);
  const total = shownTotal(score);
  lines.push(`${total === null ? score.band : `Score ${total}/100, ${score.band}`}. ${percent(score.coverage)} of the policy's weight could be judged from the page.`);
  // how far the unknowns could move it, when that could change the band
  if (total !== null && score.range && !score.range.decisive) lines.push(`Score ${score.range.text}.`);
  if (score.reasons?.for.length) lines.push('For:', ...score.reasons.for.map((r) => `  + ${r.text}`));
  if (score.reasons?.against.length) lines.push('Against:', ...score.reasons.against.map((r) => `  - ${r.text}`));
  lines.push(costLine(score), '');

  const shares = weightShares(score.criteria.map((c) => c.weight));
  const t = tableLines(
    [{ title: 'Criterion', wrap: true, min: 24 }, { title: 'Share', align: 'right' }, { title: 'Judged' }],
    score.criteria.map((c, i) => [c.label, `${shares[i]}%`, judgedWord(c.score)]),
    width,
  );
  lines.push(...t.head);
  score.criteria.forEach((c, i) => {
    lines.push(...t.rows[i]!);
    if (c.score === null) lines.push(`    ? Ask: ${c.question ?? 'the page does not say'}`);
    else for (const e of c.evidence) lines.push(`    ${e.effect} ${e.text}`);
  });
  lines.push('Share: the criterion\'s share of the policy\'s weight (100% in all). Judged: strong, good, some, weak or poor; "not stated" when the page does not say, which counts as average until the provider answers.');

  const targets = score.targets.filter((t) => t.strength > 0);
  if (score.targets.length) {
    lines.push('', targets.length ? 'Serves:' : 'Serves none of the PD targets or SDP objectives given.');
    for (const t of targets) lines.push(`  ${t.kind === 'target' ? 'PD target' : 'SDP objective'} “${t.label}”: ${percent(t.strength)} match (${t.matched.join(', ')})`);
  }
  if (v.remainingBudget !== null) lines.push('', `Uses ${percent(v.shareOfRemainingBudget)} of the ${money(v.remainingBudget, v.currency)} INSET budget still uncommitted${v.needsApproval ? '; needs senior approval' : ''}.`);
  if (v.notes.length) lines.push(...v.notes.map((n) => `  · ${n}`));
  if (score.questions.length) lines.push('', 'Questions to ask the provider:', ...score.questions.map((q) => `  - ${q.question}`));
  return wrapProse(lines.join('\n'), width);
}
