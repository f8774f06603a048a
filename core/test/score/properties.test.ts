import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreCourse, type Course, type Policy } from '../../src/index.ts';
import { plan, profile } from '../helpers.ts';
import { generateCourse, random } from './generate.ts';

const courses = (n: number, seed = 7): Course[] => {
  const rand = random(seed);
  return Array.from({ length: n }, (_, i) => generateCourse(rand, i));
};

describe('scoring properties', () => {
  it('same input, same output', () => {
    for (const course of courses(100)) {
      const a = scoreCourse(course, defaultPolicy, profile(), plan());
      const b = scoreCourse(structuredClone(course), structuredClone(defaultPolicy), profile(), plan());
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });

  it('totals stay within 0–100, and criterion points add up to the total', () => {
    for (const course of courses(200)) {
      const r = scoreCourse(course, defaultPolicy, profile(), plan());
      expect(r.total).toBeGreaterThanOrEqual(0);
      expect(r.total).toBeLessThanOrEqual(100);
      expect(r.coverage).toBeGreaterThanOrEqual(0);
      expect(r.coverage).toBeLessThanOrEqual(1);
      const points = r.criteria.reduce((n, c) => n + c.points, 0);
      if (r.coverage > 0) expect(Math.abs(points - r.total)).toBeLessThanOrEqual(1.5);
    }
  });

  it('a course matching the PD targets and an SDP objective outscores an otherwise identical one', () => {
    for (const generated of courses(100, 11)) {
      // the generated blurb names a topic; drop it so only the title differs between the two
      const base = { ...generated, description: (generated.description ?? '').replace(/^A course on [^.]+\./, '') };
      const matching = { ...base, title: 'Systematic synthetic phonics for early reading' };
      const other = { ...base, title: 'Orienteering and outdoor map skills for beginners' };
      const a = scoreCourse(matching, defaultPolicy, profile(), plan());
      const b = scoreCourse(other, defaultPolicy, profile(), plan());
      expect(a.total, base.title).toBeGreaterThan(b.total);
      expect(a.targets.find((t) => t.targetId === 't1')!.strength).toBeGreaterThan(0);
      expect(a.targets.find((t) => t.targetId === 'sdp-1')!.strength).toBeGreaterThan(0);
    }
  });

  it('a missing price is unknown, never free', () => {
    for (const base of courses(100, 3)) {
      const { price: _dropped, ...course } = base;
      const r = scoreCourse(course, defaultPolicy, profile(), plan());
      expect(r.value.feePerParticipant).toBeNull();
      expect(r.value.totalCost).toBeNull();
      expect(r.value.costPerParticipantHour).toBeNull();
      expect(r.value.needsApproval).toBeNull();
      for (const id of ['value-for-money', 'price-per-participant']) {
        const c = r.criteria.find((k) => k.id === id)!;
        expect(c.score).toBeNull();
        expect(c.question).toBeTruthy();
      }
      const free = scoreCourse({ ...course, price: { amount: 0, currency: 'GBP', vat: 'included', basis: 'free' } }, defaultPolicy, profile(), plan());
      expect(free.value.feePerParticipant).toBe(0);
      expect(free.coverage).toBeGreaterThan(r.coverage);
    }
  });

  it('more evidence never lowers coverage', () => {
    const rand = (() => { let s = 1; return () => (s = (s * 16807) % 2147483647) / 2147483647; })();
    const additions: ((c: Course) => Course)[] = [
      (c) => ({ ...c, description: `${c.description ?? ''} Led by experts, with follow-up coaching and an impact evaluation.` }),
      (c) => ({ ...c, price: c.price ?? { amount: 200, currency: 'GBP', vat: 'included', basis: 'per-participant' } }),
      (c) => ({ ...c, sessions: c.sessions ?? [{ start: '2027-02-01', hours: 3 }] }),
      (c) => ({ ...c, delivery: c.delivery ?? 'online-live' }),
      (c) => ({ ...c, audience: { ...c.audience, roles: c.audience?.roles ?? ['teacher'] } }),
      (c) => ({ ...c, features: [...(c.features ?? []), { kind: 'accessible-venue', quote: 'Step-free access.' }] }),
      (c) => ({ ...c, accreditation: [...(c.accreditation ?? []), 'NPQ'] }),
    ];
    for (const course of courses(150, 5)) {
      let current = course;
      let coverage = scoreCourse(current, defaultPolicy, profile(), plan()).coverage;
      for (let step = 0; step < 5; step++) {
        current = additions[Math.floor(rand() * additions.length)]!(current);
        const next = scoreCourse(current, defaultPolicy, profile(), plan()).coverage;
        expect(next).toBeGreaterThanOrEqual(coverage);
        coverage = next;
      }
    }
  });

  it('a weight of 0 removes a criterion from the result, the total and the coverage', () => {
    const zeroed: Policy = { ...defaultPolicy, criteria: defaultPolicy.criteria.map((c) => (c.id === 'accommodation' || c.id === 'research-evidence' ? { ...c, weight: 0 } : c)) };
    for (const course of courses(50, 9)) {
      const r = scoreCourse(course, zeroed, profile(), plan());
      expect(r.criteria.map((c) => c.id)).not.toContain('accommodation');
      expect(r.questions.map((q) => q.criterionId)).not.toContain('research-evidence');
      const without: Policy = { ...defaultPolicy, criteria: defaultPolicy.criteria.filter((c) => c.id !== 'accommodation' && c.id !== 'research-evidence') };
      const s = scoreCourse(course, without, profile(), plan());
      expect(r.total).toBe(s.total);
      expect(r.coverage).toBe(s.coverage);
    }
  });

  it('says "not enough information" instead of a band when too little is known', () => {
    const r = scoreCourse({ title: 'Mystery day', description: 'Led by experts.' }, defaultPolicy);
    expect(r.bandId).toBe('insufficient');
    expect(r.band).toBe('Not enough information');
  });
});
