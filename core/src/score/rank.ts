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

/**
 * Sorts a short list in place, stably, as `Array.prototype.sort` with the same comparison would: an
 * insertion sort, cheaper for the handful of reasons and matches sorted for every course scored.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
