import { describe, expect, it } from 'vitest';
import { compareOptions, defaultPolicy, encodeHandoff, decodeHandoff, rankResults, scoreCourse, type Course, type ScoreResult } from '../../src/index.ts';
import { plan, profile } from '../helpers.ts';
import { generateCourse, random } from './generate.ts';

const courses = (n: number, seed = 21): Course[] => {
  const rand = random(seed);
  return Array.from({ length: n }, (_, i) => generateCourse(rand, i));
};

/** Ways to hide one fact of a course, as a page that does not say it would. */
const hide: Record<string, (c: Course) => Course> = {
  price: ({ price: _p, ...c }) => c,
  delivery: ({ delivery: _d, ...c }) => c,
  audience: ({ audience: _a, ...c }) => c,
  description: ({ description: _d, ...c }) => c,
  lastSentence: (c) => ({ ...c, description: (c.description ?? '').replace(/[^.]*\.\s*$/, '') }),
};

describe('unknown is not good: one rule with a neutral prior', () => {
  it('a page with nothing but a title scores the prior and says "Not enough information"', () => {
    for (const title of ['Curriculum design workshop', 'Great teaching', 'Mystery day', 'Phonics for Year 1']) {
      const r = scoreCourse({ title }, defaultPolicy);
      expect(r.total, title).toBe(50);
      expect(r.bandId).toBe('insufficient');
      expect(r.basis).toMatch(/We could judge 0 of \d+ criteria; the rest count as average/);
    }
  });

  it('hiding a fact never lifts a course above the same course with that fact stated at or above the prior', () => {
    let applied = 0;
    for (const full of courses(300)) {
      const a = scoreCourse(full, defaultPolicy, profile(), plan());
      for (const [name, drop] of Object.entries(hide)) {
        const b = scoreCourse(drop(full), defaultPolicy, profile(), plan());
        const changed = a.criteria.filter((c, i) => c.score !== b.criteria[i]!.score);
        // the fact only made criteria known, each at or above the prior: hiding it must not help
        if (changed.length && changed.every((c, i) => c.score !== null && c.score >= 0.5 && b.criteria[a.criteria.indexOf(c)]!.score === null && i >= 0)) {
          applied++;
          expect(b.total, `${name} of ${full.title}`).toBeLessThanOrEqual(a.total);
        }
      }
    }
    expect(applied).toBeGreaterThan(50);
  });

  it('a thin page no longer outscores a documented one: a price alone is not 94, and adding hours does not sink it', () => {
    const priceOnly: Course = { title: 'Leadership day', price: { amount: 150, currency: 'GBP', vat: 'included', basis: 'per-participant' } };
    const a = scoreCourse(priceOnly, defaultPolicy);
    const b = scoreCourse({ ...priceOnly, totalHours: 6 }, defaultPolicy);
    expect(a.total).toBeLessThan(60);
    expect(a.bandId).toBe('insufficient');
    expect(Math.abs(b.total - a.total)).toBeLessThan(10);
    const keynote: Course = { title: 'Motivational keynote', description: 'An inspiring, high-energy keynote to launch your year.', price: { amount: 1500, currency: 'GBP', vat: 'included', basis: 'per-school' }, sessions: [{ start: '2027-09-01T09:00:00Z', hours: 1.5 }], delivery: 'in-school' };
    const coaching: Course = { title: 'Year-long instructional coaching programme', description: 'Built on the EEF guidance report: fortnightly instructional coaching with observation and feedback, deliberate practice of techniques, action planning and follow-up between sessions. We evaluate impact on pupil outcomes with a baseline.', price: { amount: 4800, currency: 'GBP', vat: 'included', basis: 'per-school' }, delivery: 'in-school', sessions: ['2027-09-15', '2027-11-10', '2028-01-19', '2028-03-15', '2028-05-17'].map((d) => ({ start: `${d}T15:45:00Z`, hours: 1.5 })) };
    const k = scoreCourse(keynote, defaultPolicy, undefined, undefined, { cohort: 20 });
    const c = scoreCourse(coaching, defaultPolicy, undefined, undefined, { cohort: 20 });
    expect(c.total).toBeGreaterThan(k.total + 10);
  });

  it('the total is one number everywhere: criterion points, catalogue rank, commissioning and the request hand-off', () => {
    const list = courses(40, 5);
    const results = list.map((c) => scoreCourse(c, defaultPolicy, profile(), plan()));
    for (const r of results) expect(Math.abs(r.criteria.reduce((n, c) => n + c.points, 0) - r.total)).toBeLessThanOrEqual(1.5);
    const ranked = rankResults(results, (r: ScoreResult) => r);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.total).toBeGreaterThanOrEqual(ranked[i]!.total);
    const cmp = compareOptions(list.slice(0, 5), defaultPolicy, { cohort: 1, profile: profile(), plan: plan() });
    cmp.options.forEach((o, i) => expect(o.score.total).toBe(scoreCourse(list[i]!, defaultPolicy, profile(), plan(), { cohort: 1 }).total));
    const r = results[0]!;
    const decoded = decodeHandoff(encodeHandoff({ v: 1, course: list[0]!, targets: [], objectiveIds: [], score: { total: r.total, band: r.band, coverage: r.coverage } }));
    expect(decoded?.ok && decoded.value.score?.total).toBe(r.total);
  });

  it('every result explains itself: a verdict, reasons tied to criteria, a profile and a cost line', () => {
    for (const c of courses(50, 8)) {
      const r = scoreCourse(c, defaultPolicy, profile(), plan());
      expect(r.verdict).toBeTruthy();
      expect(r.profile).toBeTruthy();
      expect(r.cost).toBeTruthy();
      expect(r.questions.length).toBeLessThanOrEqual(5);
      const ids = new Set(r.criteria.map((k) => k.id));
      for (const reason of [...r.reasons!.for, ...r.reasons!.against]) expect(ids.has(reason.criterionId)).toBe(true);
    }
  });
});

describe('course-kind aware judgement and questions', () => {
  it('statutory training is flagged as required and not marked down for missing research or length', () => {
    const dsl: Course = { title: 'Designated Safeguarding Lead refresher training', description: 'Update your DSL knowledge in line with Keeping Children Safe in Education.', sessions: [{ start: '2027-02-02T09:30:00Z', hours: 3 }], price: { amount: 95, currency: 'GBP', vat: 'included', basis: 'per-participant' } };
    const r = scoreCourse(dsl, defaultPolicy);
    expect(r.profile).toMatchObject({ kind: 'statutory', statutory: true });
    for (const id of ['research-evidence', 'sustained']) expect(r.criteria.find((c) => c.id === id)!.notApplicable).toBe(true);
    expect(r.reasons!.for[0]!.text).toMatch(/Statutory/);
    expect(r.verdict).toMatch(/required/i);
  });

  it('questions fit the kind: no venue for online, eligibility for NPQs, resits for qualifications, alternatives for several dates', () => {
    const q = (c: Course) => scoreCourse(c, defaultPolicy).questions.map((x) => x.question).join(' | ');
    expect(q({ title: 'Webinar: oracy', delivery: 'online-live' })).not.toMatch(/venue/);
    expect(q({ title: 'NPQ for SENCOs' })).toMatch(/eligible for DfE funding/);
    expect(q({ title: 'Level 3 Award in Education and Training (qualification)' })).toMatch(/pass rates.*resits/);
    expect(q({ title: 'Behaviour workshop', sessions: [{ start: '2027-02-02T09:30:00Z' }, { start: '2027-05-04T09:30:00Z' }] })).toMatch(/alternatives/);
    for (const c of [{ title: 'x' }, { title: 'NPQ in Headship' }]) expect(scoreCourse(c, defaultPolicy).questions.length).toBeLessThanOrEqual(5);
  });
});
