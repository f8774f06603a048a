import type { ScoreResult } from '@cpd-lens/core';
import { criterionSays, reasonSays } from '../i18n/core-text.ts';
import type { Locale } from '../i18n/locale.ts';

/** What a card says about a course at a glance: its strongest points, its gaps, and what the page does not say. */
export interface Glance {
  strengths: string[];
  gaps: string[];
  unknowns: string[];
  /** True when strengths and gaps are said in the view's language; false when they are a school's own (or an older record's) English words. */
  said: boolean;
  /** True when the unknowns are the default policy's criteria, said in the view's language. */
  unknownsSaid: boolean;
}

/** Criteria's names in the view's language, and whether every one of them could be said in it. */
function names(criteria: readonly { id: string; label: string }[], locale: Locale): { names: string[]; said: boolean } {
  const shown = criteria.map((c) => criterionSays(c, locale));
  return { names: shown.map((n) => n.text), said: shown.every((n) => !n.lang) };
}

const TOP = 2;

/**
 * Strengths and gaps of one result: the judgement's own reasons when it gives them (newer results),
 * else the weightiest criteria scored high (≥ 0.7) or low (≤ 0.3); unknown criteria are listed apart, never as gaps.
 */
export function glance(result: ScoreResult, locale: Locale = 'en'): Glance {
  const weighted = result.criteria.filter((c) => c.weight > 0);
  const unknown = names(
    weighted
      .filter((c) => c.score === null)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, TOP),
    locale,
  );
  const unknowns = unknown.names;
  if (result.reasons) {
    const shown = [...result.reasons.for.slice(0, TOP), ...result.reasons.against.slice(0, TOP)];
    const said = shown.every((r) => r.message);
    const say = (r: (typeof shown)[number]) => (said ? reasonSays(r, locale) : r.text);
    return { strengths: result.reasons.for.slice(0, TOP).map(say), gaps: result.reasons.against.slice(0, TOP).map(say), unknowns, said, unknownsSaid: unknown.said };
  }
  const strengths = names(
    weighted
      .filter((c) => c.score !== null && c.score >= 0.7)
      .sort((a, b) => b.weight * b.score! - a.weight * a.score!)
      .slice(0, TOP),
    locale,
  );
  const gaps = names(
    weighted
      .filter((c) => c.score !== null && c.score <= 0.3)
      .sort((a, b) => b.weight * (1 - b.score!) - a.weight * (1 - a.score!))
      .slice(0, TOP),
    locale,
  );
  return { strengths: strengths.names, gaps: gaps.names, unknowns, said: strengths.said && gaps.said, unknownsSaid: unknown.said };
}

/** The cost per participant-hour a card shows: the judgement's cost line when present, else the value figures. */
export function perHourOf(result: ScoreResult): number | null {
  return result.cost?.perParticipantHour ?? result.value.costPerParticipantHour;
}
