import { describe, expect, it } from 'vitest';
import { servedGoals, SERVES_AT } from '../../src/request/serves.ts';

describe('servedGoals', () => {
  it('keeps targets and objectives matched at SERVES_AT or more, and drops weak overlaps', () => {
    const m = (kind: 'target' | 'objective', targetId: string, strength: number) => ({ kind, targetId, strength, label: targetId, matched: [] });
    const served = servedGoals([m('target', 'strong', 1), m('target', 'weak', 0.14), m('objective', 'sdp-1', 0.8), m('objective', 'sdp-2', 0.333), m('target', 'edge', SERVES_AT)]);
    expect([...served.targets]).toEqual(['strong', 'edge']);
    expect([...served.objectives]).toEqual(['sdp-1']);
  });
});
