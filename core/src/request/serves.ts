import type { TargetMatch } from '../model/score.ts';

/**
 * A PD target or SDP objective that a course matches at least this strongly is one it really
 * serves: the request form ticks it for the member of staff. Weaker matches are offered unticked,
 * never claimed: a 14 % overlap, a maths objective sharing only "fluency" with a phonics course
 * (33 %), or "questioning in my Year 4 lessons" sharing only "year" and "lessons" with a Year 1
 * phonics twilight (50 %).
 */
export const SERVES_AT = 0.6;

/** The target and objective ids a score says the course really serves. */
export function servedGoals(matches: readonly TargetMatch[], threshold = SERVES_AT): { targets: Set<string>; objectives: Set<string> } {
  const strong = matches.filter((m) => m.strength >= threshold);
  return {
    targets: new Set(strong.filter((m) => m.kind === 'target').map((m) => m.targetId)),
    objectives: new Set(strong.filter((m) => m.kind === 'objective').map((m) => m.targetId)),
  };
}
