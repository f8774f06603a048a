import type { ScoreResult } from '../model/score.ts';

/**
 * Orders score results by the one total every view shows (highest first), then by coverage, so a
 * catalogue never sorts a thin "Not enough information" page above a documented strong fit on a
 * number the badge does not show.
 */
export function rankResults<T>(rows: readonly T[], result: (row: T) => ScoreResult): T[] {
  return [...rows].sort((a, b) => {
    const ra = result(a);
    const rb = result(b);
    return rb.total - ra.total || rb.coverage - ra.coverage;
  });
}

