import { describe, expect, it } from 'vitest';
import { readAccess, readChoices, readConflicts, readDeadline, readFunding, readParts, readSpan, readStatus, readTimeRange, readTrainer, readAmounts, chooseFee } from '../../src/facts/index.ts';
import { lines, partsOf } from './parts.ts';

describe('status, funding and trainer statements', () => {
  it('reads sold out, waiting list, cancelled and taken place, not a condition or one full date among several', () => {
    expect(readStatus(lines('SOLD OUT – this event has now taken place'))?.value).toBe('past');
    expect(readStatus(lines('Fully booked: join the waiting list'))?.value).toBe('sold-out');
    expect(readStatus(lines('This course has been cancelled.'))?.value).toBe('cancelled');
    expect(readStatus(lines('Bookings for this webinar have now closed.'))?.value).toBe('closed');
    expect(readStatus(lines('Registration is now closed.'))?.value).toBe('closed');
    expect(readStatus(lines('If bookings are closed, join our mailing list.'))).toBeUndefined();
    expect(readStatus(lines('If the course is cancelled we refund the fee in full.'))).toBeUndefined();
    expect(readStatus(lines('This event has been postponed until further notice.'))?.value).toBe('cancelled');
    expect(readStatus(lines('Postponed: the conference, planned for Saturday 13 March 2027, has been postponed. It will now take place on Saturday 12 June 2027.'))).toBeUndefined();
    expect(readStatus(lines('This course has been postponed to Thursday 4 March 2027.'))).toBeUndefined();
    expect(readStatus(lines('Postponed: Saturday 12 June 2027'))).toBeUndefined();
    // postponed with no new date yet: nothing to book today, in English and Welsh
    expect(readStatus(lines('This webinar, planned for Thursday 3 December 2026, has been postponed. A new date will be announced during the spring term.'))?.value).toBe('cancelled');
    expect(readStatus(lines("WEDI'I OHIRIO / POSTPONED"))?.value).toBe('cancelled');
    expect(readStatus(partsOf('<ul><li>Tuesday 19 January 2027 – Fully booked</li><li>Wednesday 10 February 2027 – Places available</li></ul>'))?.value).not.toBe('sold-out');
    expect(readStatus(lines('Eligible schools can join the waiting list for the autumn 2027 cohort.'))).toBeUndefined();
    // one price sold out beside others still on sale: that price is gone, not the course
    const tickets = '<table><tr><td>Early-bird (until 31 October 2026)</td><td>£229 + VAT</td><td>SOLD OUT</td></tr><tr><td>Standard</td><td>£299 + VAT</td><td>Buy</td></tr></table>';
    expect(readStatus(partsOf(tickets))).toBeUndefined();
  });

  it('"This course is not eligible for apprenticeship levy funding" rules the levy out', () => {
    expect(readFunding(lines('Fees: £3,200. This course is not eligible for apprenticeship levy funding.')).map((f) => f.kind)).toEqual(['not-funded']);
    expect(readFunding(lines('This is not an apprenticeship and cannot be funded through the apprenticeship levy.')).map((f) => f.kind)).toEqual(['not-funded']);
  });

  it('reads funding sentence by sentence: funded places that have gone are not funding', () => {
    const f = readFunding(lines('Funded places for the February cohort have now been fully allocated. Self-funded places remain available.'));
    expect(f.map((x) => x.kind)).toEqual(['not-funded', 'self-funded']);
    expect(readFunding(lines('This training is fully funded by Welsh Government.')).map((x) => x.kind)).toEqual(['welsh-government']);
    // a school paying from its own grant is paying: the price stands
    expect(readFunding(lines('£300 per school for two practitioners (no VAT). Schools may use their professional learning grant to pay for places and release.')).map((x) => x.kind)).toEqual(['self-funded']);
    expect(readFunding(lines('Levy-funded: no cost to the apprentice.'))[0]!.kind).toBe('levy');
    expect(readFunding(lines('This qualification is not funded through the apprenticeship levy.'))[0]!.kind).toBe('not-funded');
  });

  it('names a trainer with a role or credentials, and not a testimonial or an unnamed team', () => {
    expect(readTrainer(lines('Led by Dr Amina Patel, former headteacher and NPQH facilitator.'))).toMatchObject({ name: 'Dr Amina Patel' });
    expect(readTrainer(partsOf('<h3>Your trainer</h3><p>Sam Okafor is a former head of maths and lead practitioner.</p>'))?.role).toMatch(/former head/);
    expect(readTrainer(lines('“Brilliant day,” said Jo Bloggs.'))).toBeUndefined();
    expect(readTrainer(lines('Delivered by our expert team.'))).toBeUndefined();
  });
});

describe('schedule statements', () => {
  it('reads "9:15–4:30" as 7.25 hours, inferring the afternoon', () => {
    expect(readTimeRange('9:15–4:30')?.hours).toBe(7.25);
    expect(readTimeRange('1.30–3pm')?.hours).toBe(1.5);
    expect(readTimeRange('4pm – 5.30pm')?.hours).toBe(1.5);
    expect(readTimeRange('Ages 9–4')).toBeNull();
  });

  it("reads a day in parts as the day's hours without its lunch or breaks, and alternatives as one part", () => {
    expect(readTimeRange('Morning session 9.00am–12.00pm; afternoon session 1.00pm–3.00pm.')).toMatchObject({ start: 9, end: 15, hours: 5 });
    expect(readTimeRange('The day\n9.00 – 12.00: What kind of learner are you?\n12.00 – 1.00: Lunch (provided by the school)\n1.00 – 3.00: Planning lessons')).toMatchObject({ start: 9, end: 15, hours: 5 });
    expect(readTimeRange('9:30 – 10:00 Coffee and registration\n10:00 – 12:30 Session one\n12:30 – 1:15 Lunch\n1:15 – 3:30 Session two')).toMatchObject({ start: 10, hours: 4.75 });
    expect(readTimeRange('Morning 9.30–12.00 or afternoon 1.00–3.30')).toMatchObject({ start: 9.5, hours: 2.5 });
    // a later range that does not follow on (another day's times, a deadline) is not a part of this day
    expect(readTimeRange('Thursday 9.30am–12.30pm. Friday 9.30am–12.30pm.')?.hours).toBe(3);
  });

  it('keeps an access period apart from a span, and reads a deadline and dates offered as choices', () => {
    expect(readAccess(lines("Includes 12 months' access to the videos."))?.value).toBe(360);
    expect(readSpan(lines("Includes 12 months' access to the videos."))).toBeUndefined();
    expect(readSpan(lines('Four sessions over two terms.'))?.value).toBe(182);
    expect(readSpan(partsOf('<dl><dt>Duration</dt><dd>18 months plus end-point assessment</dd></dl>'))?.value).toBe(540);
    expect(readSpan(partsOf('<dl><dt>Price</dt><dd>18 months interest-free</dd></dl>'))).toBeUndefined();
    expect(readSpan(lines('Three years part-time: four taught modules and a dissertation.'))?.value).toBe(1095);
    expect(readSpan(lines('A six-week course with weekly tasks.'))?.value).toBe(42);
    expect(readDeadline(lines('Apply by Friday 26 February 2027'))?.value).toBe('2027-02-26');
    expect(readDeadline(lines('Applications for the September 2027 intake close on Friday 29 January 2027.'))?.value).toBe('2027-01-29');
    expect(readDeadline(lines('Dyddiad cau: 29 Ionawr 2027'))?.value).toBe('2027-01-29');
    expect(readDeadline(lines('Early bird: £380 + VAT per delegate – book by 30 November 2026'))).toBeUndefined();
    expect(readChoices(lines('Available January to July, including 4 January and 6 April.'))).toBeDefined();
    expect(readChoices(partsOf('<h2>Dates – choose one</h2><table><tr><th>Date</th><th>Time</th></tr><tr><td>Tue 26 Jan 2027</td><td>9.30am–12.30pm</td></tr></table>'))).toMatchObject({ quote: 'Dates – choose one' });
  });
});

describe('contradictions', () => {
  const conflicts = (...texts: string[]) => {
    const parts = lines(...texts);
    const amounts = readAmounts(parts);
    return readConflicts(parts, amounts, chooseFee(amounts)).map((c) => `${c.field}:${c.values.join('/')}`);
  };

  it('names both values of a price or a delivery the page gives two ways', () => {
    expect(conflicts('FREE CPD for primary teachers – sign up now!', 'Cost: £350 per school per year')).toEqual(['price:£350/free']);
    expect(readParts(partsOf('<section class="hero"><h1>Reading Fluency</h1><p class="badge">FREE</p></section><table><tr><th>Fee</th><td>£350 + VAT</td></tr></table>')).conflicts?.map((c) => c.values.join('/'))).toEqual(['£350/free']);
    expect(conflicts('This twilight session is free to attend.', 'Price: £95 per delegate')).toEqual(['price:£95/free']);
    expect(conflicts('Live online via Zoom · £195 + VAT', 'Venue: Park Plaza Hotel, Leeds', 'Standard £225 + VAT')).toEqual(['price:£195/£225', 'delivery:Park Plaza Hotel, Leeds/Live online via Zoom · £195 + VAT']);
  });

  it('is not fooled by rates for different people or by "free for members"', () => {
    expect(conflicts('Cost: Free for Oakwood Partnership schools. £60 per delegate for other schools.')).toEqual([]);
    expect(conflicts('Price: members £185 · non-members £245')).toEqual([]);
    expect(conflicts('Maintained schools: £79 per delegate', 'Independent schools: £99 per delegate')).toEqual([]);
    expect(conflicts('Cost: £295 per participant for state-funded schools', '£345 per participant for independent schools')).toEqual([]);
    // a product beside the course is something else, not a second price for it
    expect(conflicts('Cost: £175 including VAT and lunch', 'Fidget toolkit for the classroom – £29.99')).toEqual([]);
  });

  it('is not fooled by another course named before its price, or free places for the schools a line names', () => {
    const titled = (title: string, ...texts: string[]) => {
      const parts = lines(...texts);
      const amounts = readAmounts(parts);
      return readConflicts(parts, amounts, chooseFee(amounts), title).map((c) => `${c.field}:${c.values.join('/')}`);
    };
    expect(titled('VAK Learning Styles Day', 'Investment £195 + VAT', 'The Outstanding Lesson in 20 Minutes – £175 + VAT – 23 April 2027')).toEqual([]);
    expect(titled('Calm Classrooms: Consistent Behaviour Routines', 'Calm Classrooms – Thursday 18 March 2027 – now booking – £185 + VAT per delegate', 'Fee: £160 + VAT per delegate')).toEqual(['price:£160/£185']);
    expect(conflicts('£75 per person (including VAT and lunch). Hub partner schools: two free places per school.')).toEqual([]);
    expect(conflicts('Funding band: £9,000', 'Non-levy employers contribute 5% of the cost (£450).')).toEqual([]);
  });

  it('keeps the conflicts among the block’s facts', () => {
    expect(readParts(lines('This course is free.', 'Fee: £350')).conflicts).toHaveLength(1);
  });
});
