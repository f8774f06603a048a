import { describe, expect, it } from 'vitest';
import { costRecord, defaultPolicy } from '@cpd-lens/core';
import { buildRequest } from '../src/request-form/build-request.ts';
import { applyHandoff, emptyValues, mergeTyped, targetId, validate, valuesFromDraft, type FormValues } from '../src/request-form/values.ts';
import { translate } from '../src/internal/i18n.ts';

const filled = (): FormValues => ({
  ...emptyValues(),
  name: 'Sam Jones',
  courseTitle: 'Phonics in Year 1',
  startDay: '14',
  startMonth: '1',
  startYear: '2027',
  fee: '£1,195.50',
  travel: '',
  supplyDays: '1.5',
  targets: [{ id: 't1', text: 'Improve phonics teaching', sdpObjectiveId: 'sdp-1' }],
  targetIds: ['t1'],
  practice: 'Daily phonics',
  pupils: 'More pupils pass the check',
  sharing: 'Staff meeting',
  approach: 'course-or-conference',
  evaluation: ['pupils', 'reaction'],
});

describe('validating the request form', () => {
  it('accepts a complete form', () => {
    expect(validate(filled(), false)).toEqual([]);
  });

  it('lists what is missing in question order, in plain English', () => {
    const keys = validate(emptyValues(), false).map((e) => e.key);
    expect(keys).toEqual(['v.name', 'v.courseTitle', 'v.start', 'v.fee', 'v.targets', 'v.practice', 'v.pupils', 'v.sharing', 'v.approach', 'v.evaluation']);
    for (const key of keys) expect(translate('en', key)).not.toMatch(/invalid|valid|please|sorry/i);
  });

  it('checks formats: email, web address, half days, last day after first', () => {
    const v = { ...filled(), email: 'sam@', url: 'javascript:alert(1)', supplyDays: '0.3', endDay: '1', endMonth: '1', endYear: '2027' };
    expect(validate(v, false).map((e) => e.field)).toEqual(['email', 'url', 'end-day', 'supply-days']);
  });

  it('accepts an SDP objective instead of a target only when the school offers objectives', () => {
    const v = { ...filled(), targetIds: [], objectiveIds: ['sdp-1'] };
    expect(validate(v, true)).toEqual([]);
    expect(validate(v, false).map((e) => e.key)).toEqual(['v.targets']);
  });
});

describe('building the request', () => {
  it('prices supply cover at the policy rate and adds the targets’ objectives', () => {
    const built = buildRequest(filled(), { id: 'r1', now: new Date('2026-11-23T10:00:00Z'), policy: defaultPolicy });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request.costs).toEqual({ fee: 1195.5, travel: 0, supplyDays: 1.5, supplyCost: 375, total: 1570.5 });
    expect(built.request.objectiveIds).toEqual(['sdp-1']);
    expect(built.request.evaluation).toEqual(['reaction', 'pupils']);
  });
});

describe('the GOV.UK date input', () => {
  const date = (day: string, month: string, year: string) => ({ ...filled(), startDay: day, startMonth: month, startYear: year });
  const startError = (v: FormValues) => validate(v, false).find((e) => e.group === 'start');
  it('says which part is missing, marks it and links to it', () => {
    expect(startError(date('14', '', '2027'))).toMatchObject({ key: 'v.date.month', field: 'start-month', parts: ['month'] });
    expect(startError(date('', '', '2027'))).toMatchObject({ key: 'v.date.dayMonth', field: 'start-day', parts: ['day', 'month'] });
    expect(translate('en', 'v.date.month', { label: translate('en', 'date.startLabel') })).toBe('First day of the course must include a month');
  });
  it('refuses dates that do not exist, and a last day before the first', () => {
    expect(startError(date('31', '2', '2027'))?.key).toBe('v.date.real');
    expect(startError(date('14', '13', '2027'))?.key).toBe('v.date.real');
    expect(startError(date('14', '1', '27'))?.key).toBe('v.date.real');
    expect(validate({ ...filled(), endDay: '13', endMonth: '1', endYear: '2027' }, false).map((e) => e.key)).toEqual(['v.endBefore']);
    expect(validate({ ...filled(), endDay: '', endMonth: '2', endYear: '' }, false).map((e) => e.key)).toEqual(['v.date.dayYear']);
  });
  it('posts the dates as ISO days', () => {
    const built = buildRequest({ ...filled(), endDay: '15', endMonth: '1', endYear: '2027' }, { id: 'r1', now: new Date('2026-12-01T10:00:00Z'), policy: defaultPolicy });
    expect(built.ok && built.request.dates).toEqual(['2027-01-14', '2027-01-15']);
  });
});

describe('drafts and hand-offs', () => {
  it('reads back a draft field by field, ignoring junk', () => {
    const v = valuesFromDraft({ name: 'Sam', fee: 12, targets: [{ id: 'a', text: 'x' }, 'junk'], evaluation: ['use', 3] });
    expect(v.name).toBe('Sam');
    expect(v.fee).toBe('');
    expect(v.targets).toEqual([{ id: 'a', text: 'x' }]);
    expect(v.evaluation).toEqual(['use']);
  });

  const served = (targets: string[], objectives: string[] = []) => ({ targets: new Set(targets), objectives: new Set(objectives) });

  it('lets the hand-off win for the course and keeps everything else typed', () => {
    const v = applyHandoff({ ...filled(), courseTitle: 'Old' }, { v: 1, course: { title: 'New course', provider: 'P' }, targets: [{ id: 't2', text: 'Maths' }], objectiveIds: ['sdp-2'] }, { fee: 60, hours: 3, served: served(['t2'], ['sdp-2']), objectiveIds: ['sdp-1', 'sdp-2'] });
    expect(v).toMatchObject({ courseTitle: 'New course', provider: 'P', fee: '60', hours: '3', name: 'Sam Jones', practice: 'Daily phonics', targetIds: ['t1', 't2'], objectiveIds: ['sdp-2'] });
  });

  it('offers every hand-off target but ticks only those the course really serves, and never keeps an unknown objective id', () => {
    const handoff = {
      v: 1 as const,
      course: { title: 'Phonics', sessions: [{ start: '2027-03-04T09:30' }, { start: '2027-03-18T09:30' }] },
      targets: [
        { id: 'strong', text: 'Improve phonics teaching', sdpObjectiveId: 'sdp-mx134i7r-0' },
        { id: 'weak', text: 'Manage behaviour in Year 6' },
      ],
      objectiveIds: ['sdp-mx134i7r-0', 'sdp-1'],
    };
    const v = applyHandoff(emptyValues(), handoff, { fee: null, hours: null, served: served(['strong'], ['sdp-1']), objectiveIds: ['sdp-1'] });
    expect(v.targets.map((t) => t.id)).toEqual(['strong', 'weak']);
    expect(v.targets[0]).not.toHaveProperty('sdpObjectiveId');
    expect(v.targetIds).toEqual(['strong']);
    expect(v.objectiveIds).toEqual(['sdp-1']);
    expect([v.startDay, v.startMonth, v.startYear, v.endDay, v.endMonth, v.endYear]).toEqual(['4', '3', '2027', '18', '3', '2027']);
  });

  it('reads a draft saved with the browser date control (ISO dates) into day, month and year', () => {
    const v = valuesFromDraft({ start: '2027-01-14', end: '2027-01-15' });
    expect([v.startDay, v.startMonth, v.startYear, v.endDay]).toEqual(['14', '1', '2027', '15']);
  });

  it('gives typed targets short, unique ids', () => {
    const taken = [{ id: 't-maths', text: 'Maths' }];
    expect(targetId('Maths!', taken)).toBe('t-maths-2');
    expect(targetId('  ', [])).toBe('t-target');
  });
});

describe('answers typed before the saved draft is read', () => {
  it('win field by field over the draft, and the targets on offer from both are kept', () => {
    const saved: FormValues = { ...emptyValues(), name: 'Sam Jones', courseTitle: 'Old course', targets: [{ id: 't1', text: 'Phonics' }], targetIds: ['t1'] };
    const typed: FormValues = { ...emptyValues(), courseTitle: 'New course', targets: [{ id: 't2', text: 'Maths' }], targetIds: ['t2'] };
    const merged = mergeTyped(saved, typed, new Set(['courseTitle', 'targets', 'targetIds'] as const));
    expect(merged.name).toBe('Sam Jones');
    expect(merged.courseTitle).toBe('New course');
    expect(merged.targets.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(merged.targetIds).toEqual(['t2']);
    expect(mergeTyped(saved, typed, new Set())).toEqual(saved);
  });
});

/** A stand-in for the form element with the intranet's `staff-id` and `staff-group` attributes. */
const staffElement = (id: string, group: string) => ({ getAttribute: (name: string) => (name === 'staff-id' ? id : name === 'staff-group' ? group : null) }) as unknown as Element;

describe('the cost record from the hand-off to the request (issue 21)', () => {
  const inset = {
    title: 'Whole-School INSET: Curriculum Sequencing',
    price: { amount: 1250, currency: 'GBP', vat: 'unknown' as const, basis: 'per-school' as const, covers: 40, text: '£1,250 per school (up to 40 staff), plus travel' },
    totalHours: 6,
  };
  const record = costRecord(inset, defaultPolicy);
  const policy = { costs: { ...defaultPolicy.costs, supplyCoverDayRate: 265 } };

  it('keeps a per-school price as the school’s £1,250 total with its VAT unknown, and carries the record unchanged', () => {
    const values = { ...filled(), courseTitle: inset.title, fee: '1250', supplyDays: '0' };
    const built = buildRequest(values, { id: 'r-1', now: new Date('2026-10-01T10:00:00Z'), policy, base: inset, cost: record, host: staffElement('sj1', 'support') });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.request.course.price).toEqual(inset.price);
    expect(built.request.costs).toMatchObject({ fee: 1250, travel: 0, total: 1250, record });
    expect(built.request.costs.record).toMatchObject({ feePence: 125_000, perHeadPence: 3125, vat: 'unknown', travel: 'extra' });
    expect(built.request.requester).toMatchObject({ staffId: 'sj1', staffGroup: 'support' });
  });

  it('prices cover at the school’s own £265, and a typed fee replaces the price with VAT unknown, never “included”', () => {
    const values = { ...filled(), courseTitle: inset.title, fee: '900', supplyDays: '1' };
    const built = buildRequest(values, { id: 'r-2', now: new Date(), policy, phase: 'secondary', base: inset, cost: record });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.request.costs).toMatchObject({ fee: 900, supplyCost: 265, total: 1165 });
    expect(built.request.costs.record).toBeUndefined();
    expect(built.request.course.price).toMatchObject({ amount: 900, vat: 'unknown', basis: 'per-participant' });
  });
});
