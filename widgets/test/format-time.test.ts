import { describe, expect, it } from 'vitest';
import { formatTime } from '../src/internal/format.ts';

describe('retry and draft times say the day when it is not today (issue 20)', () => {
  const now = new Date(2026, 11, 7, 23, 40).getTime();
  it('today: the time alone', () => {
    expect(formatTime(new Date(2026, 11, 7, 23, 50).getTime(), 'en', now)).toBe('23:50');
  });
  it('tomorrow (a Retry-After of a day): the time and the date, in English and Welsh', () => {
    const tomorrow = new Date(2026, 11, 8, 23, 50).getTime();
    expect(formatTime(tomorrow, 'en', now)).toBe('23:50 on Tuesday 8 December');
    expect(formatTime(tomorrow, 'cy', now)).toMatch(/^23:50 ar .*8 Rhagfyr$/);
  });
  it('another year: with the year', () => {
    expect(formatTime(new Date(2027, 0, 2, 9, 5).getTime(), 'en', now)).toMatch(/^09:05 on Saturday,? 2 January 2027$/);
  });
});
