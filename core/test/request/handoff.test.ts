import { describe, expect, it } from 'vitest';
import { decodeHandoff, encodeHandoff, type Handoff } from '../../src/index.ts';
import { phonicsCourse, profile } from '../helpers.ts';

const handoff = (): Handoff => ({ v: 1, course: phonicsCourse(), targets: [profile().targets[0]!], objectiveIds: ['sdp-1'], score: { total: 86, band: 'Strong fit', coverage: 0.84 } });

describe('the extension → request form hand-off', () => {
  it('round-trips through a URL fragment, including non-ASCII text', () => {
    const value = { ...handoff(), course: { ...phonicsCourse(), title: 'Darllen cynnar — phonics “plus” £' } };
    const fragment = encodeHandoff(value);
    expect(fragment).toMatch(/^#cpd-request=[A-Za-z0-9_-]+$/);
    expect(decodeHandoff(fragment)).toEqual({ ok: true, value });
  });

  it('ignores fragments that are not hand-offs', () => {
    expect(decodeHandoff('#section-2')).toBeNull();
    expect(decodeHandoff('')).toBeNull();
  });

  it('explains a damaged or tampered link instead of failing', () => {
    expect(decodeHandoff('#cpd-request=%%%')).toMatchObject({ ok: false });
    const tampered = `#cpd-request=${btoa(JSON.stringify({ ...handoff(), course: { title: 'x', url: 'javascript:alert(1)' } })).replace(/=+$/, '')}`;
    const result = decodeHandoff(tampered);
    expect(result).toMatchObject({ ok: false });
    expect(result && !result.ok && result.problems[0]!.path).toBe('course.url');
  });
});
