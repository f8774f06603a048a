import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreCourse, valueForMoney, type Course, type Policy } from '../../src/index.ts';
import { phonicsCourse, plan, profile } from '../helpers.ts';

describe('value for money', () => {
  it('adds VAT for an independent school, supply cover at the phase rate and the budget share (hand-computed)', () => {
    const v = valueForMoney(phonicsCourse(), defaultPolicy, profile(), { ...plan(), schoolType: 'independent' });
    // fee £395 + 20% VAT = £474; cover: two 3-hour sessions = ½ day each, the 16:00 session is a twilight = 1 day
    // at the primary rate £218; total £692 over 7.5 h = £92.27/h; budget £12,000 − £4,000 committed = £8,000; 692/8000 = 0.0865
    expect(v).toMatchObject({ feePerParticipant: 474, coverDays: 1, coverCost: 218, totalCost: 692, hours: 7.5, costPerParticipantHour: 92.27, remainingBudget: 8000, needsApproval: true });
    expect(v.shareOfRemainingBudget).toBeCloseTo(0.087, 3);
  });

  it('shares a per-school price across the cohort and does not add VAT when the policy reclaims it', () => {
    const course: Course = { title: 'INSET', price: { amount: 1200, currency: 'GBP', vat: 'excluded', basis: 'per-school' }, totalHours: 3, delivery: 'in-school' };
    const reclaim: Policy = { ...defaultPolicy, costs: { ...defaultPolicy.costs, vatReclaimable: true } };
    const v = valueForMoney(course, reclaim, undefined, undefined, 20);
    // £1,200 / 20 = £60 each; 3 h in school = ½ day cover at £250 = £125 → £185 over 3 h = £61.67/h
    expect(v).toMatchObject({ feePerParticipant: 60, coverDays: 0.5, coverCost: 125, totalCost: 185, costPerParticipantHour: 61.67 });
  });

  it('a per-school price without a cohort has no per-participant figure, and says how to get one', () => {
    const v = valueForMoney({ title: 'INSET', price: { amount: 1200, currency: 'GBP', vat: 'included', basis: 'per-school' } }, defaultPolicy);
    expect(v.feePerParticipant).toBeNull();
    expect(v.notes.join(' ')).toMatch(/how many staff/);
  });

  it('needs no cover for support staff or self-paced courses', () => {
    const ta = { ...profile(), role: 'business-leader' as const };
    expect(valueForMoney(phonicsCourse(), defaultPolicy, ta).coverDays).toBe(0);
    expect(valueForMoney({ ...phonicsCourse(), delivery: 'online-self-paced' }, defaultPolicy, profile()).coverDays).toBe(0);
  });

  it('uses the cohort option in the score', () => {
    const course: Course = { title: 'INSET', price: { amount: 1200, currency: 'GBP', vat: 'included', basis: 'per-school' }, totalHours: 6 };
    // £1,200 including VAT, which the school recovers: £1,000 ÷ 12
    expect(scoreCourse(course, defaultPolicy, undefined, undefined, { cohort: 12 }).value.feePerParticipant).toBe(83.33);
  });
});
