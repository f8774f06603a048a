import { describe, expect, it } from 'vitest';
import { defaultPolicy, shownTotal, weightShares } from '../../src/index.ts';

describe('weights as shares of 100 %, and the total every surface shows', () => {
  it('turns raw weights into whole-number shares; a half-typed or negative weight counts as 0', () => {
    expect(weightShares([3, 1])).toEqual([75, 25]);
    expect(weightShares([2, 'x', -1, 2])).toEqual([50, 0, 0, 50]);
    expect(weightShares([0, 0])).toEqual([0, 0]);
    const shares = weightShares(defaultPolicy.criteria.map((c) => c.weight));
    expect(Math.abs(shares.reduce((a, s) => a + s, 0) - 100)).toBeLessThanOrEqual(defaultPolicy.criteria.length / 2);
  });

  it('shows no number beside "Not enough information", and the rounded total otherwise', () => {
    expect(shownTotal({ total: 48.4, bandId: 'insufficient' })).toBeNull();
    expect(shownTotal({ total: 48.5, bandId: 'partial' })).toBe(49);
  });
});
