import { describe, expect, it } from 'vitest';
import { weeklyDates } from '../../src/parse/weekly.ts';
import { extractCourses } from '../../src/node.ts';

describe('a weekly series stated as a rule', () => {
  it('"Every Wednesday … from 13 January to 24 March (no session during half term, 17 February)" is ten Wednesdays', () => {
    const line = 'Every Wednesday, 4:00pm – 5:30pm, from Wednesday 13 January 2027 to Wednesday 24 March 2027 (no session during half term, 17 February). 10 sessions.';
    const dates = weeklyDates(line, ['2027-01-13', '2027-02-17', '2027-03-24'])!;
    expect(dates).toHaveLength(10);
    expect(dates).not.toContain('2027-02-17');
    expect(dates[0]).toBe('2027-01-13');
    expect(dates.at(-1)).toBe('2027-03-24');
  });

  it('reads the Welsh "Bob dydd Mercher … tan … (dim sesiwn …)" the same way', () => {
    const line = 'Bob dydd Mercher, 4:00yp – 5:30yp, o ddydd Mercher 13 Ionawr 2027 tan ddydd Mercher 24 Mawrth 2027 (dim sesiwn yn ystod hanner tymor, 17 Chwefror).';
    expect(weeklyDates(line, ['2027-01-13', '2027-02-17', '2027-03-24'])).toHaveLength(10);
  });

  it('reads "Mondays, 16:00–17:30, ten weekly sessions starting Monday 11 January 2027" as ten Mondays', () => {
    const dates = weeklyDates('Mondays, 16:00–17:30, ten weekly sessions starting Monday 11 January 2027 (no session in half-term week).', ['2027-01-11']);
    expect(dates).toHaveLength(10);
    expect(dates?.[1]).toBe('2027-01-18');
  });
  it('reads "every Monday evening … for 30 weeks starting Monday 11 January 2027" as thirty Mondays', () => {
    const line = 'When: every Monday evening, 6.00pm – 8.00pm, for 30 weeks starting Monday 11 January 2027 (no lessons during school holidays)';
    const dates = weeklyDates(line, ['2027-01-11'])!;
    expect(dates).toHaveLength(30);
    expect(dates[1]).toBe('2027-01-18');
    expect(weeklyDates('Monday 11 January 2027, for 30 weeks', ['2027-01-11'])).toBeUndefined();
  });

  it('leaves dates alone when the line states no rule, or its dates are not on the weekday it names', () => {
    expect(weeklyDates('Wednesday 13 January and Wednesday 24 March 2027', ['2027-01-13', '2027-03-24'])).toBeUndefined();
    expect(weeklyDates('Every Tuesday from 13 January to 24 March 2027', ['2027-01-13', '2027-03-24'])).toBeUndefined();
    expect(weeklyDates('Every Wednesday from 13 January 2027', ['2027-01-13'])).toBeUndefined();
    expect(weeklyDates('Every Tuesday for 10 weeks from 13 January 2027', ['2027-01-13'])).toBeUndefined();
  });

  it('gives a course its ten sessions, so fifteen contact hours, on a page', () => {
    const html = '<main><h1>Welsh in the Classroom – Foundation level</h1><p>A ten-week online course for teachers who want to use more Welsh in the classroom.</p><h2>When</h2><p>Every Wednesday, 4:00pm – 5:30pm, from Wednesday 13 January 2027 to Wednesday 24 March 2027 (no session during half term, 17 February). 10 sessions.</p><p>Cost: Free.</p></main>';
    const [course] = extractCourses(html, 'https://www.example.org.uk/cwrs', { context: 'asked' });
    expect(course?.sessions?.length).toBe(10);
    expect(course?.sessions?.reduce((n, s) => n + (s.hours ?? 0), 0)).toBe(15);
  });
});
