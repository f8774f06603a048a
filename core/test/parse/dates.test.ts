import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/parse/dates.ts';
import { agendaSpan } from '../../src/parse/agenda.ts';
import { extractCourses } from '../../src/node.ts';

describe('dates a page writes without a year or in American order', () => {
  it('reads "1/22/2007" month first when it cannot be day first, and keeps "2/5/2007" day first as the UK writes it', () => {
    expect(readDates('(Begins 1/22/2007; ends 1/22/2007)').dates).toEqual(['2007-01-22']);
    expect(readDates('Begins 12/13/2006').dates).toEqual(['2006-12-13']);
    expect(readDates('Begins 2/5/2007').dates).toEqual(['2007-05-02']);
  });

  it("takes the page's year, or the year either side in which the weekday the line gives falls on that date", () => {
    expect(readDates('Scheduled: Mon., Feb 5, 1 - 4 p.m.', 2006).dates).toEqual(['2007-02-05']);
    expect(readDates('Monday 5 February', 2006).dates).toEqual(['2007-02-05']);
    expect(readDates('Dydd Llun 5 Chwefror', 2006).dates).toEqual(['2007-02-05']);
    // no year fits the weekday (a typo): the page's year stands
    expect(readDates('Thursday 4 February', 2006).dates).toEqual(['2006-02-04']);
    // no weekday: the page's year
    expect(readDates('5 February', 2006).dates).toEqual(['2006-02-05']);
    // a line that names its one year apart from its dates dates them in it, not in the page's
    expect(readDates('Available on your INSET day – popular dates for 2027 include Monday 4 January and Friday 28 May.', 2009).dates).toEqual(['2027-01-04', '2027-05-28']);
    expect(readDates('Our 2026 and 2027 programmes: Monday 4 January', 2009).dates).toEqual(['2010-01-04']);
  });
  it('leaves the break out of a day given in two parts ("from 9:00am to 12:00pm and from 1:00pm to 3:30pm")', () => {
    expect(readDates('The day runs from 9:00am to 12:00pm and from 1:00pm to 3:30pm, with lunch in between.')).toMatchObject({ start: 540, end: 930, minutes: 330 });
    expect(readDates('9:30am – 3:30pm')).toEqual({ dates: [], start: 570, end: 930 });
  });
  it('reads the range a dash joins, not a lone time before it ("Registration 9.00am, sessions 9.30am – 4.15pm")', () => {
    expect(readDates('Thursday 22 April 2027 · Keble College, Oxford · Registration 9.00am, sessions 9.30am – 4.15pm')).toMatchObject({ start: 570, end: 975 });
    expect(readDates('9.30 for 10.00am – 3.30pm')).toMatchObject({ start: 600, end: 930 });
  });
  it('reads a time range that ends a sentence ("Day 2: 09:00–15:30.")', () => {
    expect(readDates('Day 2: 09:00–15:30.')).toMatchObject({ start: 540, end: 930 });
    expect(readDates('Friday 27.2.2015, 10.30 Uhr').dates).toEqual(['2015-02-27']);
  });
  it("reads no session from a labelled line's deadline sentence ('Start: September 2027. Applications close on Friday 30 April 2027.')", () => {
    const html = '<main><h1>National MA Education (Wales)</h1><p>A part-time master\'s programme over three years, taught online through evening seminars and study weekends.</p><p>Start: September 2027. Applications close on Friday 30 April 2027.</p></main>';
    expect(extractCourses(html, 'https://provider.example/ma', { context: 'provider' })[0]?.sessions ?? []).toEqual([]);
    const dated = '<main><h1>Phonics leadership day</h1><p>Date: Thursday 4 March 2027, 9.30am – 3.30pm. Bookings close on Friday 26 February 2027.</p></main>';
    expect(extractCourses(dated, 'https://provider.example/day', { context: 'provider' })[0]?.sessions?.map((s) => s.start.slice(0, 10))).toEqual(['2027-03-04']);
  });

  it("takes a dated day's hours from its timetable in parts, without the lunch between them", () => {
    const html = (programme: string): string => `<main><h1>Moving to Learn: multi-sensory strategies</h1><p>Tuesday 9 March 2027 · Leeds · 9.30am – 3.15pm</p><h2>Programme</h2>${programme}<p>Cost: £175 including VAT.</p></main>`;
    const hours = (programme: string): number | undefined => extractCourses(html(programme), 'https://provider.example/day', { context: 'provider' })[0]?.sessions?.[0]?.hours;
    expect(hours('<p>Session 1, 9.30am–12.00pm: why movement matters.</p><p>Session 2, 12.45pm–3.15pm: in the classroom.</p>')).toBe(5);
    // a timetable of another day, or none, leaves the date line's hours
    expect(hours('<p>Follow-up clinic, 4.00pm–5.00pm, online.</p>')).toBe(5.75);
    expect(hours('<p>Two sessions with a break for lunch.</p>')).toBe(5.75);
  });

  it('reads the dates of a paragraph about the school terms, and still not those in terms and conditions', () => {
    const html = '<main><h1>Early Reading Lesson Study</h1><p>The group meets for four half days across the spring and summer terms: an opening morning on Thursday 4 February 2027, two research-lesson mornings on Thursday 4 March and Thursday 15 April 2027, and a final morning on Thursday 20 May 2027. Each morning runs from 8.45am to 12.15pm.</p><p>The cost is £380 per school, which covers two teachers, plus VAT.</p><p>Terms and conditions last revised on Monday 2 November 2026.</p></main>';
    const sessions = extractCourses(html, 'https://provider.example/lesson-study', { context: 'provider' })[0]?.sessions?.map((s) => s.start.slice(0, 10));
    expect(sessions).toEqual(['2027-02-04', '2027-03-04', '2027-04-15', '2027-05-20']);
  });
  it("takes a day's span from its one-line timetable: from the first item after arrival to the close", () => {
    expect(agendaSpan('8.30 Registration · 9.00 Welcome · 9.15 Keynote 1 · 12.00 Lunch · 14.30 Panel · 16.30 Close')).toEqual({ start: 540, end: 990 });
    expect(agendaSpan('9:30 Coffee, 10:00 Session one, 12:30 Lunch, 1:30 Session two, 3:30 Close')).toEqual({ start: 600, end: 930 });
    expect(agendaSpan('9.00 Welcome · 9.15 Keynote')).toBeUndefined();
    const html = '<main><h1>The Inspired Teacher Conference 2027</h1><p>Friday 5 March 2027 · Central Hall Westminster, London</p><p>Join 800 teachers for a conference day.</p><h2>Timetable</h2><p>8.30 Registration · 9.00 Welcome · 9.15 Keynote 1 · 12.00 Lunch · 14.30 Panel · 16.30 Close</p><p>Standard ticket: £249 + VAT</p></main>';
    expect(extractCourses(html, 'https://www.example.org.uk/conf', { context: 'asked' })[0]?.sessions?.[0]?.hours).toBe(7.5);
  });
});
