import type { ScoreResult } from '@cpd-lens/core';
import { reasonSays } from '../i18n/core-text.ts';
import type { Locale } from '../i18n/locale.ts';

/** What a card says about a course at a glance: its strongest points, its gaps, and what the page does not say. */
export interface Glance {
  strengths: string[];
  gaps: string[];
  unknowns: string[];
  /** True when strengths and gaps are core's reasons said in the view's language; false when they are the policy's (or an older record's) English words. */
  said: boolean;
}

const TOP = 2;

/**
 * Strengths and gaps of one result: the judgement's own reasons when it gives them (newer results),
 * else the weightiest criteria scored high (≥ 0.7) or low (≤ 0.3); unknown criteria are listed apart, never as gaps.
 */
export function glance(result: ScoreResult, locale: Locale = 'en'): Glance {
  const weighted = result.criteria.filter((c) => c.weight > 0);
  const unknowns = weighted
    .filter((c) => c.score === null)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, TOP)
    .map((c) => c.label);
  if (result.reasons) {
    const shown = [...result.reasons.for.slice(0, TOP), ...result.reasons.against.slice(0, TOP)];
    const said = shown.every((r) => r.message);
    const say = (r: (typeof shown)[number]) => (said ? reasonSays(r, locale) : r.text);
    return { strengths: result.reasons.for.slice(0, TOP).map(say), gaps: result.reasons.against.slice(0, TOP).map(say), unknowns, said };
  }
  const strengths = weighted
    .filter((c) => c.score !== null && c.score >= 0.7)
    .sort((a, b) => b.weight * b.score! - a.weight * a.score!)
    .slice(0, TOP)
    .map((c) => c.label);
  const gaps = weighted
    .filter((c) => c.score !== null && c.score <= 0.3)
    .sort((a, b) => b.weight * (1 - b.score!) - a.weight * (1 - a.score!))
    .slice(0, TOP)
    .map((c) => c.label);
  return { strengths, gaps, unknowns, said: false };
}

/** The cost per participant-hour a card shows: the judgement's cost line when present, else the value figures. */
export function perHourOf(result: ScoreResult): number | null {
  return result.cost?.perParticipantHour ?? result.value.costPerParticipantHour;
}
