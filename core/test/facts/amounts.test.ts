import { describe, expect, it } from 'vitest';
import { chooseFee, readAmounts, readParts } from '../../src/facts/index.ts';
import { currentPrice } from '../../src/cost/early-bird.ts';
import type { Course } from '../../src/model/course.ts';
import { deliveryOf } from '../../src/parse/words.ts';
import { extractCourses } from '../../src/node.ts';
import { lines, partsOf } from './parts.ts';

const types = (html: string): string[] => readAmounts(partsOf(html)).map((a) => `${a.type}:${a.price.amount}`);

describe('amounts typed by their context', () => {
  it('a charge, an add-on, travel, a deposit and a sum in prose are never the fee', () => {
    expect(types('<p>Cost: £225 per delegate.</p><p>A £75 non-attendance charge applies.</p><p>An optional follow-up session is £450.</p><p>Travel expenses of £60 are added.</p><p>A deposit of £300 secures your place.</p><p>The government has committed over £100m of investment.</p>'))
      .toEqual(['fee:225', 'penalty:75', 'add-on:450', 'travel:60', 'deposit:300', 'prose:100']);
  });

  it('reads an amount under a Cancellation heading as a charge, and under Related courses as another course', () => {
    expect(types('<h2>Cancellations</h2><p>Late cancellations are charged £50.</p><h2>Related courses</h2><ul><li>Phonics day – £199</li></ul>')).toEqual(['penalty:50', 'other-course:199']);
  });

  it('tells member, concession and early-bird prices from the fee, and keeps the early bird’s deadline', () => {
    const a = readAmounts(lines('Price: SEA members £185 · Non-members £245', 'Trainees £30', 'Early bird £380 + VAT until 30 November 2026', 'Additional colleagues from the same school: £150 each'));
    expect(a.map((x) => x.type)).toEqual(['member', 'fee', 'concession', 'early-bird', 'concession']);
    expect(chooseFee(a)?.price.amount).toBe(245);
    expect(a[3]!.until).toBe('30 November 2026');
  });

  it('a table whose columns are headed "Members" and "Non-members": each amount is read under its column, so the non-member price is the fee', () => {
    const a = readAmounts(partsOf('<h2>Registration</h2><table><tr><th></th><th>Members</th><th>Non-members</th></tr><tr><td>Full conference (both days)</td><td>£285</td><td>£345</td></tr><tr><td>Friday only</td><td>£195</td><td>£235</td></tr></table>'));
    expect(a.map((x) => `${x.type}:${x.price.amount}`)).toEqual(['member:285', 'fee:345', 'member:195', 'fee:235']);
    expect(chooseFee(a)?.price.amount).toBe(345);
  });

  it('a tickets table with member columns and an early-bird row: the early bird keeps its deadline, the standard non-member price is the fee', () => {
    const a = readAmounts(partsOf('<table><tr><th>Ticket</th><th>Members</th><th>Non-members</th></tr><tr><td>Early bird (until 31 October 2026)</td><td><s>£169</s></td><td><s>£219</s></td></tr><tr><td>Standard</td><td>£199</td><td>£249</td></tr></table>'));
    expect(a.map((x) => `${x.type}:${x.price.amount}`)).toEqual(['early-bird:169', 'early-bird:219', 'member:199', 'fee:249']);
    expect(a[1]!.until).toBe('31 october 2026');
    expect(chooseFee(a)?.price.amount).toBe(249);
  });

  it('a subscriber rate and a non-subscriber rate under one label: the non-subscriber rate is the fee; a member of staff is not a member', () => {
    const a = readAmounts(partsOf('<dl><dt>Cost (whole series)</dt><dd>Schools with a CPD subscription: £120 per delegate<br>Non-subscribing schools and academies: £165 per delegate</dd></dl><p>Cost for one member of staff: £90</p>'));
    expect(a.map((x) => `${x.type}:${x.price.amount}`)).toEqual(['member:120', 'fee:165', 'fee:90']);
  });

  it("an aside listing other training, each line with its own price, is other courses; a key-facts aside's labelled fee is the fee", () => {
    expect(types('<p>This webinar is free for all teachers.</p><aside><h2>Paid training from Ashcombe</h2><p>Preparing to teach GCSE Combined Science – full day, £210 + VAT</p><p>Marking the practical endorsement – half day, £115 + VAT</p></aside>')).toEqual(['other-course:210', 'other-course:115']);
    expect(types('<aside><h2>Key information</h2><p>Fee: £1,650 + VAT per participant</p><p>Deposit: £300 on application</p></aside>')).toEqual(['fee:1650', 'deposit:300']);
  });

  it('a table row labelled "Fee" whose cell gives the fee and, on the next line, an early-bird price: two amounts, the early bird with its deadline', () => {
    const a = readAmounts(partsOf('<table><tr><th>Fee</th><td>£395 + VAT per delegate<br>Early-bird: £355 + VAT per delegate when booked by Friday 8 January 2027</td></tr></table>'));
    expect(a.map((x) => `${x.type}:${x.price.amount}`)).toEqual(['fee:395', 'early-bird:355']);
    expect(a[1]!.until).toBe('Friday 8 January 2027');
  });

  it('cards under a "Related courses" heading, each titled by its own h3, and an "Also from …" aside are other courses', () => {
    expect(types('<p>Fee: £240 + VAT</p><section><h2>Related courses</h2><article><h3>Behaviour for Learning in KS1</h3><p>1 day · £220 + VAT</p></article></section><h2>Booking</h2><p>Deposit: £50</p>')).toEqual(['fee:240', 'other-course:220', 'deposit:50']);
    expect(types('<p>£295 + VAT including lunch.</p><aside><h3>Also from Steplight</h3><p>Leading a department: the first year – 1 day – £265 + VAT</p></aside>')).toEqual(['fee:295', 'other-course:265']);
  });

  it('a charge for a participant who "does not attend without notice" is a penalty, whatever words come before it', () => {
    expect(types('<h2>Cost</h2><p>Work groups are fully funded: there is no charge to participating schools. The hub charges £75 per session if a participant does not attend without notice.</p>')).toEqual(['penalty:75']);
  });

  it('a ticket table with one price column keeps reading each row by its first cell (an early bird stays an early bird)', () => {
    expect(types('<table><tr><th>Ticket</th><th>Price</th><th></th></tr><tr><td>Early-bird (until 31 October 2026)</td><td>£229 + VAT</td><td>SOLD OUT</td></tr><tr><td>Standard</td><td>£299 + VAT</td><td>Buy</td></tr></table>')).toEqual(['early-bird:229', 'fee:299']);
  });

  it('a table of member and non-member rates: the row labelled "Non-members" is the fee, not a member price', () => {
    const a = readAmounts(partsOf('<h2>Fees</h2><table><tr><td>MTS members</td><td>£450 + VAT</td></tr><tr><td>Non-members</td><td>£540 + VAT</td></tr></table>'));
    expect(a.map((x) => `${x.type}:${x.price.amount}`)).toEqual(['member:450', 'fee:540']);
    expect(chooseFee(a)?.price.amount).toBe(540);
  });

  it('keeps a per-school price with its cap and reads the basis said before it', () => {
    const facts = readParts(lines('Price: £1,250 per school (up to 40 staff), plus travel', 'Whole-school licence £650 + VAT per year'));
    expect(facts.price).toMatchObject({ amount: 1250, basis: 'per-school', covers: 40 });
    expect(readAmounts(lines('Whole-school licence £650 + VAT per year'))[0]!.price.basis).toBe('per-school');
    expect(readParts(lines('£240 per school, which allows up to three teachers to attend')).price?.covers).toBe(3);
  });

  it('takes VAT stated elsewhere in the block when the fee’s own line says nothing, and keeps unknown otherwise', () => {
    expect(readParts(lines('Fee: £245', 'All prices include VAT.')).price?.vat).toBe('included');
    expect(readParts(lines('Fee: £79 per delegate', 'Our training is not subject to VAT.')).price?.vat).toBe('exempt');
    expect(readParts(lines('£295 per participant.', 'As a school, Harbourside Research School does not charge VAT on its training.')).price?.vat).toBe('exempt');
    expect(readParts(lines('Fee: £79 per delegate')).price?.vat).toBe('unknown');
  });

  it("takes VAT from the page's footer when the fee's block says nothing, with the footer's words as evidence", () => {
    const html = (footer: string): string => `<html><body><main><h1>Aspiring Heads of Department</h1><p>A leadership course for new heads of department over three days in London: Thursday 4 February, Thursday 4 March and Thursday 15 April 2027.</p><p>£695 per delegate.</p></main><footer><p>Leadership Network Ltd · 12 Bedford Row, London</p><p>${footer}</p></footer></body></html>`;
    const course = (footer: string) => extractCourses(html(footer), 'https://provider.example/hod', { context: 'provider' })[0]!;
    expect(course('All fees are subject to VAT at the standard rate.').price?.vat).toBe('excluded');
    expect(course('All fees are subject to VAT at the standard rate.').provenance?.price?.raw).toContain('All fees are subject to VAT');
    expect(course('First aid training delivered by us is exempt from VAT.').price?.vat).toBe('exempt');
    expect(course('VAT registration number 123 4567 89.').price?.vat).toBe('unknown');
    // a footer amount with VAT is another offer's, not a rule for every fee
    expect(course('Gift vouchers from £25 + VAT.').price?.vat).toBe('unknown');
  });
});

describe('rates for kinds of school', () => {
  const html = '<h2>Cost</h2><ul><li>Maintained schools and academies: £79 per delegate</li><li>Independent schools and early years settings: £99 per delegate</li></ul><p>Our training is not subject to VAT.</p>';

  it('takes the first as the fee and keeps the other as a rate for the schools it names', () => {
    const facts = readParts(partsOf(html));
    expect(facts.price).toMatchObject({ amount: 79, vat: 'exempt' });
    expect(facts.charges).toEqual([expect.objectContaining({ type: 'rate', amount: 99, for: ['independent'] })]);
  });

  it('gives each school the rate for its kind, and the fee to the rest', () => {
    const course = { title: 'DSL refresher', price: { amount: 79, currency: 'GBP', vat: 'exempt', basis: 'per-participant' }, charges: readParts(partsOf(html)).charges } as Course;
    expect(currentPrice(course, undefined, 'independent').price?.amount).toBe(99);
    expect(currentPrice(course, undefined, 'maintained').price?.amount).toBe(79);
    expect(currentPrice(course, undefined, undefined).price?.amount).toBe(79);
  });

  it('reads the places a shared price covers, however the page words them', () => {
    expect(readParts(lines('£150 per school for the year (one place at each meeting)')).price?.covers).toBe(1);
    expect(readParts(lines('£650 per group of up to 12 learners, including certificates')).price?.covers).toBe(12);
    expect(readParts(lines('Fee £1,450 + VAT per school (up to 40 staff)')).price?.covers).toBe(40);
    expect(readParts(lines('Independent schools: the charge is £600 per school, which covers both participating teachers.')).price?.covers).toBe(2);
    expect(readParts(lines('£300 per school, covering the pair of teachers. No VAT is charged.')).price?.covers).toBe(2);
    expect(readParts(lines('Full day for up to 60 staff: £2,400 + VAT, plus travel expenses at cost.')).price).toMatchObject({ amount: 2400, basis: 'per-group', covers: 60 });
    // "for up to 35 staff" on a page for training in the school is the school's price; elsewhere a group's
    expect(readParts(lines('A whole-staff day delivered on one of your INSET days.', 'The fee for a full INSET day is £1,650 plus VAT for up to 35 staff.')).price).toMatchObject({ basis: 'per-school', covers: 35 });
    expect(readParts(lines('Held at our centre in Leeds.', 'Price: £1,650 plus VAT for up to 35 staff.')).price).toMatchObject({ basis: 'per-group', covers: 35 });
    // the headcount as a labelled fact of its own beside the group's price
    expect(readParts(partsOf('<dl><dt>Group size:</dt><dd>up to 12 learners</dd><dt>Price:</dt><dd>£720 per group</dd></dl>')).price?.covers).toBe(12);
    expect(readParts(partsOf('<dl><dt>Maximum group size</dt><dd>20</dd><dt>Fee</dt><dd>£900 per school</dd></dl>')).price?.covers).toBe(20);
    expect(readParts(partsOf('<dl><dt>Group size:</dt><dd>up to 12 learners</dd><dt>Price:</dt><dd>£95 per delegate</dd></dl>')).price?.covers).toBeUndefined();
  });
});

describe('VAT said beside the fee', () => {
  it('reads the sentence after the fee, and "subject to VAT" as added', () => {
    expect(readParts(lines('£300 per school, for two teachers. There is no VAT on this programme.')).price?.vat).toBe('exempt');
    expect(readParts(lines('Fee: £650 per group. First aid training is exempt from VAT.')).price?.vat).toBe('exempt');
    expect(readParts(lines('Price: £1,250 per school (up to 40 staff)', 'All fees are subject to VAT at the standard rate.')).price?.vat).toBe('excluded');
    expect(readParts(lines('Price: £1,250 per school', 'Our fees are not subject to VAT.')).price?.vat).toBe('exempt');
  });
});

describe('amounts that are not what a member of staff pays', () => {
  it('a charge for missing a funded workshop is a penalty, and pupils’ workshop prices belong to another offer', () => {
    expect(types('<h2>Cost and commitment</h2><p>This Work Group is fully funded. Schools that commit to a place and then do not attend may be charged £100 per missed workshop.</p>')).toEqual(['penalty:100']);
    expect(types('<h2>School workshops</h2><p>Our facilitated sessions for KS2 groups cost £4 per pupil (minimum charge £120).</p>')).toEqual(['other-course:4', 'other-course:120']);
  });
});

describe('the basis of a bare price', () => {
  it('is one place when the page never speaks of a school, group or licence price, and stays unknown when it does', () => {
    expect(readParts(lines('Fee: £195 + VAT', 'A one-day course for Year 1 teachers.')).price?.basis).toBe('per-participant');
    expect(readParts(lines('Fee: £1,250', 'Delivered in school on one of your INSET days.')).price?.basis).toBe('unknown');
    expect(readParts(lines('Price: £650', 'We run this for groups of up to 12 learners.')).price?.basis).toBe('unknown');
    // "a department" in prose prices nothing, and a sentence offering the course another way says nothing of this price
    expect(readParts(lines('Fee: £720', 'Leading a department is one of the hardest jobs in a school.')).price?.basis).toBe('per-participant');
    expect(readParts(lines('Fee: £249 + VAT', "Can't make it? We also run this course as an in-school INSET session. Ask us for a quote.")).price?.basis).toBe('per-participant');
    // nor does a menu's "In-school" link, or another course's title under "Other leadership courses"
    expect(readParts(lines('Courses · Leadership · Subjects · In-school · About · Contact', 'Fee: £245 + VAT')).price?.basis).toBe('per-participant');
    expect(readParts(partsOf('<p>Fee: £245 + VAT</p><h2>Other leadership courses</h2><p>Leading Whole-School Literacy – £265 + VAT</p>')).price?.basis).toBe('per-participant');
  });

  it("gives several structured runs of one course the VAT and basis the page's text states for their amount", () => {
    const run = (month: string, day: string): object => ({ '@type': 'EducationEvent', name: `Mastery in Key Stage 3 Mathematics (${month})`, startDate: day, location: { '@type': 'Place', name: 'University of Westmarch' }, offers: { '@type': 'Offer', price: 150, priceCurrency: 'GBP' } });
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [run('February', '2027-02-10T09:30'), run('June', '2027-06-16T09:30')] })}</script></head><body><main><h1>Mastery in Key Stage 3 Mathematics: CPD day</h1><p>Fee: £150 per participant</p><p>The fee includes lunch. University CPD courses are exempt from VAT.</p></main></body></html>`;
    const prices = extractCourses(html, 'https://provider.example/ks3', { context: 'provider' }).map((c) => c.price);
    expect(prices).toHaveLength(2);
    for (const price of prices) expect(price).toMatchObject({ amount: 150, vat: 'exempt', basis: 'per-participant' });
  });

  it("gives a structured offer of the early-bird's amount the early bird's VAT and the fee's basis", () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'EducationEvent', name: 'The Unstoppable Teacher – National Conference 2027', startDate: '2027-03-12T09:30', location: { '@type': 'Place', name: 'ICC Birmingham' }, offers: { '@type': 'Offer', price: 189, priceCurrency: 'GBP' } })}</script></head><body><main><h1>The Unstoppable Teacher – National Conference 2027</h1><p>Friday 12 March 2027, ICC Birmingham.</p><table><tr><td>Early bird (until 31 January 2027)</td><td>£189 + VAT</td></tr><tr><td>Standard ticket</td><td>£229 + VAT per delegate</td></tr></table></main></body></html>`;
    const price = extractCourses(html, 'https://provider.example/conference', { context: 'provider' })[0]?.price;
    expect(price).toMatchObject({ amount: 189, vat: 'excluded', basis: 'per-participant' });
  });

  it("takes the price in 'Looking for face-to-face training? Our … course runs in March 2027 – £195 + VAT' as another course's", () => {
    expect(readAmounts(lines('Cost: Free', 'Looking for face-to-face training? Our Preparing to Mark Required Practicals course runs in March 2027 – £195 + VAT.'))[0]?.type).toBe('other-course');
    expect(readParts(lines('Fee: £150 per person. We also run this course as an in-school INSET session.')).fee?.price.amount).toBe(150);
  });

  it("reads 'Cost | £295 per participant for state-funded schools<br>£345 per participant for independent schools' as the fee and an independent schools' rate", () => {
    const facts = readParts(partsOf('<dl><dt>Cost</dt><dd>£295 per participant for state-funded schools<br>£345 per participant for independent schools</dd></dl>'));
    expect(facts.fee?.price.amount).toBe(295);
    expect(facts.charges).toEqual([expect.objectContaining({ type: 'rate', amount: 345, for: ['independent'] })]);
  });

  it("takes a group rate ('Group (3 or more from one school) | £269 + VAT each') as a concession, not the fee", () => {
    const table = '<table><tr><td>Standard</td><td>£299 + VAT</td><td>Buy</td></tr><tr><td>Group (3 or more from one school)</td><td>£269 + VAT each</td><td>Buy</td></tr></table>';
    const facts = readParts(partsOf(table));
    expect(facts.fee?.price.amount).toBe(299);
    expect(facts.charges).toEqual([expect.objectContaining({ type: 'concession', amount: 269 })]);
  });

  it("is one place when its own row names a ticket, whatever group rates sit beside it", () => {
    const table = '<table><tr><th>Standard ticket</th><td>£249 + VAT</td></tr><tr><th>Group of 5</th><td>£1,000 + VAT</td></tr></table>';
    expect(readParts(partsOf(table)).price).toMatchObject({ amount: 249, basis: 'per-participant' });
    expect(readParts(partsOf('<table><tr><th>Price</th><td>£249 + VAT</td></tr><tr><th>Group of 5</th><td>£1,000 + VAT</td></tr></table>')).price?.basis).toBe('unknown');
  });

  it('"in school" in a title or in prose is not a price for the school ("Certificate in School Business Management")', () => {
    expect(readParts(lines('Level 4 Certificate in School Business Management', 'Fees: £1,695 + VAT.')).price?.basis).toBe('per-participant');
    expect(readParts(lines('With the DfE’s investment in school resource management, budgets matter.', 'Price: £125 + VAT.')).price?.basis).toBe('per-participant');
    expect(readParts(lines('Price: £1,250', 'Delivered in your school to all staff.')).price?.basis).toBe('unknown');
    expect(readParts(lines('Fee: £2,200 (home students)', 'You will try each approach in your own practice in your school.')).price?.basis).toBe('per-participant');
  });

  it('takes VAT from where the same amount is said again ("The fee is £2,200. Tuition fees are not subject to VAT.")', () => {
    const facts = readParts(lines('Fee: £2,200 (home students, 2026/27)', 'Course overview for teachers and leaders.', 'The fee for 2026/27 is £2,200. University tuition fees are not subject to VAT.'));
    expect(facts.price).toMatchObject({ amount: 2200, vat: 'exempt' });
  });
});

describe('delivery in school', () => {
  it('needs words that deliver training there, not "in school" in a title or a sentence', () => {
    expect(deliveryOf('Level 4 Certificate in School Business Management. The Eastside Rooms, Birmingham.')).not.toBe('in-school');
    expect(deliveryOf('Investment in school resource management matters.')).toBeUndefined();
    expect(deliveryOf('This in-school training is delivered in your school for all staff.')).toBe('in-school');
    expect(deliveryOf('Training delivered at your school on an INSET day.')).toBe('in-school');
    expect(deliveryOf('Emergency First Aid at Work – In-House for Schools. Venue: your school – you provide a room.')).toBe('in-school');
    expect(deliveryOf('Venue: your school – you provide a room with space to practise CPR.')).toBe('in-school');
    expect(deliveryOf('Our in-house trainers lead the day. Venue: The Eastside Rooms, Birmingham.')).toBe('face-to-face');
    expect(deliveryOf('Modiwlau e-ddysgu. Fformat: Hunan-gyflymder, ar-lein.')).toBe('online-self-paced');
  });
});
