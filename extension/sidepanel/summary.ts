import type { ScoreResult } from '@cpd-lens/core';

/** What a card says about a course at a glance: its strongest points, its gaps, and what the page does not say. */
export interface Glance {
  strengths: string[];
  gaps: string[];
  unknowns: string[];
}

const TOP = 2;

/**
 * Strengths and gaps of one result: the judgement's own reasons when it gives them (newer results),
 * else the weightiest criteria scored high (≥ 0.7) or low (≤ 0.3); unknown criteria are listed apart, never as gaps.
 */
export function glance(result: ScoreResult): Glance {
  const weighted = result.criteria.filter((c) => c.weight > 0);
  const unknowns = weighted
    .filter((c) => c.score === null)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, TOP)
    .map((c) => c.label);
  if (result.reasons) {
    return { strengths: result.reasons.for.slice(0, TOP).map((r) => r.text), gaps: result.reasons.against.slice(0, TOP).map((r) => r.text), unknowns };
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
  return { strengths, gaps, unknowns };
}

/** The cost per participant-hour a card shows: the judgement's cost line when present, else the value figures. */
export function perHourOf(result: ScoreResult): number | null {
  return result.cost?.perParticipantHour ?? result.value.costPerParticipantHour;
}
