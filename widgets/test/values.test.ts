import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '@cpd-lens/core';
import { applyHandoff, buildRequest, emptyValues, targetId, validate, valuesFromDraft, type FormValues } from '../src/request-form/values.ts';
import { translate } from '../src/internal/i18n.ts';

const filled = (): FormValues => ({
  ...emptyValues(),
  name: 'Sam Jones',
  courseTitle: 'Phonics in Year 1',
  start: '2027-01-14',
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
    const v = { ...filled(), email: 'sam@', url: 'javascript:alert(1)', supplyDays: '0.3', end: '2027-01-01' };
    expect(validate(v, false).map((e) => e.field)).toEqual(['email', 'url', 'end', 'supply-days']);
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

describe('drafts and hand-offs', () => {
  it('reads back a draft field by field, ignoring junk', () => {
    const v = valuesFromDraft({ name: 'Sam', fee: 12, targets: [{ id: 'a', text: 'x' }, 'junk'], evaluation: ['use', 3] });
    expect(v.name).toBe('Sam');
    expect(v.fee).toBe('');
    expect(v.targets).toEqual([{ id: 'a', text: 'x' }]);
    expect(v.evaluation).toEqual(['use']);
  });

  it('lets the hand-off win for the course and keeps everything else typed', () => {
    const v = applyHandoff({ ...filled(), courseTitle: 'Old' }, { v: 1, course: { title: 'New course', provider: 'P' }, targets: [{ id: 't2', text: 'Maths' }], objectiveIds: ['sdp-2'] }, 60, 3);
    expect(v).toMatchObject({ courseTitle: 'New course', provider: 'P', fee: '60', hours: '3', name: 'Sam Jones', practice: 'Daily phonics', targetIds: ['t1', 't2'], objectiveIds: ['sdp-2'] });
  });

  it('gives typed targets short, unique ids', () => {
    const taken = [{ id: 't-maths', text: 'Maths' }];
    expect(targetId('Maths!', taken)).toBe('t-maths-2');
    expect(targetId('  ', [])).toBe('t-target');
  });
});
