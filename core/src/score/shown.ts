import type { ScoreResult } from '../model/score.ts';

/**
 * The total every surface shows for a result: the rounded score, or null when too little is known to
 * score (the band says "Not enough information" and no surface shows a number beside it).
 */
export function shownTotal(result: Pick<ScoreResult, 'total' | 'bandId'>): number | null {
  return result.bandId === 'insufficient' ? null : Math.round(result.total);
}
