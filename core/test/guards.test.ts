import { describe, expect, it } from 'vitest';
import { coverDays, defaultPolicy, detectFeatures, extractCourses, feePerParticipant, vatRecoverable, type Course } from '../src/node.ts';
import { readDates } from '../src/parse/dates.ts';
import { judgeAnswer } from '../src/request/delivery.ts';

/**
 * Behaviours that once had no test (issue 24): each was changed in a copy and every test stayed green.
 * `tests/mutants.ts` breaks each of them again and checks that a test here fails.
 */
describe('behaviours a change must not break silently', () => {
  it('a policy that says VAT cannot be reclaimed counts VAT when no school type is known', () => {
    const policy = defaultPolicy;
    const course: Course = { title: 'Phonics leadership', price: { amount: 100, currency: 'GBP', vat: 'excluded', basis: 'per-participant' } };
    const paying = { ...policy, costs: { ...policy.costs, vatReclaimable: false } };
    const reclaiming = { ...policy, costs: { ...policy.costs, vatReclaimable: true } };
    expect(vatRecoverable(paying)).toBe(false);
    expect(vatRecoverable(reclaiming)).toBe(true);
    expect(feePerParticipant(course, paying).fee).toBeCloseTo(120, 2);
    expect(feePerParticipant(course, reclaiming).fee).toBeCloseTo(100, 2);
  });

  it('a page that only says "twilight" needs no supply cover', () => {
    const course: Course = { title: 'Early reading twilight', description: 'A twilight session for the KS1 team on early reading.' };
    expect(coverDays(course, defaultPolicy)).toBe(0);
  });

  it('a negation reaches three words back: "no formal follow-up" is not follow-up', () => {
    expect(detectFeatures('There is no formal follow-up after the day.').map((f) => f.kind)).not.toContain('follow-up');
    expect(detectFeatures('Every teacher gets follow-up coaching after the day.').map((f) => f.kind)).toContain('follow-up');
  });

  it('a gig guide is no course, even with a date, a price and a booking link', () => {
    const html = `<html><head><title>The Twilight Sad – tour dates and live music</title></head><body><main>
      <h1>The Twilight Sad – tour dates and live music</h1><p>Friday 12 March 2027, doors 7pm</p><p>Tickets £25</p>
      <a href="https://tickets.example/book">Book tickets</a></main></body></html>`;
    for (const context of ['browse', 'provider', 'asked'] as const) expect(extractCourses(html, 'https://venue.example/gigs/twilight-sad', { context })).toEqual([]);
  });

  it('an event whose schema.org description is live music is no course, though the band is called "Class …"', () => {
    const event = { '@context': 'https://schema.org', '@type': 'Event', name: 'Class Actress', description: 'Live music from Class Actress and support.', startDate: '2027-03-12T19:00', location: { '@type': 'Place', name: 'The Roundhouse' }, offers: { '@type': 'Offer', price: '25', priceCurrency: 'GBP' } };
    const html = `<html><head><title>Class Actress at the Roundhouse</title><script type="application/ld+json">${JSON.stringify(event)}</script></head><body><main>
      <h1>Class Actress</h1><p>Friday 12 March 2027, 7pm</p><p>Tickets £25</p><a href="https://tickets.example/book">Book tickets</a></main></body></html>`;
    for (const context of ['browse', 'provider', 'asked'] as const) expect(extractCourses(html, 'https://venue.example/whats-on/class-actress', { context })).toEqual([]);
  });

  it('reads Welsh months, "tan" ranges and "dydd Mawrth" as Tuesday', () => {
    expect(readDates('3 Medi 2024').dates).toEqual(['2024-09-03']);
    expect(readDates('3 tan 5 Medi 2024').dates).toEqual(['2024-09-03', '2024-09-04', '2024-09-05']);
    expect(readDates('Dydd Mawrth 3 Medi 2024').dates).toEqual(['2024-09-03']);
    expect(readDates('Dydd Mawrth 3 a Dydd Mercher 4 Hydref 2024').dates).toEqual(['2024-10-03', '2024-10-04']);
  });

  it('honours a receiver’s Retry-After', async () => {
    const item = { id: 'r1', endpoint: 'https://school.example/api', document: {}, attempts: 0, status: 'queued', createdAt: 0, nextAttemptAt: 0 } as never;
    const response = { status: 503, headers: new Headers({ 'retry-after': '120' }), text: async () => 'busy' };
    const result = await judgeAnswer(item, response, Date.parse('2027-01-14T10:00:00Z'));
    expect(result).toMatchObject({ kind: 'retry', retryAfterMs: 120_000 });
  });
});
