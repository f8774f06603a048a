import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreCourse } from '../../src/index.ts';
import { debunkedClaim } from '../../src/score/debunked.ts';
import { bareCourse, plan, profile } from '../helpers.ts';

/** Content the evidence refutes is judged as such (DfE standard part 2; Weston's first check). */
describe('approaches the evidence does not support', () => {
  it('are found where the page teaches them, not where it debunks them', () => {
    expect(debunkedClaim('Discover your pupils’ learning styles and plan VAK lessons for every child.')).toMatch(/learning styles/);
    expect(debunkedClaim('Brain Gym exercises to wake up both sides of the brain.')).toMatch(/Brain Gym/);
    expect(debunkedClaim('Why learning styles are a myth, and what to do instead.')).toBeUndefined();
    expect(debunkedClaim('We move beyond learning styles to retrieval practice.')).toBeUndefined();
    expect(debunkedClaim('Retrieval practice and spacing, from the EEF guidance report.')).toBeUndefined();
  });

  it('score nothing for the evidence base and keep the course in the lowest band, with the sentence as the reason', () => {
    const course = { ...bareCourse('Teach to Their Style: a motivational day'), description: 'Identify each pupil’s learning style (visual, auditory or kinaesthetic) and use Brain Gym to boost concentration. Outstanding lessons, guaranteed.' };
    const result = scoreCourse(course, defaultPolicy, profile(), plan());
    expect(result.criteria.find((c) => c.id === 'research-evidence')?.score).toBe(0);
    expect(result.bandId).toBe('weak');
    expect(result.reasons?.against.some((r) => /evidence does not support/.test(r.text))).toBe(true);
    expect(result.range?.high).toBeLessThan(35);
    expect(result.verdict).toMatch(/^Weak fit/);
  });
});
