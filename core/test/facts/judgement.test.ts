import { describe, expect, it } from 'vitest';
import { compareOptions, defaultPolicy, scoreCourse, type Course, type SchoolPlan } from '../../src/index.ts';
import { readDates } from '../../src/parse/dates.ts';
import { plan } from '../helpers.ts';

const price = (amount: number, basis: NonNullable<Course['price']>['basis'] = 'per-participant', vat: NonNullable<Course['price']>['vat'] = 'excluded'): NonNullable<Course['price']> => ({ amount, currency: 'GBP', vat, basis });
const withType = (schoolType: SchoolPlan['schoolType']): SchoolPlan => ({ ...plan(), schoolType });

describe('dates read in their context', () => {
  it('"Day 1 – Thursday 4 February" is an ordinal and one date, not a range from the 1st', () => {
    expect(readDates('Day 1 – Thursday 4 February 2027').dates).toEqual(['2027-02-04']);
    expect(readDates('Part 2 – Wednesday 3 March 2027').dates).toEqual(['2027-03-03']);
    expect(readDates('Training day 10 March 2027').dates).toEqual(['2027-03-10']);
  });
});

describe('facts the page states beat defaults', () => {
  const npq: Course = { title: 'NPQ in Leading Teaching', description: 'Runs over 18 months.', price: { ...price(899, 'per-participant', 'exempt') }, funding: [{ kind: 'not-funded', quote: 'Funded places have now been fully allocated.' }, { kind: 'self-funded', quote: 'Self-funded places remain available.' }] };

  it('an NPQ whose funded places have gone costs its stated self-funded price, and is not asked about funding', () => {
    const r = scoreCourse(npq, defaultPolicy, undefined, withType('academy'));
    expect(r.profile?.funding).toBeNull();
    expect(r.value.feePerParticipant).toBe(899);
    expect(r.questions.map((q) => q.message?.key)).not.toContain('question.npq-funding');
  });

  it('a levy-funded apprenticeship carries no repayment terms', () => {
    const app: Course = { title: 'School Business Professional Level 4 apprenticeship', description: 'Over 18 months.', funding: [{ kind: 'levy', quote: 'Funded through the apprenticeship levy.' }] };
    const r = scoreCourse(app, defaultPolicy, undefined, withType('academy'));
    expect(r.profile?.funding?.route).toBe('apprenticeship-levy');
    expect((r.cost?.warnings ?? []).join(' ')).not.toMatch(/repay/i);
  });

  it('an early-bird price counts until its deadline, then the standard fee', () => {
    const c: Course = { title: 'Leading a department', price: price(420), charges: [{ type: 'early-bird', amount: 380, currency: 'GBP', until: '2026-11-30', quote: '£380 + VAT – book by 30 November 2026' }] };
    expect(scoreCourse(c, defaultPolicy, undefined, withType('academy'), { now: '2026-11-01' }).value.feePerParticipant).toBe(380);
    expect(scoreCourse(c, defaultPolicy, undefined, withType('academy'), { now: '2026-12-07' }).value.feePerParticipant).toBe(420);
    expect(scoreCourse(c, defaultPolicy, undefined, withType('academy')).value.feePerParticipant).toBe(420);
  });

  it('a JSON-LD start and end months apart is a span, not one session', () => {
    const c: Course = { title: 'Reading fluency programme', sessions: [{ start: '2027-01-14', end: '2027-06-17' }] };
    const s = scoreCourse(c, defaultPolicy).profile!.schedule;
    expect(s.sessions).not.toBe(1);
    expect(s.spanDays).toBeGreaterThan(120);
  });
});

describe('an honest score', () => {
  const thin: Course = { title: 'Phonics for Year 1', description: 'Systematic synthetic phonics.', price: price(200) };

  it('gives the range its unknowns could move it, and says the band "for now" when the range spans bands', () => {
    const r = scoreCourse(thin, defaultPolicy);
    expect(r.range!.low).toBeLessThanOrEqual(r.total);
    expect(r.range!.high).toBeGreaterThanOrEqual(r.total);
    expect(r.range!.text).toBe(`${r.total}; between ${r.range!.low} and ${r.range!.high} once the provider answers`);
    if (!r.range!.decisive && r.bandId !== 'insufficient') expect(r.verdict).toMatch(/for now.*between/);
  });

  it('says a past or sold-out status and a contradiction in the verdict, and asks about both values', () => {
    const past: Course = { ...thin, status: { value: 'past', quote: 'This event has now taken place.' } };
    expect(scoreCourse(past, defaultPolicy).verdict).toMatch(/already taken place/);
    const full: Course = { ...thin, status: { value: 'sold-out', quote: 'SOLD OUT' } };
    expect(scoreCourse(full, defaultPolicy).verdict).toMatch(/fully booked/);
    const torn: Course = { ...thin, conflicts: [{ field: 'price', values: ['£350', 'free'], quotes: ['Cost: £350 per school', 'FREE CPD'] }] };
    const r = scoreCourse(torn, defaultPolicy);
    expect(r.verdict).toMatch(/two prices \(£350 and free\)/);
    expect(r.questions[0]!.question).toBe('The page gives £350 and free as the price: which applies to us?');
  });

  it('never asks a compliance question of a course that is not compliance training, nor the safeguarding guidance of first aid', () => {
    const maths: Course = { title: 'Maths mastery day', description: 'Number fluency.' };
    expect(scoreCourse(maths, defaultPolicy).questions.map((q) => q.criterionId)).not.toContain('quality-compliance');
    const aid: Course = { title: 'Paediatric first aid (12 hours)', description: 'EYFS-compliant paediatric first aid.' };
    const questions = scoreCourse(aid, defaultPolicy).questions.map((q) => q.question).join(' ');
    expect(questions).not.toMatch(/KCSIE/);
  });
});

describe('reasons checked against facts', () => {
  it('a named trainer with a role evidences expertise, and no reason says otherwise', () => {
    const c: Course = { title: 'Phonics leadership', description: 'Two practical days.', trainer: { name: 'Dr Amina Patel', role: 'former headteacher', quote: 'Led by Dr Amina Patel, former headteacher.' } };
    const r = scoreCourse(c, defaultPolicy);
    expect(r.criteria.find((k) => k.id === 'provider-expertise')!.score).toBeGreaterThanOrEqual(0.8);
    expect(r.reasons!.against.map((x) => x.criterionId)).not.toContain('provider-expertise');
  });

  it('"bring a colleague for half price" is not collaboration', () => {
    const c: Course = { title: 'Marking day', description: 'Bring a colleague for half price.' };
    expect(scoreCourse(c, defaultPolicy).criteria.find((k) => k.id === 'collaboration')!.score).toBeNull();
  });

  it('a stated mechanism is never held against the page', () => {
    const c: Course = { title: 'Feedback day', description: 'Course handouts and materials provided for every delegate.' };
    const r = scoreCourse(c, defaultPolicy);
    expect(r.reasons!.against.map((x) => x.criterionId)).not.toContain('good-practice');
  });
});

describe('compare', () => {
  const policy = defaultPolicy;
  const programme: Course = { title: 'Phonics programme', description: 'Built on the EEF guidance report, with rehearsal, feedback and gap tasks between sessions over two terms.', price: price(450, 'per-participant', 'exempt'), sessions: [{ start: '2027-01-12T09:00:00Z', hours: 3 }, { start: '2027-03-09T09:00:00Z', hours: 3 }, { start: '2027-05-11T09:00:00Z', hours: 3 }] };
  const hour: Course = { title: 'Phonics webinar', description: 'A one-hour phonics webinar.', price: price(15, 'per-participant', 'exempt'), delivery: 'online-live', sessions: [{ start: '2027-02-02T16:00:00Z', end: '2027-02-02T17:00:00Z', hours: 1 }] };
  const blank: Course = { title: 'Phonics' };

  it('ranks a sustained, evidence-based programme above one cheap hour', () => {
    expect(compareOptions([hour, programme], policy, { cohort: 2, plan: plan() }).recommendation.option).toBe(1);
  });

  it('never recommends a "Not enough information" option over a judged one', () => {
    const r = compareOptions([blank, hour], policy, { cohort: 2, plan: plan() });
    expect(r.options[0]!.score.bandId).toBe('insufficient');
    expect(r.recommendation.option).toBe(1);
  });

  it('shows the cohort’s fees, cover and unrecoverable VAT separately, unknown as null', () => {
    const day: Course = { title: 'Phonics day', price: price(200), sessions: [{ start: '2027-02-02T09:00:00Z', end: '2027-02-02T15:00:00Z', hours: 6 }] };
    const maintained = compareOptions([day, blank], policy, { cohort: 3, plan: withType('maintained') }).options;
    expect(maintained[0]!.cohort).toMatchObject({ fees: 600, vatNotRecoverable: 0 });
    expect(maintained[0]!.cohort.total).toBe(600 + (maintained[0]!.cohort.cover ?? NaN));
    expect(compareOptions([day], policy, { cohort: 3, plan: withType('independent') }).options[0]!.cohort.vatNotRecoverable).toBe(120);
    expect(maintained[1]!.cohort).toMatchObject({ fees: null, total: null });
  });
});
