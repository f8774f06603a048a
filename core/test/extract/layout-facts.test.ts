import { describe, expect, it } from 'vitest';
import { defaultPolicy, extractCourses, scoreCourse } from '../../src/node.ts';
import { readAmounts } from '../../src/facts/index.ts';
import { readDates } from '../../src/parse/dates.ts';
import { readPrice } from '../../src/parse/price.ts';
import { plan, profile as teacher } from '../helpers.ts';
import { partsOf } from '../facts/parts.ts';

/** Facts read from the way providers lay pages out (issue 18): which dates are choices, whose time a bracket gives, whose rate a table cell is. */
const URL = 'https://www.example.org.uk/cpd/course';
const page = (body: string): string => `<!doctype html><html><head><title>Provider</title></head><body><main>${body}</main></body></html>`;
const schedule = (html: string, context: 'browse' | 'asked' = 'asked') => {
  const [course] = extractCourses(html, URL, { context });
  return course ? scoreCourse(course, defaultPolicy, teacher(), plan()).profile?.schedule : undefined;
};
const types = (html: string): string[] => readAmounts(partsOf(html)).map((a) => `${a.type}:${a.price.amount}`);

describe('facts read from the layout', () => {
  it("dates under 'Available dates' are choices of one half day, not three half days", () => {
    const rows = ['Tuesday 19 January 2027', 'Wednesday 3 March 2027', 'Wednesday 12 May 2027'].map((d) => `<p>${d}, 9:00–12:30 – Book</p>`).join('');
    const s = schedule(page(`<h1>DSL Refresher – Live Online</h1><p>For designated safeguarding leads.</p><h2>Available dates</h2>${rows}<p>£85 + VAT per delegate.</p>`));
    expect(s).toMatchObject({ sessions: 1, contactHours: 3.5, alternatives: 2, daysOutOfClass: 0.5 });
  });

  it("a programme's dated sessions named by their topic ('Launch: disciplinary literacy') are a series, not the same day run in several places", () => {
    const rows = [['20 January', 'Launch: disciplinary literacy in science'], ['3 March', 'Research lesson 1 and post-lesson discussion'], ['21 April', 'Research lesson 2'], ['16 June', 'Sharing outcomes']]
      .map(([d, t]) => `<p>Wednesday ${d} 2027, 8:45–12:15 – ${t}</p>`).join('');
    const s = schedule(page(`<h1>Lesson Study Programme</h1><p>Science teachers plan, teach and observe research lessons together.</p><h2>Sessions</h2>${rows}<h2>Cost</h2><p>£600 per school team of three teachers.</p>`));
    expect(s).toMatchObject({ sessions: 4, contactHours: 14, alternatives: 0, daysOutOfClass: 2 });
    // the same day in two cities is still one day to choose
    const runs = ['Friday 5 March 2027 – Manchester, Piccadilly Conference Suite – 9.30am to 3.30pm', 'Friday 14 May 2027 – Bristol, Harbourside Centre – 9.30am to 3.30pm'].map((l) => `<p>${l}</p>`).join('');
    expect(schedule(page(`<h1>Behaviour for learning</h1><p>A training day for teachers.</p><h2>Dates and venues</h2>${runs}<p>£195 + VAT per delegate.</p>`))).toMatchObject({ sessions: 1, alternatives: 1 });
  });

  it("a table of one programme's numbered sessions ('Day 1 – Carmarthen', 'Online 1', 'Online 2') is one course, not a listing", () => {
    const rows = [['Diwrnod 1 / Day 1 – Carmarthen', 'Wednesday 27 January 2027', '9:00–15:30'], ['Ar-lein / Online 1', 'Wednesday 24 February 2027', '15:45–17:15'], ['Ar-lein / Online 2', 'Wednesday 21 April 2027', '15:45–17:15'], ['Ar-lein / Online 3', 'Wednesday 9 June 2027', '15:45–17:15']]
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const html = page(`<h1>Cynllunio ar gyfer Cynnydd / Planning for Progression – Curriculum for Wales</h1><p lang="cy">Rhaglen ddysgu proffesiynol ar gyfer athrawon cynradd. Ariennir yn llawn drwy’r Hawl Genedlaethol i Ddysgu Proffesiynol.</p><p>A professional learning programme for primary teachers. Fully funded through the National Professional Learning Entitlement – no cost to maintained schools.</p><table><tr><th>Sesiwn / Session</th><th>Dyddiad / Date</th><th>Amser / Time</th></tr>${rows}</table><p>Teachers trial a progression map between sessions.</p><a class="btn" href="#">Cofrestru / Register</a>`);
    const got = extractCourses(html, URL, { context: 'browse' });
    expect(got.map((c) => c.title)).toEqual(['Cynllunio ar gyfer Cynnydd / Planning for Progression – Curriculum for Wales']);
    expect(got[0]?.sessions).toHaveLength(4);
  });

  it("a time bracketed after another item ('six clinics (16:00–17:30)') does not time the conference days dated in their own brackets", () => {
    const line = 'Around 12 months: online modules, six 90-minute online clinics (after school, 16:00–17:30) and three face-to-face conference days in Halifax (Thursday 4 March 2027, Thursday 24 June 2027, Thursday 11 November 2027).';
    expect(readDates(line)).toEqual({ dates: ['2027-03-04', '2027-06-24', '2027-11-11'] });
    expect(readDates('Starts Monday 8 February 2027. Five online clinics (16:00–17:30) and one face-to-face day (Thursday 13 May 2027).').start).toBeUndefined();
    // a bracket after a date, or one before the dates it times, still times them
    expect(readDates('Thursday 4 March 2027 (9:30–15:30), Leeds')).toMatchObject({ start: 570, end: 930 });
    expect(readDates('Clinics (16:00–17:30): Tuesday 9 March 2027, Tuesday 4 May 2027')).toMatchObject({ start: 960, end: 1050 });
    const s = schedule(page(`<h1>NPQ in Leading Literacy</h1><p>For teachers who lead literacy.</p><h2>Structure</h2><p>${line}</p><p>Where your school is not eligible, the fee is £899 (NPQs are exempt from VAT).</p>`));
    expect(s).toMatchObject({ timing: 'school-hours', daysOutOfClass: 3 });
  });

  it("'Applications for the September 2027 intake open Monday 1 February 2027' is no session; the intake dates the course", () => {
    const html = page('<h1>MA Education (Wales)</h1><p>A part-time master\'s programme for practising teachers in Wales. Fees are fully funded by Welsh Government for eligible teachers.</p><p>Study over three years, with online seminars in the evenings and occasional Saturday schools.</p><p>Applications for the September 2027 intake open Monday 1 February 2027.</p>');
    const [course] = extractCourses(html, URL, { context: 'browse' });
    expect(course?.sessions ?? []).toEqual([]);
    expect(scoreCourse(course!, defaultPolicy, teacher(), plan()).profile?.schedule.daysOutOfClass).toBe(0);
  });

  it('a levy-funded apprenticeship page with no date or price is found while browsing: its funding settles the cost', () => {
    const html = page('<h1>School Business Professional Level 4 Apprenticeship</h1><p>Develops finance, procurement and HR skills for school business staff. Duration 18 months plus end-point assessment.</p><h2>Funding</h2><p>Funded through the apprenticeship levy: no cost to levy-paying employers.</p><a href="/enquire">Enquire</a>');
    expect(extractCourses(html, URL, { context: 'browse' }).map((c) => c.title)).toEqual(['School Business Professional Level 4 Apprenticeship']);
    expect(extractCourses(html.replace(/<h2>Funding<\/h2><p>[^<]*<\/p>/, ''), URL, { context: 'browse' })).toEqual([]);
  });

  it("a booking button drawn by the page's own widget ('<a href=\"#\">Book</a>', '<button>') is a sign of a course while browsing", () => {
    const body = '<h1>Surviving an Ofsted Deep Dive</h1><p>Everything you need to know about the deep-dive process. Mock interviews and tips.</p><p><strong>Thursday 21 January 2027</strong>, 9:30–15:30, Bristol. £199 + VAT.</p>';
    expect(extractCourses(page(body), URL, { context: 'browse' })).toEqual([]);
    expect(extractCourses(page(`${body}<a class="btn" href="#">Book</a>`), URL, { context: 'browse' })).toHaveLength(1);
    expect(extractCourses(page(`${body}<button type="button">Book a place</button>`), URL, { context: 'browse' })).toHaveLength(1);
    expect(extractCourses(page(`${body}<button type="button">Sign in</button>`), URL, { context: 'browse' })).toEqual([]);
  });
});

describe('amounts read from the layout', () => {
  it("the members' standard rate in a tickets table is the members' price; the non-members' standard rate is the fee; early-bird columns with brackets stay early-bird", () => {
    const table = '<h3>Tickets</h3><table><tr><th>Ticket</th><th>Early bird (until Monday 30 November 2026)</th><th>Standard</th></tr><tr><td>Member</td><td>£175</td><td>£220</td></tr><tr><td>Non-member</td><td>£240</td><td>£295</td></tr></table><p>All prices + VAT.</p>';
    expect(types(table)).toEqual(['early-bird:175', 'member:220', 'early-bird:240', 'fee:295']);
    expect(extractCourses(page(`<h1>Science Leaders Annual Conference 2027</h1><p>Saturday 6 March 2027, Nottingham.</p>${table}`), URL, { context: 'asked' })[0]?.price?.amount).toBe(295);
  });

  it("'Refunds (less £30)' is a charge, not a second fee", () => {
    expect(types('<p>Fee: £295 + VAT.</p><p>Refunds (less £30) up to 1 February 2027.</p>')).toEqual(['fee:295', 'penalty:30']);
  });

  it("words between a bold label and a bold price are kept, and the headcount they state shares the school's price ('supporting up to four teachers')", () => {
    const html = page('<h1>In-School Instructional Coaching for Departments</h1><p>Our consultant works alongside your department for a term.</p><p><strong>Package:</strong> six half-termly visits, supporting up to four teachers. <strong>£3,600 + VAT per school.</strong></p>');
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.price).toMatchObject({ amount: 3600, basis: 'per-school', covers: 4 });
    expect(scoreCourse(course!, defaultPolicy, teacher(), plan()).cost?.fee).toBe(900);
  });
});

describe('prices read from tables, widgets and sidebars', () => {
  it("a rates table with row headers ('<th scope=\"row\">') and an 'Early booking' column: the other schools' standard rate is the fee", () => {
    const table = '<h2>Prices</h2><table><thead><tr><th></th><th>Early booking<br>(booked and paid by Friday 29 January 2027)</th><th>Standard</th></tr></thead><tbody><tr><th scope="row">Schools with a Northfield Training Subscription</th><td>£125</td><td>£145</td></tr><tr><th scope="row">All other schools and settings</th><td>£175</td><td>£195</td></tr></tbody></table><p>All prices are per delegate and exclusive of VAT.</p>';
    expect(types(table)).toEqual(['early-bird:125', 'member:145', 'early-bird:175', 'fee:195']);
  });

  it("a booking widget's ticket choices in a <select> give the price ('Single delegate – £160.00')", () => {
    const html = page('<h1>Adaptive Teaching for SEND</h1><p>Five twilight sessions for teachers: Thursday 14 January 2027, 15:45–17:15.</p><form action="/cart"><label for="t">Ticket type</label><select id="t"><option>Single delegate – £160.00</option><option>Two delegates from the same school – £290.00</option></select><button>Add to basket</button></form><p>All prices include VAT at 20%.</p>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.price).toMatchObject({ amount: 160, vat: 'included' });
  });

  it("a page's own sections ('Available sessions', 'Charges', 'Related courses') are not a listing of courses, nor are cards under 'You might also be interested in'", () => {
    const html = page('<h1>DSL (Deputy) – Refresher</h1><p>A half-day course for deputy designated safeguarding leads.</p><h2>Available sessions</h2><p>Wednesday 20 January 2027, 9:30am to 12:30pm</p><p>Tuesday 9 March 2027, 1:00pm to 4:00pm</p><h2>Charges</h2><p>Maintained schools and academies: £65 per delegate</p><h2>Related courses</h2><ul><li>Safer recruitment – £120</li></ul>');
    expect(extractCourses(html, URL, { context: 'browse' }).map((c) => c.title)).toEqual(['DSL (Deputy) – Refresher']);
    const cards = ['Phonics Leader Network (termly)|Three twilight meetings · 6 October 2026 · £90 + VAT', 'Writing in Year 2|One day · 9 March 2027 · £195 + VAT', 'Supporting Reception Reading|Half day · 4 May 2027 · £85 + VAT'].map((c) => `<div class="card"><h3>${c.split('|')[0]}</h3><p>${c.split('|')[1]}</p></div>`).join('');
    const detail = page(`<h1>Securing Phonics in Year 1</h1><p>A practical day for Year 1 teachers.</p><ul>${Array.from({ length: 12 }, (_, i) => `<li>Point ${i + 1} of the course</li>`).join('')}</ul><h2>Dates</h2><p>Thursday 4 March 2027, 9:30am – 3:30pm</p><p>Standard: £195 + VAT</p><section><h2>You might also be interested in</h2>${cards}</section>`);
    expect(extractCourses(detail, URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Securing Phonics in Year 1']);
  });

  it('a sidebar naming other courses beside their prices is other offers, not a price conflict', () => {
    const html = page('<article><h1>Reading Fluency in Years 1 and 2</h1><p>Half-day course for KS1 teachers.</p><p>Tuesday 23 February 2027, 1:30pm – 4pm · from £95 + VAT</p></article><aside><h3>Popular with KS1 teachers</h3><ul><li><a href="/npq">Phonics for Reception</a> <span>£85</span></li><li><a href="/plc">Phonics Leader Network</a> <span>£60 per term</span></li></ul></aside>');
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.price?.amount).toBe(95);
    expect(course?.conflicts ?? []).toEqual([]);
  });

  it("structured data giving the members' rate does not replace the non-members' fee the page's table states", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"Leading a Department","startDate":"2027-03-11T10:00","offers":{"@type":"Offer","price":"695","priceCurrency":"GBP"}}</script>';
    const html = page(`${ld}<h1>Leading a Department</h1><p>A residential for middle leaders, Thursday 11 March 2027.</p><h2>Fees</h2><table><tr><th></th><th>Member schools</th><th>Non-member schools</th></tr><tr><td>Programme fee</td><td>£695 + VAT</td><td>£845 + VAT</td></tr></table>`);
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.price?.amount).toBe(845);
  });

  it("'no charge for state-funded schools … independent schools are charged £450' gives each kind of school its own price", () => {
    const html = page('<h1>Teaching for Mastery Work Group</h1><p>Four workshops for secondary teachers from Wednesday 13 January 2027, 13:00–16:00.</p><h2>Questions</h2><p>There is no charge for state-funded schools, including academies: the work group is funded by the DfE. Independent schools are welcome to join and are charged £450 per participating teacher (not subject to VAT).</p>');
    const [course] = extractCourses(html, URL, { context: 'asked' });
    const fee = (schoolType: 'academy' | 'independent') => scoreCourse(course!, defaultPolicy, teacher(), { ...plan(), schoolType }).cost?.fee;
    expect([fee('academy'), fee('independent')]).toEqual([0, 450]);
  });

  it("a funding question ('Can I fund this through the apprenticeship levy?') and 'Substitutions are free of charge' state no funding", () => {
    const html = page('<h1>Level 4 Certificate in School Business Management</h1><p>Eight study days from Thursday 14 January 2027.</p><p>Pay in full: £1,650 + VAT</p><p>Pay by instalments: £250 + VAT deposit, then three payments of £500 + VAT – total £1,750 + VAT</p><h2>Can I fund this through the apprenticeship levy?</h2><p>Can I fund this through the apprenticeship levy? No. It is a standalone qualification.</p><p>Substitutions are free of charge.</p>');
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.funding ?? []).toEqual([]);
    expect(course?.price?.amount).toBe(1650);
    expect(course?.conflicts ?? []).toEqual([]);
  });

  it("two fees for one place, one 'per delegate' and one 'The fee of £450 + VAT covers both days', are a conflict; a course named beside its price is not", () => {
    const html = page('<h1>School Finance Essentials</h1><p>Two days, Tuesday 9 and Wednesday 10 March 2027.</p><p>Price: £395 + VAT per delegate</p><h2>FAQs</h2><p>The fee of £450 + VAT covers both days and the workbook.</p>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.conflicts?.[0]).toMatchObject({ field: 'price', values: ['£395', '£450'] });
    const other = html.replace('The fee of £450 + VAT covers both days and the workbook.', 'Retrieval practice masterclass – £250 + VAT');
    expect(extractCourses(other, URL, { context: 'asked' })[0]?.conflicts ?? []).toEqual([]);
  });

  it("an early bird's deadline after the amount reads with a capital ('£189 + VAT | Until 31 January 2027')", () => {
    const rows = '<table><tr><td>Early bird</td><td>£189 + VAT</td><td>Until 31 January 2027</td></tr><tr><td>Standard</td><td>£229 + VAT</td><td>From 1 February 2027</td></tr></table>';
    expect(readAmounts(partsOf(rows))[0]).toMatchObject({ type: 'early-bird', until: '31 January 2027' });
  });
});

describe('schedules read from tables, widgets and stated totals', () => {
  it("a series' structured start ('startDate' of the first twilight, 'PT2H') gives way to the page's table of its four sessions, each two hours", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"Adaptive Teaching for SEND – twilight series","startDate":"2027-01-20T16:00","duration":"PT2H"}</script>';
    const rows = ['Wednesday 20 January', 'Wednesday 10 March', 'Wednesday 28 April', 'Wednesday 16 June'].map((d, i) => `<tr><td>${i + 1}</td><td>${d}</td><td>Focus ${i + 1}</td></tr>`).join('');
    const html = page(`${ld}<h1>Adaptive Teaching for SEND – twilight series</h1><p>Four twilights for primary teachers, spring and summer 2027.</p><table><tr><th>Session</th><th>Date</th><th>Focus</th></tr>${rows}</table><p>All sessions 4.00pm to 6.00pm at the Teachers' Centre.</p><h2>Cost</h2><p>£180 per delegate for the series. No VAT is charged. Schools buying the SLA receive one free place per school.</p>`);
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.sessions?.map((s) => s.start.slice(0, 10))).toEqual(['2027-01-20', '2027-03-10', '2027-04-28', '2027-06-16']);
    expect(course?.conflicts ?? []).toEqual([]);
    expect(scoreCourse(course!, defaultPolicy, teacher(), plan()).profile?.schedule).toMatchObject({ sessions: 4, contactHours: 8 });
  });

  it("dates offered in a booking widget's <select> are the course's dates to choose from", () => {
    const html = page('<h1>DSL Refresher</h1><p>Live online refresher for designated safeguarding leads. £75.00 + VAT per person.</p><form><label>Choose a date</label><select><option>Select a session…</option><option>Monday 18 January 2027, 9.30am – 12.30pm (Fully booked)</option><option>Thursday 25 February 2027, 1.00pm – 4.00pm</option></select><button>Add to basket</button></form><p>Each session is the same course – please book one.</p>');
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.sessions?.map((s) => s.start.slice(0, 16))).toEqual(['2027-01-18T09:30', '2027-02-25T13:00']);
    expect(scoreCourse(course!, defaultPolicy, teacher(), plan()).profile?.schedule).toMatchObject({ sessions: 1, contactHours: 3, alternatives: 1 });
  });

  it("'The same workshop runs in three cities' makes its dates choices of one afternoon", () => {
    const rows = [['Manchester', 'Tue 2 March 2027'], ['Sheffield', 'Thu 18 March 2027']].map(([v, d]) => `<tr><td>${v}</td><td>${d}</td><td>1.00pm – 4.00pm</td></tr>`).join('');
    const html = page(`<h1>Calm Classrooms</h1><p>An afternoon workshop for primary teachers.</p><h2>Dates and venues</h2><p>The same workshop runs in three cities – choose the one most convenient for you.</p><table><tr><th>Venue</th><th>Date</th><th>Time</th></tr>${rows}</table><p>£140 + VAT per delegate.</p>`);
    expect(scoreCourse(extractCourses(html, URL, { context: 'asked' })[0]!, defaultPolicy, teacher(), plan()).profile?.schedule).toMatchObject({ sessions: 1, alternatives: 1, daysOutOfClass: 0.5 });
  });

  it("a price 'per TA' is one participant's", () => {
    expect(readPrice('£95 + VAT per TA')).toMatchObject({ amount: 95, basis: 'per-participant' });
  });

  it("a timetable of numbered cycles with a date in each column is one programme's six sessions, and 'Taught days:' lists its days", () => {
    const rows = [['Cycle 1 – Proportional reasoning', '14 January', '28 January'], ['Cycle 2 – Algebraic thinking', '4 March', '18 March'], ['Cycle 3 – Geometric reasoning', '6 May', '20 May']]
      .map(([t, a, b]) => `<tr><td>${t}</td><td>Thursday ${a}</td><td>Thursday ${b}</td></tr>`).join('');
    const html = page(`<h1>KS3 Mastery Lesson Study 2027</h1><p>Lesson study for maths departments: a planning afternoon (1.30pm–4.00pm) and a research lesson morning each cycle.</p><table><tr><th></th><th>Planning afternoon</th><th>Research lesson morning</th></tr>${rows}</table><p>£420 per school (including VAT) for a pair of teachers.</p>`);
    const got = extractCourses(html, URL, { context: 'asked' });
    expect(got.map((c) => c.title)).toEqual(['KS3 Mastery Lesson Study 2027']);
    expect(got[0]?.sessions).toHaveLength(6);
    const taught = page('<h1>Level 5 Diploma in School Business Management</h1><p>A 12-month qualification. Six online taught days (9:30–15:30).</p><p>Taught days: Tuesday 2 February 2027, Tuesday 16 March 2027, Tuesday 27 April 2027, Tuesday 8 June 2027, Tuesday 21 September 2027, Tuesday 9 November 2027.</p><p>Fee: £2,400 + VAT.</p>');
    expect(extractCourses(taught, URL, { context: 'asked' })[0]?.sessions).toHaveLength(6);
  });

  it("a stated total of taught time ('Taught time: 11 hours', 'Oriau dysgu / Learning hours: 18 awr') is the contact hours", () => {
    const hours = (line: string) => scoreCourse({ title: 'Mastery residential', description: `Two days in the Peak District. ${line}`, sessions: [{ start: '2027-03-11T10:30', end: '2027-03-11T21:00', hours: 10.5 }, { start: '2027-03-12T09:00', end: '2027-03-12T12:30', hours: 3.5 }] }, defaultPolicy).profile?.schedule.contactHours;
    expect(hours('Taught time: 11 hours of taught sessions across the two days.')).toBe(11);
    expect(hours('Oriau dysgu / Learning hours: 18 awr / 18 hours.')).toBe(18);
    expect(hours('Lunch and dinner included.')).toBe(14);
  });
});

describe('audiences, statuses and structured starts', () => {
  it("a network for 'primary English leads' and a Welsh series 'for class teachers' are found while browsing; 'once the first meeting has taken place' is not a past event", () => {
    const network = page('<h1>English Subject Leaders\' Network 2027</h1><p>The network brings primary English leads together each term to share practice.</p><h2>Meetings</h2><p>Wednesday 27 January 2027, 13:30–16:00</p><p>Wednesday 28 April 2027, 13:30–16:00</p><h2>Subscription</h2><p>£180 per school for the three meetings, for one named delegate. No VAT.</p><p>Subscriptions are non-refundable once the first meeting has taken place.</p>');
    const [course] = extractCourses(network, URL, { context: 'browse' });
    expect(course?.title).toBe('English Subject Leaders\' Network 2027');
    expect(scoreCourse(course!, defaultPolicy, teacher(), plan(), { now: '2026-12-08' } as never).profile?.status).toBe('open');
    const cy = page('<h1>Ymarfer sy\'n canolbwyntio ar yr unigolyn</h1><p>Cyfres o dair sesiwn ar ôl ysgol.</p><p>This series is for class teachers and teaching assistants who contribute to individual development plans.</p><h2>Dates</h2><p>Wednesday 27 January 2027, 3:45 – 5:45pm</p><p>Wednesday 3 March 2027, 3:45 – 5:45pm</p><h2>Cost</h2><p>£120 per participant for the series.</p>');
    expect(extractCourses(cy, URL, { context: 'browse' })).toHaveLength(1);
  });

  it("the Welsh and English texts of one page giving two prices ('£95 y cyfranogwr', '£120 per participant') are a price conflict", () => {
    const html = page('<h1>Person-centred practice and IDPs</h1><p>A series of three after-school sessions for class teachers, from Wednesday 27 January 2027.</p><h2>Cost</h2><p>£95 y cyfranogwr am y gyfres o dair sesiwn.</p><h2>Cost</h2><p>£120 per participant for the series of three sessions.</p>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.conflicts?.[0]).toMatchObject({ field: 'price', values: ['£95', '£120'] });
  });

  it("a cohort's structured start ('2027-02') gives way to the programme's timetable of its sessions", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"NPQ in Leading Teaching","hasCourseInstance":{"@type":"CourseInstance","startDate":"2027-02-01"}}</script>';
    const rows = [['Face-to-face day 1', 'Thursday 4 March 2027, 9:30am – 3:30pm'], ['Online clinic 1', 'Wednesday 17 March 2027, 4:00 – 5:30pm'], ['Face-to-face day 2', 'Thursday 8 July 2027, 9:30am – 3:30pm']].map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('');
    const html = page(`${ld}<h1>NPQ in Leading Teaching</h1><p>For teachers who lead teaching in a subject.</p><h2>Programme structure</h2><table><tr><th>Element</th><th>When</th></tr>${rows}</table><p>Self-funded places: £899 (no VAT).</p>`);
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.sessions).toHaveLength(3);
    expect(scoreCourse(course!, defaultPolicy, teacher(), plan()).profile?.schedule.daysOutOfClass).toBe(2);
  });

  it('structured data timing a two-day course by its first day (start and end on one date) does not cap its contact hours', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Procurement for Schools","startDate":"2027-01-20T09:30","endDate":"2027-01-20T16:00"}</script>';
    const html = page(`${ld}<h1>Procurement for Schools</h1><p>A two-day course for school business managers.</p><p>Dates: Wednesday 20 and Thursday 21 January 2027 (two consecutive days – attend both)</p><p>Times: 09:30–16:00 each day</p><p>Price: £395 + VAT for both days</p>`);
    expect(scoreCourse(extractCourses(html, URL, { context: 'asked' })[0]!, defaultPolicy, teacher(), plan()).profile?.schedule).toMatchObject({ sessions: 2, contactHours: 13 });
  });
});

describe('talks put on for teachers', () => {
  it("a motivational speaker's afternoon for teachers, priced, dated and bookable ('Grab your ticket'), is found while browsing; the same afternoon with no word of teachers is not", () => {
    const body = (who: string) => page(`<h1>Mindset Magic Live</h1><p>Friday 5 February 2027 · 1.00pm – 4.00pm · Cardiff City Hall</p><p>Gaz Lloyd, former rugby coach turned motivational speaker, shares his five-step method to unlock a growth mindset in ${who}.</p><p>Tickets £99 + VAT</p><a class="btn" href="#">Grab your ticket</a>`);
    const events = 'https://www.example.org.uk/events/mindset-magic';
    expect(extractCourses(body('every child – and every teacher'), events, { context: 'browse' })).toHaveLength(1);
    expect(extractCourses(body('every fan of the game'), events, { context: 'browse' })).toEqual([]);
  });
});

describe('a ticket beside a group offer', () => {
  it("'Tickets £99 + VAT · Groups of 5+: £89 + VAT each' is £99 for one place, not £99 shared by five", () => {
    const course = { title: 'Mindset Magic Live', price: { amount: 99, currency: 'GBP', vat: 'excluded' as const, basis: 'unknown' as const, text: '£99 + VAT · Groups of 5+:' }, sessions: [{ start: '2027-02-05T13:00', end: '2027-02-05T16:00', hours: 3 }] };
    expect(scoreCourse(course, defaultPolicy, teacher(), plan()).cost?.fee).toBe(99);
  });
});
