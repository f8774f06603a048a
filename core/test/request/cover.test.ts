import { describe, expect, it } from 'vitest';
import { coverDaysFor } from '../../src/request/cover.ts';
import { defaultPolicy } from '../../src/policy/default-policy.ts';
import type { Course } from '../../src/model/course.ts';

const course = (extra: Partial<Course>): Course => ({ title: 'A course', ...extra });
const days = (extra: Partial<Course>) => coverDaysFor(course(extra), defaultPolicy);

describe('coverDaysFor: supply cover from the sessions', () => {
  it('a 1.5-hour twilight needs no cover (the issue: it suggested "1 days")', () => {
    expect(days({ sessions: [{ start: '2027-01-14T16:00', hours: 1.5 }], totalHours: 1.5 })).toEqual({ days: 0, basis: 'outside-school-day' });
  });
  it('an online session after school needs none; a Saturday needs none', () => {
    expect(days({ delivery: 'online-live', sessions: [{ start: '2027-01-14T15:45' }] }).days).toBe(0);
    expect(days({ sessions: [{ start: '2027-01-16T09:30', hours: 6 }] })).toEqual({ days: 0, basis: 'outside-school-day' });
  });
  it('a morning of up to half the school day is half a day; a full day is one; at most a day a session', () => {
    expect(days({ sessions: [{ start: '2027-01-14T09:00', hours: 3 }] }).days).toBe(0.5);
    expect(days({ sessions: [{ start: '2027-01-14T09:00', hours: 6 }] }).days).toBe(1);
    expect(days({ sessions: [{ start: '2027-01-14T09:00', hours: 9 }] }).days).toBe(1);
  });
  it('date-only sessions use the course hours shared between them, else a day each', () => {
    expect(days({ sessions: [{ start: '2027-01-14' }], totalHours: 2 }).days).toBe(0.5);
    expect(days({ sessions: [{ start: '2027-01-14' }, { start: '2027-01-21' }] }).days).toBe(2);
    expect(days({ sessions: [{ start: '2027-01-14T13:00' }] }).days).toBe(0.5);
  });
  it('two days with a twilight between them: two days', () => {
    expect(days({ sessions: [{ start: '2027-01-14T09:00', hours: 6 }, { start: '2027-01-20T16:00', hours: 1.5 }, { start: '2027-01-28T09:00', hours: 6 }] })).toEqual({ days: 2, basis: 'sessions' });
  });
  it('no sessions: the hours in half days; nothing known: null; self-paced: none', () => {
    expect(days({ totalHours: 6 })).toEqual({ days: 1, basis: 'hours' });
    expect(days({ totalHours: 2 })).toEqual({ days: 0.5, basis: 'hours' });
    expect(days({})).toEqual({ days: null, basis: 'unknown' });
    expect(days({ delivery: 'online-self-paced', totalHours: 20 })).toEqual({ days: 0, basis: 'self-paced' });
  });
  it('roles that are not covered need none', () => {
    expect(coverDaysFor(course({ totalHours: 6 }), defaultPolicy, { schemaVersion: 1, id: 'p', role: 'business-manager' as never, subjects: [], targets: [] }).basis).toBe('not-covered');
  });
});
