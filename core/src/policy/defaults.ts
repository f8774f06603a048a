/*
 * Defaults a policy may override, in a module of their own so that views showing them (the policy
 * editor) do not pull in the scoring engine that applies them.
 */

/** Below this share of known weight the band is "Not enough information" (policy.minCoverage overrides). */
export const DEFAULT_MIN_COVERAGE = 0.25;
/** What an unknown criterion counts as (policy.prior overrides): average, neither good nor bad. */
export const DEFAULT_PRIOR = 0.5;
