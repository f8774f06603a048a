import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreCourse, type Course, type CriterionResult } from '../../src/index.ts';
import { bareCourse, plan, profile } from '../helpers.ts';

const criterion = (course: Course, id: string, withContext = false): CriterionResult => {
  const result = withContext ? scoreCourse(course, defaultPolicy, profile(), plan()) : scoreCourse(course, defaultPolicy);
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
};

const described = (description: string, extra: Partial<Course> = {}): Course => ({ title: 'Workshop', description, ...extra });
const price = (amount: number, basis: NonNullable<Course['price']>['basis'] = 'per-participant', vat: NonNullable<Course['price']>['vat'] = 'included') => ({ amount, currency: 'GBP', vat, basis });
const sessions = (...starts: string[]) => starts.map((start) => ({ start, hours: 3 }));

// Each row: the criterion, a course whose page shows evidence for it, the least score expected.
// A bare course (title only) must leave every one of these unknown and ask the provider instead.
const rows: [id: string, course: Course, min: number, withContext?: boolean][] = [
  ['priorities', described('Systematic synthetic phonics for Year 1 teachers, improving early reading.'), 0.5, true],
  ['good-practice', described('Participants rehearse each technique through role-play and leave with an action plan.'), 0.6],
  ['pupil-outcomes', described('Designed to raise pupil attainment in reading.'), 1],
  ['quality-compliance', described('Covers the statutory duties in Keeping Children Safe in Education.'), 1],
  ['role-competency', described('For primary teachers', { audience: { roles: ['teacher'], phases: ['primary'] } }), 1, true],
  ['cultural-diversity', described('Culturally responsive, anti-racist classroom practice.'), 1],
  ['provider-expertise', described('Led by an experienced lead practitioner.'), 0.8],
  ['planned-programme', described('Outline', { sessions: sessions('2027-01-10') }), 0.6],
  ['relevant-standards', described("Mapped to the Teachers' Standards and the Early Career Framework."), 1],
  ['research-evidence', described('Grounded in the EEF guidance report and cognitive science.'), 1],
  ['resource-use', described('Live online', { delivery: 'online-live' }), 0.9],
  ['accommodation', described('Our training suite is wheelchair accessible with a hearing loop.'), 1],
  ['value-for-money', described('A day', { price: price(150), totalHours: 6 }), 0.5],
  ['monitoring-evaluation', described('We evaluate impact with a baseline and a follow-up survey.'), 1],
  ['sustained', described('Termly sessions over the year.', { sessions: sessions('2027-01-10', '2027-04-20', '2027-06-30') }), 1],
  ['collaboration', described('Work in triads with colleagues from partner schools.'), 1],
  ['scale-scope', described('Whole-school INSET', { price: price(1250, 'per-school') }), 1],
  ['price-per-participant', described('Per delegate', { price: price(120) }), 1],
  ['peer-feedback', described('Run by North Star', { provider: 'North Star Research School' }), 0.8, true],
];

describe('every criterion of the default policy', () => {
  it('has a row in this table', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(defaultPolicy.criteria.map((c) => c.id).sort());
  });

  it.each(rows)('%s scores what the page states, with evidence', (id, course, min, withContext) => {
    const c = criterion(course, id, withContext);
    expect(c.score).not.toBeNull();
    expect(c.score!).toBeGreaterThanOrEqual(min);
    expect(c.evidence.length).toBeGreaterThan(0);
    expect(c.question).toBeUndefined();
  });

  it.each(rows)('%s is unknown on a bare page, counts at the prior, and becomes a question for the provider', (id) => {
    const c = criterion(bareCourse(), id);
    const weights = defaultPolicy.criteria.reduce((n, k) => n + k.weight, 0);
    expect(c.score).toBeNull();
    expect(c.points).toBeCloseTo((100 * c.weight * 0.5) / weights, 1);
    expect(c.question).toBe(defaultPolicy.criteria.find((k) => k.id === id)!.question);
  });
});

describe('judgements against the evidence', () => {
  it('a one-off session counts against being sustained', () => {
    const c = criterion(described('An afternoon', { sessions: sessions('2027-02-01') }), 'sustained');
    expect(c.score).toBe(0.15);
    expect(c.evidence[0]).toMatchObject({ effect: '-', text: 'A single session' });
  });

  it('a course for another phase fits the role less', () => {
    const secondary = criterion(described('x', { audience: { phases: ['secondary'], roles: ['teacher'] } }), 'role-competency', true);
    expect(secondary.score).toBeLessThan(1);
    expect(secondary.evidence.some((e) => e.effect === '-' && e.text.includes('secondary'))).toBe(true);
  });

  it('value for money falls as the full cost per participant-hour rises', () => {
    const cheap = criterion(described('x', { price: price(60), totalHours: 6 }), 'value-for-money').score!;
    const dear = criterion(described('x', { price: price(600), totalHours: 6 }), 'value-for-money').score!;
    expect(cheap).toBeGreaterThan(dear);
  });

  it('a funded course is good value but not full marks: cover and time still cost the school', () => {
    const c = criterion(described('NPQ', { price: price(0, 'funded') }), 'value-for-money');
    expect(c.score).toBeGreaterThan(0.5);
    expect(c.score).toBeLessThan(1);
    expect(c.evidence[0]!.text).toMatch(/Funded/);
    const withCover = criterion(described('A day', { price: price(0, 'free'), sessions: [{ start: '2027-03-10T09:00:00Z', hours: 6 }] }), 'value-for-money');
    expect(withCover.score).toBeLessThan(0.85);
    expect(withCover.evidence[0]!.text).toMatch(/supply cover/);
  });

  it('a school criterion judged by its own keywords', () => {
    const policy = { ...defaultPolicy, criteria: [...defaultPolicy.criteria, { id: 'welsh', label: 'Welsh language', weight: 1, judge: 'keywords' as const, terms: ['Cymraeg', 'Welsh language'], question: 'Is it available in Welsh?', sources: [{ document: 'Our policy' }] }] };
    const found = scoreCourse(described('Delivered through the medium of Welsh language.'), policy).criteria.find((c) => c.id === 'welsh')!;
    expect(found.score).toBeGreaterThan(0);
    expect(scoreCourse(described('In English.'), policy).criteria.find((c) => c.id === 'welsh')!.score).toBeNull();
  });
});
