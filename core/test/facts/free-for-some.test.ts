import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreCourse } from '../../src/index.ts';
import { extractCourses } from '../../src/node.ts';
import { readFreeOrFunded } from '../../src/parse/price.ts';
import { readParts } from '../../src/facts/index.ts';
import { lines } from './parts.ts';

const page = (html: string): string => `<!doctype html><html><head><title>Adaptive teaching in maths</title></head><body><main><h1>Adaptive teaching in maths</h1><p>A one-day course for maths teachers with a gap task and a follow-up session.</p><dl><dt>Date</dt><dd>Tuesday 9 March 2027, 9:00–15:30</dd><dt>Venue</dt><dd>Harbour Academy, Plymouth</dd>${html}<dt>Trainer</dt><dd>Jo Smith, maths lead</dd></dl><p><a href="/book">Book a place</a></p></main></body></html>`;

describe('free for some schools only (issue 22)', () => {
  it('is never a £0 price: "free to trust schools", "free for members", "free for maintained schools"', () => {
    for (const t of ['Free to Harbour Learning Trust schools', 'Cost: Free to trust schools', 'Free for members', 'Free for all members', 'Free for maintained schools', 'Free to our partner schools']) expect(readFreeOrFunded(t), t).toBeUndefined();
  });

  it('still reads free for everyone as £0', () => {
    for (const t of ['Free to attend', 'Cost: free', 'Free for all', 'Free for schools', 'Free of charge', 'Free CPD for all', 'Free to members and non-members.']) expect(readFreeOrFunded(t)?.amount, t).toBe(0);
  });

  it('keeps the words as a £0 member rate beside an unknown fee', () => {
    const facts = readParts(lines('Cost: Free to Harbour Learning Trust schools'));
    expect(facts.price).toBeUndefined();
    expect(facts.charges).toEqual([{ type: 'member', amount: 0, currency: 'GBP', quote: 'Free to Harbour Learning Trust schools' }]);
  });

  it('a page free to one trust’s schools has no price, is not judged a modest price, and asks whether it is free for us', () => {
    const course = extractCourses(page('<dt>Cost</dt><dd>Free to Harbour Learning Trust schools</dd>'), 'https://harbour.example/cpd/adaptive')[0]!;
    expect(course.price).toBeUndefined();
    const r = scoreCourse(course, defaultPolicy);
    expect(r.criteria.find((c) => c.id === 'value-for-money')!.score).toBeNull();
    expect(r.value.feePerParticipant).toBeNull();
    expect(JSON.stringify(r.reasons)).not.toMatch(/modest price/);
    expect(r.questions.map((q) => q.question)).toContain('The page says “Free to Harbour Learning Trust schools”: is it free for our school, and if not, what is the price per participant?');
  });

  it('takes the price stated for other schools', () => {
    const course = extractCourses(page('<dt>Cost</dt><dd>Free to Harbour Learning Trust schools. Schools outside the trust: £675 + VAT per participant.</dd>'), 'https://harbour.example/cpd/adaptive')[0]!;
    expect(course.price).toMatchObject({ amount: 675, vat: 'excluded' });
  });
});
