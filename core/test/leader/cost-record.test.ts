import { describe, expect, it } from 'vitest';
import { costRecord, travelStatus } from '../../src/cost/record.ts';
import { coverPenceOf } from '../../src/cost/record.ts';
import { cohortSums } from '../../src/commission/sums.ts';
import { budgetEntered, remainingBudget } from '../../src/budget/entered.ts';
import { budgetRollup } from '../../src/budget/rollup.ts';
import { describeBudget } from '../../src/cli/describe-budget.ts';
import { joinEvaluations, withEvaluatedDone } from '../../src/report/join.ts';
import { supplyCoverRate } from '../../src/request/config.ts';
import { valueForMoney } from '../../src/cost/cost.ts';
import { defaultPolicy } from '../../src/policy/default-policy.ts';
import type { Course, CpdRequest, ImpactEvaluation, Policy, SchoolPlan } from '../../src/index.ts';

const inset: Course = {
  title: 'Whole-School INSET: Curriculum Sequencing',
  price: { amount: 1250, currency: 'GBP', vat: 'unknown', basis: 'per-school', covers: 40, text: '£1,250 per school (up to 40 staff), plus travel' },
  totalHours: 6,
  delivery: 'in-school',
};
const masterclass: Course = {
  title: 'Retrieval practice masterclass',
  price: { amount: 195, currency: 'GBP', vat: 'excluded', basis: 'per-participant', text: '£195 + VAT per delegate' },
  sessions: [{ start: '2027-03-10T09:30:00Z', end: '2027-03-10T15:30:00Z', hours: 6 }],
  delivery: 'face-to-face',
};
/** A school's policy started from the default: its own day rate, the per-phase table left as copied. */
const ours: Policy = { ...defaultPolicy, costs: { ...defaultPolicy.costs, supplyCoverDayRate: 265 } };

describe('the cost record a course carries from label to report', () => {
  it('stores a per-school price as the school’s total, with the per-head figure beside it, VAT unknown and travel extra', () => {
    const record = costRecord(inset, defaultPolicy);
    // by hand: £1,250 for up to 40 staff is £31.25 a head; the page says "plus travel" and nothing of VAT
    expect(record).toMatchObject({ feePence: 125_000, perHeadPence: 3125, sharedBy: 40, vat: 'unknown', travel: 'extra', hours: 6 });
    expect(record.price).toEqual(inset.price);
  });

  it('adds VAT to a per-participant fee only when the school cannot recover it', () => {
    expect(costRecord(masterclass, defaultPolicy)).toMatchObject({ feePence: 19_500, vat: 'excluded', vatRecoverable: true, travel: 'not-stated', coverDays: 1, coverRatePence: 25_000 });
    expect(coverPenceOf(costRecord(masterclass, defaultPolicy))).toBe(25_000);
    const independent = { ...defaultPolicy, costs: { ...defaultPolicy.costs, schoolType: 'independent' as const } };
    expect(costRecord(masterclass, independent)).toMatchObject({ feePence: 23_400, vatRecoverable: false });
  });

  it('reads travel as the page says it', () => {
    expect(travelStatus({ title: 'x', description: 'Price includes travel within the county.' })).toBe('included');
    expect(travelStatus({ title: 'x' })).toBe('not-stated');
  });
});

describe('the school’s own rates beat the defaults', () => {
  it('uses the school’s £265 day rate, not the default per-phase table’s £291 it left as copied', () => {
    expect(supplyCoverRate(ours, 'secondary')).toBe(265);
    expect(coverPenceOf(costRecord(masterclass, ours, { phase: 'secondary' }))).toBe(26_500);
    expect(valueForMoney(masterclass, ours, { schemaVersion: 1, id: 'p', role: 'teacher', phase: 'secondary', subjects: [], targets: [] }).coverCost).toBe(265);
  });

  it('keeps a per-phase rate the school set itself, and the default table for the default policy', () => {
    const own = { ...defaultPolicy, costs: { ...defaultPolicy.costs, supplyCoverDayRate: 265, supplyCoverDayRateByPhase: { secondary: 300 } } };
    expect(supplyCoverRate(own, 'secondary')).toBe(300);
    expect(supplyCoverRate(defaultPolicy, 'secondary')).toBe(291);
  });
});

describe('budgets that may not exist', () => {
  const plan = (total: number, commitments: SchoolPlan['commitments'] = []): SchoolPlan => ({ schemaVersion: 1, id: 'p', school: 'S', year: '2026-27', objectives: [], budget: { total, currency: 'GBP' }, commitments });
  it('no budget entered means no budget check, never £0 left', () => {
    expect(budgetEntered(plan(0))).toBe(false);
    expect(remainingBudget(plan(0))).toBeNull();
    expect(valueForMoney(inset, defaultPolicy, undefined, plan(0)).remainingBudget).toBeNull();
    expect(remainingBudget(plan(12_000, [{ id: 'c', description: 'd', amount: 500, status: 'spent' }]))).toBe(11_500);
    const rollup = budgetRollup(plan(0), []);
    expect(rollup.entered).toBe(false);
    expect(describeBudget('S', rollup, 100)).toMatch(/INSET budget +not entered +no INSET budget entered in the plan: no budget check/);
    expect(describeBudget('S', rollup, 100)).not.toMatch(/£0 left|Remaining +£0/);
  });
});

describe('compare’s sums, in pence and rounded once', () => {
  it('counts £1,250 shared by 12 as £1,250 for the cohort, not £1,250.04', () => {
    const sums = cohortSums(inset, defaultPolicy, 12);
    // by hand: £1,250 ÷ 12 = £104.1666… a head, shown as £104.17; the cohort pays £1,250.00 in fees; a 6-hour
    // day on an undated page is a day out of class: 12 × £250 = £3,000 cover; £4,250 in all; VAT unknown, recovered anyway
    expect(sums.cohortSums).toEqual({ fees: 1250, cover: 3000, vatNotRecoverable: 0, total: 4250 });
    expect(sums.perParticipant.fees).toBe(104.17);
  });

  it('charges a second unit above the cap', () => {
    expect(cohortSums(inset, defaultPolicy, 41).cohortSums.fees).toBe(2500);
  });
});

describe('evaluations joined to their requests', () => {
  const request = {
    schemaVersion: 1, id: 'r-1', createdAt: '2026-10-01T10:00:00Z', status: 'submitted',
    requester: { name: 'Sam Jones', staffId: 'sj', staffGroup: 'support' },
    course: inset, dates: ['2026-11-02'],
    costs: { fee: 1250, travel: 40, supplyDays: 0, supplyCost: 0, total: 1290, record: costRecord(inset, defaultPolicy) },
    targetIds: [], objectiveIds: ['sdp-1', 'sdp-2'],
    expectedImpact: { practice: 'p', pupils: 'q' }, sharing: 's', approach: 'course-or-conference', evaluation: ['reaction'],
  } as CpdRequest;
  const evaluation: ImpactEvaluation = { schemaVersion: 1, id: 'e-1', requestId: 'r-1', courseTitle: inset.title, completedAt: '2026-11-20', objectiveIds: [], levels: { reaction: { rating: 4 } } };

  it('takes cost, hours, member of staff, group and objectives from the request', () => {
    const [joined] = joinEvaluations([evaluation], [request]);
    expect(joined).toMatchObject({ cost: 1290, hours: 6, staffId: 'sj', staffGroup: 'support', objectiveIds: ['sdp-1', 'sdp-2'] });
    expect(withEvaluatedDone([request], [joined!])[0]!.status).toBe('completed');
  });

  it('keeps what the evaluation says itself', () => {
    expect(joinEvaluations([{ ...evaluation, cost: 99 }], [request])[0]!.cost).toBe(99);
  });
});
