/**
 * Each criterion's weight as a whole-number share of 100 % of the policy's weight, as every surface
 * shows weights (label, CLI, policy editors): a raw 3 or 0.5 means nothing to a reader. A weight that is
 * not a number (a half-typed field) counts as 0; every share is 0 when no weight is positive.
 */
export function weightShares(weights: readonly unknown[]): number[] {
  const shown = weights.map((w) => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0));
  const sum = shown.reduce((a, w) => a + w, 0);
  return shown.map((w) => (sum > 0 ? Math.round((w / sum) * 100) : 0));
}
