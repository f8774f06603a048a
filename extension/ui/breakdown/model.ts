import { coverPenceOf, money, weightShares, type CostRecord, type CriterionResult, type InnerMessage, type ScoreResult } from '@cpd-lens/core';
import { fill } from '../../i18n/locale.ts';
import type { LabelMessages } from '../../i18n/label.ts';

/** One reason for or against, as the label shows it. */
export interface ShownReason {
  criterionId: string;
  text: string;
  evidence?: string;
  /** The judgement's reason as a message (newer results), said in the view's language. */
  message?: InnerMessage;
}

/**
 * The top reasons for and against: the judgement's own when present, else the strongest criteria
 * (high scores with weight for, low scores against), so older stored results still explain themselves.
 */
export function reasonsOf(result: ScoreResult, max = 2): { for: ShownReason[]; against: ShownReason[] } {
  if (result.reasons) return { for: result.reasons.for.slice(0, max), against: result.reasons.against.slice(0, max) };
  const known = result.criteria.filter((c) => c.weight > 0 && c.score !== null);
  const quote = (c: CriterionResult, effect: '+' | '-') => c.evidence.find((e) => e.effect === effect)?.text;
  const pro = known.filter((c) => c.score! >= 0.6).sort((a, b) => b.weight * b.score! - a.weight * a.score!);
  const con = known.filter((c) => c.score! <= 0.4).sort((a, b) => b.weight * (1 - b.score!) - a.weight * (1 - a.score!));
  const shown = (c: CriterionResult, effect: '+' | '-'): ShownReason => {
    const evidence = quote(c, effect);
    return evidence ? { criterionId: c.id, text: c.label, evidence } : { criterionId: c.id, text: c.label };
  };
  return { for: pro.slice(0, max).map((c) => shown(c, '+')), against: con.slice(0, max).map((c) => shown(c, '-')) };
}

/** Coverage in words: how much of what the policy looks at the page answers. */
export function coverageWords(coverage: number, t: LabelMessages): string {
  const known = Math.round(coverage * 100);
  const key = coverage >= 0.75 ? 'most' : coverage >= 0.4 ? 'some' : 'little';
  return fill(t.coverage[key], { known });
}

/** "1 day", "1.5 days" (Welsh keeps the singular after a number). */
export const daysText = (days: number, t: LabelMessages): string => fill(days === 1 ? t.day : t.days, { days });

const amount = (n: number | null | undefined, currency: string): string | null => (n === null || n === undefined ? null : money(n, currency));

/**
 * "Cost to the school" as one line: fee, VAT, cover, total and per participant-hour; null when the page
 * gives no price. VAT the page does not state is said as such (from the cost record), never shown as no VAT.
 */
export function costLine(result: ScoreResult, t: LabelMessages, record?: CostRecord): string | null {
  const c = result.value.currency;
  const line = result.cost;
  if (record?.feePence !== undefined && record.sharedBy && record.perHeadPence !== undefined) return sharedLine(record, line, t);
  const fee = line ? line.fee : result.value.feePerParticipant;
  const cover = line ? line.cover : result.value.coverCost;
  const days = line ? line.coverDays : result.value.coverDays;
  const total = line ? line.total : result.value.totalCost;
  const perHour = line ? line.perParticipantHour : result.value.costPerParticipantHour;
  if (fee === null && total === null) return null;
  const parts: string[] = [];
  const feeText = amount(fee, c);
  if (feeText) parts.push(fill(t.fee, { amount: feeText }));
  // VAT the school recovers is not a cost to it (the total leaves it out); VAT it pays is shown; unstated is
  // said, but only of a fee: a free or funded course has no VAT to speak of
  if (fee && record?.vat === 'unknown') parts.push(t.vatUnknown);
  else if (fee && line?.vatRecoverable) parts.push(t.vatRecoverable);
  else if (line?.vat) parts.push(fill(t.vat, { amount: money(line.vat, c) }));
  const coverText = amount(cover, c);
  if (coverText && days) parts.push(fill(t.cover, { amount: coverText, days: daysText(days, t) }));
  const totalText = amount(total, c);
  if (totalText) parts.push(fill(t.total, { amount: totalText }));
  const perHourText = amount(perHour, c);
  if (perHourText) parts.push(fill(t.perHour, { amount: perHourText }));
  if (record?.travel === 'extra') parts.push(t.travelExtra);
  return parts.join(' · ');
}

/** A per-school or per-group price: the school's total first, the per-head figure beside it, then VAT, cover and travel. */
function sharedLine(record: CostRecord, line: ScoreResult['cost'], t: LabelMessages): string {
  const m = (pence: number) => money(pence / 100, record.currency);
  const parts = [fill(t.feeShared, { total: m(record.feePence!), each: m(record.perHeadPence!), share: record.sharedBy! })];
  parts.push(record.vat === 'unknown' ? t.vatUnknown : record.vatRecoverable ? t.vatRecoverable : fill(t.vat, { amount: money(line?.vat ?? 0, record.currency) }));
  const cover = coverPenceOf(record);
  if (record.coverDays && cover !== null) parts.push(fill(t.cover, { amount: m(cover), days: daysText(record.coverDays, t) }));
  if (record.travel === 'extra') parts.push(t.travelExtra);
  return parts.join(' · ');
}

/** The questions that matter most: those of the heaviest criteria the page leaves unknown. */
export function topQuestions(result: ScoreResult, max = 3): ScoreResult['questions'] {
  const weight = new Map(result.criteria.map((c) => [c.id, c.weight]));
  return [...result.questions].sort((a, b) => (weight.get(b.criterionId) ?? 0) - (weight.get(a.criterionId) ?? 0)).slice(0, max);
}

export type Group = 'fit' | 'quality' | 'value' | 'practical';
const GROUP_OF: Record<string, Group> = {
  priorities: 'fit',
  'pupil-outcomes': 'fit',
  'role-competency': 'fit',
  'relevant-standards': 'fit',
  'cultural-diversity': 'fit',
  'scale-scope': 'fit',
  'good-practice': 'quality',
  'quality-compliance': 'quality',
  'provider-expertise': 'quality',
  'research-evidence': 'quality',
  'planned-programme': 'quality',
  sustained: 'quality',
  collaboration: 'quality',
  'peer-feedback': 'quality',
  'monitoring-evaluation': 'quality',
  'value-for-money': 'value',
  'price-per-participant': 'value',
  'resource-use': 'value',
  accommodation: 'practical',
};

/** A criterion as the details view shows it: its weight as a share of the total, and evidence not already quoted above. */
export interface ShownCriterion {
  id: string;
  label: string;
  share: number;
  /** 0 to 1, or null when the page cannot tell: shown in words on core's one scale (`judgedName`). */
  score: number | null;
  evidence: CriterionResult['evidence'];
}

/**
 * The criteria grouped (fit, quality and evidence, value, practicalities), heaviest first, on one
 * scale of words; each quote appears once, under the heaviest criterion that cites it.
 */
export function groupCriteria(criteria: readonly CriterionResult[]): { group: Group; items: ShownCriterion[] }[] {
  const weighted = criteria.filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight);
  const shares = weightShares(weighted.map((c) => c.weight));
  const quoted = new Set<string>();
  const groups = new Map<Group, ShownCriterion[]>();
  for (const [i, c] of weighted.entries()) {
    const evidence = c.evidence.filter((e) => !quoted.has(e.text)).slice(0, 2);
    for (const e of evidence) quoted.add(e.text);
    const group = GROUP_OF[c.id] ?? 'practical';
    const item = { id: c.id, label: c.label, share: shares[i]!, score: c.score, evidence };
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return (['fit', 'quality', 'value', 'practical'] as const).filter((g) => groups.has(g)).map((group) => ({ group, items: groups.get(group)! }));
}
