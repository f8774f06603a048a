import { describe, expect, it } from 'vitest';
import { compareOptions, defaultPolicy, scoreCourse, type Course, type Policy, type SchoolPlan } from '../../src/index.ts';
import { plan } from '../helpers.ts';

const course = (title: string, description: string, extra: Partial<Course> = {}): Course => ({ title, description, ...extra });
const price = (amount: number, basis: NonNullable<Course['price']>['basis'] = 'per-participant', vat: NonNullable<Course['price']>['vat'] = 'excluded', text?: string): NonNullable<Course['price']> => ({ amount, currency: 'GBP', vat, basis, ...(text ? { text } : {}) });
const withType = (schoolType: SchoolPlan['schoolType']): SchoolPlan => ({ ...plan(), schoolType });

describe('UK cost and funding model', () => {
  const day: Course = course('Assessment day', 'A one-day course.', { price: price(200), sessions: [{ start: '2027-02-02T09:00:00Z', hours: 6 }] });

  it('VAT is recovered by maintained schools and academies, added for independent schools', () => {
    expect(scoreCourse(day, defaultPolicy, undefined, withType('maintained')).cost).toMatchObject({ fee: 200, vat: 40, vatRecoverable: true, total: 450 });
    expect(scoreCourse(day, defaultPolicy, undefined, withType('academy')).value.feePerParticipant).toBe(200);
    expect(scoreCourse(day, defaultPolicy, undefined, withType('independent')).cost).toMatchObject({ fee: 200, vat: 40, vatRecoverable: false, total: 490 });
    const independentPolicy: Policy = { ...defaultPolicy, costs: { ...defaultPolicy.costs, schoolType: 'independent' } };
    expect(scoreCourse(day, independentPolicy).value.feePerParticipant).toBe(240);
  });

  it('a per-school price is divided by the staff it covers, with a warning above the cap', () => {
    const c = course('Phonics training', 'For your school.', { price: price(600, 'per-school', 'exempt', '£600 per school, covering three teachers') });
    expect(scoreCourse(c, defaultPolicy).value.feePerParticipant).toBe(200);
    const five = scoreCourse(c, defaultPolicy, undefined, undefined, { cohort: 5 });
    expect(five.value.feePerParticipant).toBe(240); // two licences of £600 shared by five
    expect(five.cost!.warnings!.join(' ')).toMatch(/covers 3 staff; a cohort of 5 needs 2/);
  });

  it('a DfE-funded NPQ costs a state school nothing, says who is eligible and carries the repayment terms', () => {
    const npq = course('NPQ in Leading Teaching', 'DfE funding is available for eligible schools. Runs over 18 months.', { price: price(899, 'per-participant', 'unknown', '£899 for schools not eligible for funding') });
    const state = scoreCourse(npq, defaultPolicy, undefined, withType('academy'));
    expect(state.profile).toMatchObject({ kind: 'npq', funding: { route: 'npq-dfe' } });
    expect(state.cost).toMatchObject({ fee: 0, funded: true });
    expect(state.cost!.warnings!.join(' ')).toMatch(/eligib/);
    expect(state.cost!.warnings!.join(' ')).toMatch(/repay.*12 months.*4\.1/);
    const independent = scoreCourse(npq, defaultPolicy, undefined, withType('independent'));
    expect(independent.value.feePerParticipant).toBe(899);
    expect(independent.cost!.warnings![0]).toMatch(/Independent schools are not eligible/);
  });

  it('the apprenticeship levy pays the fee, with the off-the-job time to check', () => {
    const app = course('Teaching Assistant Level 3 Apprenticeship', 'An 18-month apprenticeship funded through the apprenticeship levy.');
    const r = scoreCourse(app, defaultPolicy);
    expect(r.profile).toMatchObject({ kind: 'apprenticeship', funding: { route: 'apprenticeship-levy' } });
    expect(r.cost).toMatchObject({ fee: 0, funded: true });
    expect(r.cost!.warnings!.join(' ')).toMatch(/off-the-job/);
    expect(r.questions.map((q) => q.question).join(' ')).toMatch(/off-the-job/);
  });

  it('Welsh national programmes and “fully funded” are recognised', () => {
    expect(scoreCourse(course('Curriculum for Wales: leading change', 'Funded by the Welsh Government for maintained schools.'), defaultPolicy).profile!.funding!.route).toBe('welsh-national');
    expect(scoreCourse(course('Maths work group', 'This work group is fully funded.'), defaultPolicy).profile!.funding!.route).toBe('fully-funded');
  });

  it('a £0 fee still carries its cover and does not score full value', () => {
    const free = course('Free conference', 'A free day.', { price: price(0, 'free', 'included'), sessions: [{ start: '2027-02-03T09:00:00Z', hours: 6 }] });
    const r = scoreCourse(free, defaultPolicy);
    expect(r.cost).toMatchObject({ fee: 0, coverDays: 1, cover: 250, total: 250 });
    expect(r.criteria.find((c) => c.id === 'value-for-money')!.score!).toBeLessThan(1);
  });

  it('VAT included in a price is recovered too: £79 inc. VAT costs a maintained school £65.83', () => {
    const c = course('Self-paced SEND course', 'Online, self-paced.', { price: price(79, 'per-participant', 'included'), delivery: 'online-self-paced' });
    expect(scoreCourse(c, defaultPolicy, undefined, withType('maintained')).cost).toMatchObject({ fee: 65.83, vat: 13.17, total: 65.83, coverDays: 0 });
    expect(scoreCourse(c, defaultPolicy, undefined, withType('independent')).cost).toMatchObject({ fee: 65.83, total: 79 });
  });
});

describe('commissioning check without cliffs', () => {
  const inset: Course = course('Evidence-based INSET: retrieval practice', 'Built on the EEF guidance report; staff rehearse techniques, with follow-up coaching calls between sessions.', { price: price(1200, 'per-school', 'exempt'), delivery: 'in-school', sessions: [{ start: '2027-01-04T09:00:00Z', hours: 3 }, { start: '2027-02-22T15:45:00Z', hours: 1.5 }, { start: '2027-04-26T15:45:00Z', hours: 1.5 }] });
  const keynote: Course = course('Inspirational keynote', 'An inspiring talk to launch the year.', { price: price(3000, 'per-school', 'exempt'), delivery: 'in-school', sessions: [{ start: '2027-01-04T09:00:00Z', hours: 1.5 }] });
  const plan12: SchoolPlan = { ...plan(), schoolType: 'academy' };

  it('prefers the evidence-based INSET over a dearer keynote', () => {
    const r = compareOptions([keynote, inset], defaultPolicy, { cohort: 12, plan: plan12 });
    expect(r.options[0]!.costPerParticipantHour!).toBeGreaterThan(2 * r.options[1]!.costPerParticipantHour!);
    expect(r.recommendation.option).toBe(1);
  });

  it('the best option slightly over budget is still recommended, with the overspend as a caveat', () => {
    const remaining = 8000 - 0; // plan: £12,000 less £4,000 committed
    const over: Course = { ...inset, price: price(remaining + 132 - 12 * 125, 'per-school', 'exempt') }; // + half a day of cover each at £250
    const unrelated: Course = course('Orienteering for beginners', 'Map skills.', { price: price(50), sessions: [{ start: '2027-03-06T16:00:00Z', hours: 2 }] });
    const r = compareOptions([unrelated, over], defaultPolicy, { cohort: 12, plan: plan12 });
    expect(r.recommendation.option).toBe(1);
    expect(r.recommendation.caveats.join(' ')).toMatch(/£132 more than/);
  });

  it('never recommends an option serving none of the stated priorities when one does', () => {
    const shiny: Course = course('Orienteering masterclass', 'Built on the EEF guidance report, with follow-up coaching calls and collaboration with colleagues.', { price: price(10), sessions: [{ start: '2027-03-06T16:00:00Z', hours: 2 }] });
    const plain: Course = course('Phonics for Year 1', 'Systematic synthetic phonics for early reading.', { price: price(300) });
    const r = compareOptions([shiny, plain], defaultPolicy, { cohort: 2, plan: plan12 });
    expect(r.recommendation.option).toBe(1);
  });

  it('between otherwise identical options, the cheaper wins', () => {
    const dear: Course = { ...inset, title: 'Retrieval practice programme A', price: price(1500, 'per-school', 'exempt') };
    const cheap: Course = { ...inset, title: 'Retrieval practice programme B', price: price(1400, 'per-school', 'exempt') };
    expect(compareOptions([dear, cheap], defaultPolicy, { cohort: 12, plan: plan12 }).recommendation.option).toBe(1);
  });
});
