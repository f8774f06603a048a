import { costRecord, defaultPolicy, scoreCourse, type Course, type ScoreResult } from '@cpd-lens/core';
import { describe, expect, it } from 'vitest';
import { LABEL } from '../i18n/label.ts';
import { costLine, coverageWords, groupCriteria, reasonsOf, topQuestions } from '../ui/breakdown/model.ts';
import { statusOf } from '../background/verdict.ts';

const t = LABEL.en;
const course: Course = {
  title: 'Metacognition in the primary classroom',
  description: 'A sustained programme of three twilight sessions grounded in EEF research evidence, with coaching between sessions.',
  price: { amount: 195, currency: 'GBP', vat: 'excluded', basis: 'per-participant' },
  sessions: [{ start: '2030-10-06T15:45:00+01:00', end: '2030-10-06T17:15:00+01:00' }],
};
const result = scoreCourse(course, defaultPolicy);

describe('the label’s summary, from today’s result fields', () => {
  it('falls back to the strongest criteria for reasons when the judgement gives none', () => {
    const reasons = reasonsOf(result);
    expect(reasons.for.length).toBeGreaterThan(0);
    expect(reasons.for.length).toBeLessThanOrEqual(2);
    for (const r of reasons.for) expect(result.criteria.find((c) => c.id === r.criterionId)!.score!).toBeGreaterThanOrEqual(0.6);
  });

  it('uses the judgement’s own reasons and cost line when present', () => {
    const judged: ScoreResult = {
      ...result,
      reasons: { for: [{ criterionId: 'sustained', text: 'Runs over a term with gap tasks' }], against: [{ criterionId: 'research-evidence', text: 'No evaluation named' }] },
      cost: { fee: 195, vat: 39, vatRecoverable: false, coverDays: 1, cover: 180, total: 414, perParticipantHour: 92, funded: false },
    };
    expect(reasonsOf(judged)).toEqual({ for: [{ criterionId: 'sustained', text: 'Runs over a term with gap tasks' }], against: [{ criterionId: 'research-evidence', text: 'No evaluation named' }] });
    expect(costLine(judged, t)).toBe('fee £195 · VAT £39 · supply cover for 1 day £180 · total £414 · £92 per person per hour of training');
  });

  it('shows a per-school price as the school’s total with the per-head figure beside it, VAT not stated and travel on top (issue 21)', () => {
    const inset: Course = { title: 'INSET', price: { amount: 1250, currency: 'GBP', vat: 'unknown', basis: 'per-school', covers: 40, text: '£1,250 per school (up to 40 staff), plus travel' }, totalHours: 6, delivery: 'in-school' };
    const scored = scoreCourse(inset, defaultPolicy);
    expect(costLine(scored, t, costRecord(inset, defaultPolicy, { profile: scored.profile! }))).toMatch(/^fee £1,250 for the school, up to 40 staff \(£31\.25 per head\) · VAT not stated( · supply cover .*)? · plus travel$/);
  });

  it('says when the page gives no price, never £0', () => {
    const free = scoreCourse({ title: 'A course with no price' }, defaultPolicy);
    expect(costLine(free, t)).toBeNull();
  });

  it('explains coverage in words', () => {
    expect(coverageWords(0.9, t)).toMatch(/^The page answers 90% .*well-founded/);
    expect(coverageWords(0.2, t)).toMatch(/first guess/);
  });

  it('asks at most three questions, those of the heaviest criteria first', () => {
    const qs = topQuestions(result);
    expect(qs.length).toBeLessThanOrEqual(3);
    const weight = (id: string) => result.criteria.find((c) => c.id === id)!.weight;
    for (let i = 1; i < qs.length; i++) expect(weight(qs[i - 1]!.criterionId)).toBeGreaterThanOrEqual(weight(qs[i]!.criterionId));
  });

  it('groups every weighted criterion once, on a 0–5 scale, quoting each piece of evidence once', () => {
    const groups = groupCriteria(result.criteria);
    const shown = groups.flatMap((g) => g.items);
    expect(shown.length).toBe(result.criteria.filter((c) => c.weight > 0).length);
    for (const c of shown) if (c.score !== null) expect(c.score).toBeGreaterThanOrEqual(0), expect(c.score).toBeLessThanOrEqual(1);
    const quotes = shown.flatMap((c) => c.evidence.map((e) => e.text));
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(groups.map((g) => g.group)).toEqual([...groups.map((g) => g.group)].sort((a, b) => ['fit', 'quality', 'value', 'practical'].indexOf(a) - ['fit', 'quality', 'value', 'practical'].indexOf(b)));
  });
});

describe('whether an event can still be booked', () => {
  it('is past once every session has ended, when the judgement has no status', () => {
    const past = { ...course, sessions: [{ start: '2023-10-06T15:45:00+01:00' }] };
    expect(statusOf(past, scoreCourse(past, defaultPolicy), new Date('2026-01-01'))).toBe('past');
    expect(statusOf(course, result, new Date('2026-01-01'))).toBe('open');
    expect(statusOf({ title: 'x' }, result)).toBe('unknown');
  });

  it('follows the judgement’s status when present', () => {
    const profile = { kind: 'course' as const, kindEvidence: [], schedule: { sessions: 1, contactHours: 1.5, spanDays: 0, alternatives: 0, sustained: false, timing: 'twilight' as const, daysOutOfClass: 0, evidence: [] }, statutory: false, funding: null, status: 'full' as const };
    expect(statusOf(course, { ...result, profile })).toBe('full');
  });
});
