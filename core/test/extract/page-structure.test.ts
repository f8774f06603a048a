import { describe, expect, it } from 'vitest';
import { defaultPolicy, extractCourses, scoreCourse } from '../../src/node.ts';
import { readAmounts } from '../../src/facts/index.ts';
import { partsOf } from '../facts/parts.ts';

/** A course page's own structure (issue 18): its tables of rates and tickets, its details, where the site files it. */
const URL = 'https://www.example.org.uk/cpd/course';
const page = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const intro = Array.from({ length: 10 }, (_, i) => `<li>Content point ${i + 1} of the course</li>`).join('');
const related = ['Reading fluency in KS2 – Wednesday 10 March 2027 – £165', 'Writing moderation – Tuesday 4 May 2027 – £165', 'Spelling in KS1 – Monday 7 June 2027 – £140'].map((t, i) => `<div class="card"><h3><a href="/c/${i}">${t.split(' – ')[0]}</a></h3><p>${t.split(' – ').slice(1).join(' – ')}</p></div>`).join('');

describe("a course page's structure", () => {
  it('a table of rates by school is the course’s prices, not three courses; its details table dates it, not the related courses', () => {
    const html = page(`<main><h1>Phonics: getting the most from your SSP</h1><p>Intro.</p><ul>${intro}</ul><h2>Details</h2><table><tr><th>Date</th><td>Thursday 4 February 2027</td></tr><tr><th>Time</th><td>9.30am – 3.30pm</td></tr></table><h2>Cost</h2><table><thead><tr><th>School</th><th>Price per delegate</th></tr></thead><tbody><tr><td>Maintained schools</td><td>£165</td></tr><tr><td>Schools buying the SLA</td><td>£140</td></tr><tr><td>Academies and schools outside the county</td><td>£210</td></tr></tbody></table><h2>Other courses</h2><div class="grid">${related}</div></main>`);
    const got = extractCourses(html, URL, { context: 'provider' });
    expect(got.map((c) => c.title)).toEqual(['Phonics: getting the most from your SSP']);
    expect(got[0]?.sessions?.[0]?.start.slice(0, 16)).toBe('2027-02-04T09:30');
  });

  it('an ended early bird in a tickets table below the heading’s block is kept with its deadline; the standard ticket is the fee', () => {
    const html = page('<main><section><h1>The Inspired Teacher Conference 2027</h1><p>Friday 5 March 2027, 9am – 4.30pm, Birmingham.</p></section><section><h2>Tickets</h2><table><tr><td>Super Early Bird (until 30 November 2026)</td><td>£199 + VAT</td><td><s>Ended</s></td></tr><tr><td>Standard ticket</td><td>£249 + VAT</td><td><a href="#">Buy</a></td></tr><tr><td>Group of 5</td><td>£1,000 + VAT</td><td><a href="#">Buy</a></td></tr></table></section></main>');
    const [course] = extractCourses(html, URL, { context: 'provider' });
    expect(course?.price).toMatchObject({ amount: 249, vat: 'excluded' });
    expect(course?.charges?.find((c) => c.type === 'early-bird')).toMatchObject({ amount: 199, until: '2026-11-30' });
    expect(readAmounts(partsOf('<table><tr><td>Early bird (until 1 May 2027)</td><td>£99</td></tr></table>'))[0]).toMatchObject({ type: 'early-bird', until: '1 May 2027' });
  });

  it("a site that files the page under 'Professional development' places it as learning; candidates' exam performance is not a show", () => {
    const html = page('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/pd">Professional development</a></li><li>Chemistry feedback</li></ol></nav><main><h1>GCSE Chemistry: feedback on the June 2026 series</h1><dl><dt>Date</dt><dd>Thursday 21 January 2027</dd><dt>Time</dt><dd>16:00 – 17:30</dd><dt>Cost</dt><dd>Free</dd></dl><p>The Principal Examiner reviews candidate performance on the papers.</p><h2>Other science events</h2><ul><li>Preparing to teach A-level Chemistry – one day – £210</li></ul></main>', '<meta name="description" content="The Principal Examiner reviews candidate performance on the June 2026 papers.">');
    const [course] = extractCourses(html, URL, { context: 'asked' });
    expect(course?.price).toMatchObject({ amount: 0, basis: 'free' });
    expect(course?.sessions?.[0]?.hours).toBe(1.5);
  });

  it("'Cost: Free. Optional hot lunch £15' is a free course with an add-on, not a £15 course", () => {
    const html = page('<main><h1>Teacher CPD: chemistry with the collections</h1><p>Thursday 11 February 2027, 5.30–7.30pm at the museum.</p><p>Cost: Free. Optional hot lunch £15 (book in advance).</p><p><a href="/book">Book now</a></p></main>');
    const [course] = extractCourses(html, URL, { context: 'browse' });
    expect(course?.price).toMatchObject({ amount: 0, basis: 'free' });
    expect(course?.charges).toEqual([expect.objectContaining({ type: 'add-on', amount: 15 })]);
  });

  it('a levy-funded apprenticeship with dates and no price is a course while browsing: its funding settles its cost', () => {
    const html = page('<main><h1>School Business Professional – Level 4 Apprenticeship</h1><dl><dt>Start dates</dt><dd>Monday 1 February 2027 or Tuesday 4 May 2027</dd><dt>Funding</dt><dd>Funded through the apprenticeship levy. There is no cost to the apprentice.</dd></dl><p>An apprenticeship programme of training for school business professionals.</p></main>');
    expect(extractCourses(html, URL, { context: 'browse' }).map((c) => c.title)).toEqual(['School Business Professional – Level 4 Apprenticeship']);
  });

  it('a table of the course\'s own dates under "Upcoming dates" is its dates, one full and the others open, not the start of other courses', () => {
    const rows = '<tr class="full"><td>Tuesday 26 January 2027</td><td><span class="tag">Fully booked</span></td><td><a href="/waitlist/1">Join waiting list</a></td></tr><tr><td>Wednesday 24 February 2027</td><td>Places available</td><td><a href="/book/2">Book</a></td></tr><tr><td>Thursday 13 May 2027</td><td>Places available</td><td><a href="/book/3">Book</a></td></tr>';
    const html = page(`<main><h1>Leading Early Reading in Key Stage 1</h1><p>A one-day course for KS1 teachers and English leads.</p><p>All courses run 9.30am – 3.30pm at the Hub, Kestrel Park Primary, Swindon.</p><h2>Upcoming dates</h2><table class="calendar"><thead><tr><th>Date</th><th>Places</th><th></th></tr></thead><tbody>${rows}</tbody></table><p><strong>Price:</strong> £245 per delegate.</p></main>`);
    const [course] = extractCourses(html, URL, { context: 'browse' });
    expect(course?.sessions?.map((s) => s.start.slice(0, 10))).toEqual(['2027-01-26', '2027-02-24', '2027-05-13']);
    expect(scoreCourse(course!, defaultPolicy, undefined, undefined, { now: '2026-12-07' }).profile).toMatchObject({ status: 'open', schedule: { alternatives: 2 } });
  });

  it('a two-day conference dated as a range above each day\'s own timed heading takes each day\'s times: 7 h on Friday, 4 h on Saturday', () => {
    const html = page('<main><h1>National Science Leaders\' Conference 2027</h1><p><strong>Friday 19 – Saturday 20 March 2027</strong>, Manchester Central</p><h2>Programme</h2><h3>Friday 19 March (9.30am – 4.30pm)</h3><ul><li>Keynote: Assessment that informs teaching</li></ul><h3>Saturday 20 March (9.00am – 1.00pm)</h3><ul><li>Keynote: Coaching your team</li></ul><p>Full conference (both days): £345 + VAT.</p></main>');
    const [course] = extractCourses(html, URL, { context: 'provider' });
    expect(course?.sessions?.map((s) => s.hours)).toEqual([7, 4]);
  });

  it("a review date with its times on the line under it is a session beside the labelled days; unlabelled dates timed by an 'All sessions' line stay three", () => {
    const html = page('<main><h1>Phonics to Fluency</h1><p>A two-day course for Year 1 teachers.</p><h3>Day 1 – Thursday 4 February 2027</h3><p>Assessing phonics precisely.</p><h3>Day 2 – Friday 5 February 2027</h3><p>Fluency.</p><h3>Online review – Tuesday 16 March 2027</h3><p>A one-hour review on Zoom, 4.00pm–5.00pm, to share what you tried.</p><p>Times: both days 9.15am – 3.45pm.</p><p>Fee: £395 + VAT per delegate.</p></main>');
    expect(extractCourses(html, URL, { context: 'provider' })[0]?.sessions?.map((s) => s.hours)).toEqual([6.5, 6.5, 1]);
    const table = page('<main><h1>Reading and writing like a scientist</h1><p>Three live online sessions for science teachers.</p><h2>Sessions</h2><table><tr><th></th><th>Date</th><th>Focus</th></tr><tr><td>1</td><td>Tuesday 2 February 2027</td><td>Vocabulary</td></tr><tr><td>2</td><td>Tuesday 2 March 2027</td><td>Reading</td></tr><tr><td>3</td><td>Tuesday 27 April 2027</td><td>Writing</td></tr></table><p>All sessions run 4.30–6.00pm on Zoom.</p><p>Fees: £165.</p></main>');
    expect(extractCourses(table, URL, { context: 'provider' })[0]?.sessions?.map((s) => s.hours)).toEqual([1.5, 1.5, 1.5]);
  });

  it('the same day run in two places is one day to attend, in English and in Welsh; a termly network hosted by different schools is two meetings', () => {
    const vak = page('<main><h1>Teaching to Every Learning Style</h1><p>An inspiring day for teachers.</p><h2>Dates and venues</h2><p>Friday 5 March 2027 – Manchester, Piccadilly Conference Suite – 9.30am to 3.30pm</p><p>Friday 14 May 2027 – Bristol, Harbourside Centre – 9.30am to 3.30pm</p><h2>Price</h2><p>£195 + VAT per delegate.</p></main>');
    expect(scoreCourse(extractCourses(vak, URL, { context: 'provider' })[0]!, defaultPolicy).profile?.schedule).toMatchObject({ sessions: 1, contactHours: 6, alternatives: 1 });
    const cy = page('<main><h1>Y Cod ADY yn ymarferol</h1><p>Cwrs i athrawon.</p><h2>Dyddiadau</h2><p>Dydd Iau 4 Mawrth 2027, 09:30–15:30, Caerfyrddin</p><p>Dydd Mawrth 8 Mehefin 2027, 09:30–15:30, Llanelli</p><h2>Ffi</h2><p>£110 + TAW y pen.</p></main>');
    expect(scoreCourse(extractCourses(cy, URL, { context: 'provider' })[0]!, defaultPolicy).profile?.schedule).toMatchObject({ sessions: 1, alternatives: 1 });
    const network = page('<main><h1>KS3 Mastery Network – 2027 meetings</h1><p>Our termly network for KS3 maths teachers.</p><table><tr><th>Term</th><th>Date</th><th>Time</th><th>Host</th></tr><tr><td>Spring</td><td>Wednesday 27 January 2027</td><td>1:30pm – 4:00pm</td><td>Hartfield College</td></tr><tr><td>Summer</td><td>Wednesday 28 April 2027</td><td>1:30pm – 4:00pm</td><td>Petersfield School</td></tr></table><p>Annual subscription: £240 per school.</p></main>');
    expect(scoreCourse(extractCourses(network, URL, { context: 'provider' })[0]!, defaultPolicy).profile?.schedule).toMatchObject({ sessions: 2, alternatives: 0 });
  });

  it('two dated runs given in structured data, one to choose, are one day of hours, not their sum', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Course', name: 'Phonics Refresh for Year 1 Teachers', hasCourseInstance: [{ '@type': 'CourseInstance', startDate: '2027-02-03T09:30', endDate: '2027-02-03T15:30', location: 'London' }, { '@type': 'CourseInstance', startDate: '2027-03-04T09:30', endDate: '2027-03-04T15:30', location: 'Birmingham' }] };
    const html = page('<main><h1>Phonics Refresh for Year 1 Teachers</h1><p>£240 + VAT</p><h2>Choose a date</h2><p>Wednesday 3 February 2027 · London · 09:30–15:30</p><p>Thursday 4 March 2027 · Birmingham · 09:30–15:30</p></main>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(scoreCourse(extractCourses(html, URL, { context: 'provider' })[0]!, defaultPolicy).profile?.schedule).toMatchObject({ sessions: 1, contactHours: 6, alternatives: 1 });
  });

  it('a "full day" whose timetable is 09:00–12:00 and 13:00–15:00 is five hours, not six', () => {
    const html = page('<main><h1>Rekindle the Fire</h1><p>A whole-staff INSET day.</p><h2>The day</h2><p>09:00–12:00 Keynote: “Rekindle the Fire”</p><p>13:00–15:00 Workshop: “Your Why, Your Way”</p><h2>Booking</h2><p>Full day for up to 60 staff: £2,400 + VAT.</p></main>');
    expect(extractCourses(html, URL, { context: 'provider' })[0]?.totalHours).toBe(5);
  });

  it('two days dated together and timed day by day on the line under them take each day\'s times: 7.5 h and 6.5 h', () => {
    const html = page('<main><h1>Science Education Conference 2027</h1><p>Thursday 24 and Friday 25 June 2027 · Harrogate Convention Centre</p><p>Day 1: registration from 08:45, sessions 09:30–17:00, followed by a drinks reception. Day 2: 09:00–15:30.</p><p>Delegate ticket (both days): £295 + VAT.</p></main>');
    expect(extractCourses(html, URL, { context: 'provider' })[0]?.sessions?.map((s) => s.hours)).toEqual([7.5, 6.5]);
  });

  it("an INSET day's timetable without dates gives each of its alternative dates the day's hours, lunch left out", () => {
    const html = page('<main><h1>Calm, Consistent Routines – whole-school INSET</h1><p>One day for your whole staff, delivered in your school.</p><h2>The day</h2><p>9.00am – 12.00pm: agreeing the routines; modelling</p><p>12.00pm – 1.00pm: lunch</p><p>1.00pm – 3.30pm: rehearsal in teams</p><h2>Availability</h2><p>Dates still open include Monday 4 January 2027 and Friday 9 April 2027.</p><h2>Pricing</h2><p>£1,400 per school for up to 30 staff.</p></main>');
    const [course] = extractCourses(html, URL, { context: 'provider' });
    expect(course?.sessions?.map((s) => s.hours)).toEqual([5.5, 5.5]);
    expect(scoreCourse(course!, defaultPolicy).profile?.schedule).toMatchObject({ contactHours: 5.5, alternatives: 1 });
  });

  it('an undated series counted with its times ("Four twilight sessions, 3.30pm – 5.00pm") is 6 hours, once, when the description says it again', () => {
    const line = 'Four twilight sessions at your school, 3.30pm – 5.00pm, on dates we agree with you.';
    const html = page(`<main><h1>Coaching in Your School</h1><p>A programme delivered at your school for up to twelve staff who coach colleagues.</p><h2>What's included</h2><ul><li>${line}</li><li>Coaching cycles between sessions.</li></ul><h2>Price</h2><p>£2,750 per school for a group of up to 12 coaches.</p></main>`, `<meta name="description" content="${line}">`);
    const [course] = extractCourses(html, URL, { context: 'provider' });
    expect(course?.totalHours).toBe(6);
    expect(scoreCourse(course!, defaultPolicy).profile?.schedule).toMatchObject({ sessions: 4, contactHours: 6 });
  });

  it("dated days keep their own hours when another line counts timed twilights of its own (an NPQ's online sessions)", () => {
    const html = page('<main><h1>NPQ in Leading Teaching</h1><p>A 12-month programme for teachers leading teaching in a subject.</p><h2>Programme structure</h2><ul><li>Three face-to-face days: Tuesday 23 February 2027, Tuesday 22 June 2027 and Tuesday 9 November 2027</li><li>Six online facilitated sessions (twilights, 4.00pm–5.30pm), dates confirmed on registration</li></ul><p>Fee: £899 for schools not eligible for funding.</p></main>');
    const [course] = extractCourses(html, URL, { context: 'provider' });
    expect(course?.sessions?.map((s) => s.hours)).toEqual([undefined, undefined, undefined]);
  });

  it("an NPQ's timed days and the evening clinics it counts besides them and calls are its contact hours: 3 × 6 + 8 × 1.5 + 6 × 0.75 = 34.5", () => {
    const html = page('<main><h1>NPQ in Leading Teaching</h1><p>A 12-month programme for teachers leading teaching in a subject.</p><h2>Programme structure</h2><ul><li>three full-day face-to-face sessions in Bristol: Monday 8 February 2027, Monday 14 June 2027 and Monday 4 October 2027 (9.30am – 3.30pm);</li><li>eight online clinics on Tuesday evenings, 7.00pm – 8.30pm;</li><li>Six one-to-one coaching calls of 45 minutes with your coach.</li></ul><p>Fee: £899 for schools not eligible for funding.</p></main>');
    const [course] = extractCourses(html, URL, { context: 'provider' });
    expect(course?.totalHours).toBe(34.5);
    expect(scoreCourse(course!, defaultPolicy).profile?.schedule).toMatchObject({ sessions: 3, contactHours: 34.5 });
    // the four dated twilights are the "four twilights" the page counts: not counted twice
    const twilights = page('<main><h1>Adaptive teaching twilights</h1><p>Four twilight sessions, 4.00pm – 5.30pm.</p><p>Dates: Tuesday 12 January 2027, 4.00pm – 5.30pm; Tuesday 9 February 2027, 4.00pm – 5.30pm; Tuesday 9 March 2027, 4.00pm – 5.30pm; Tuesday 4 May 2027, 4.00pm – 5.30pm.</p><p>Cost: £165 per delegate.</p></main>');
    expect(extractCourses(twilights, URL, { context: 'provider' })[0]?.totalHours).toBe(6);
  });

  it('three half-day dates under "Dates – choose one" are one half day to attend; a prerequisite two-day course is not its length', () => {
    const rows = [['Tue 26 Jan 2027', '9.30am–12.30pm'], ['Thu 25 Feb 2027', '1.00pm–4.00pm'], ['Wed 17 Mar 2027', '9.30am–12.30pm']].map(([d, t]) => `<tr><td>${d}</td><td>${t}</td><td>Online</td></tr>`).join('');
    const html = page(`<main><section><h1>DSL Refresher</h1><p>This half-day refresher covers changes in KCSIE 2026 and local procedures.</p><p>Pre-requisite: you must have completed the two-day DSL New to Role course.</p></section><h2>Dates – choose one</h2><table><tr><th>Date</th><th>Time</th><th>Where</th></tr>${rows}</table><p>Cost: £60 per person.</p></main>`);
    const [course] = extractCourses(html, URL, { context: 'provider' });
    const result = scoreCourse(course!, defaultPolicy);
    expect(result.profile?.schedule).toMatchObject({ sessions: 1, contactHours: 3, alternatives: 2 });
  });
  it("a 'Key facts' sidebar beside the main element gives the course's dates, times and fee; a sidebar of other courses does not", () => {
    const facts = '<aside class="sidebar"><h3>Key facts</h3><p><b>Dates:</b> Thursday 25 and Friday 26 February 2027</p><p><b>Times:</b> 9:30am – 3:30pm both days</p><p><b>Venue:</b> Kings Cross Conference Centre, London N1C 4AG</p><p><b>Fee:</b> £425 + VAT</p></aside>';
    const body = '<main><h1>KS3 Maths Mastery: Two-Day Intensive</h1><p>Over two days you will work through the core ideas of mastery in KS3 and redesign one of your own lesson sequences with feedback from the trainers.</p><p><a href="/book/ks3">Book now</a></p></main>';
    const [course] = extractCourses(page(`<div class="page">${facts}${body}</div>`), URL, { context: 'browse' });
    expect(course?.price).toMatchObject({ amount: 425, vat: 'excluded' });
    expect(course?.sessions?.map((s) => s.hours)).toEqual([6, 6]);
    const others = '<aside><h3>Other courses</h3><p>Date: Monday 8 March 2027</p><p>Fee: £150</p><p>Date: Tuesday 9 March 2027</p><p>Fee: £175</p></aside>';
    expect(extractCourses(page(`<div class="page">${others}${body}</div>`), URL, { context: 'asked' })[0]?.price).toBeUndefined();
  });
  it("an event for teachers at a gallery is for their work; a free online examiners' event for 'GCSE Chemistry teachers' is a course while browsing, and a 'Related' list's price is not its fee", () => {
    const museum = page('<main><h1>Teachers\' preview evening: Engines of Change</h1><p>Thursday 4 February 2027, 4.30pm – 6.30pm, at the museum.</p><p>Preview our new gallery on steam and electricity with the Learning Team. The event is free.</p><p><a href="/book">Book a place</a></p></main>', '<meta name="description" content="Free twilight for secondary teachers: preview our new gallery">');
    expect(extractCourses(museum, URL, { context: 'browse' })[0]?.price).toMatchObject({ amount: 0 });
    const exam = page('<main><h1>GCSE Chemistry: feedback on the summer 2026 series</h1><p>Thursday 19 November 2026 · 4:00pm – 5:30pm · Online</p><h2>Cost</h2><p>Free. Places were limited to one per centre.</p><h2>Related</h2><ul><li>Required practicals in written papers – Wednesday 10 March 2027, £65</li></ul></main>', '<meta name="description" content="Free online event for GCSE Chemistry teachers: examiner feedback">');
    const [course] = extractCourses(exam, URL, { context: 'browse' });
    expect(course?.price).toMatchObject({ amount: 0, basis: 'free' });
  });
  it("'Training day 1 – …' lines under 'Programme at a glance' are one programme's days, timed by 'All training days run from 9:30am to 3:30pm'", () => {
    const days = ['Tuesday 26 January 2027: the coaching cycle', 'Tuesday 27 April 2027: deliberate practice', 'Tuesday 5 October 2027: sustaining coaching'].map((d, i) => `<li>Training day ${i + 1} – ${d}</li>`).join('');
    const html = page(`<main><h1>Instructional Coaching for Middle Leaders</h1><p>A year-long programme for middle leaders who want to coach the teachers in their team.</p><h2>Programme at a glance</h2><ul>${days}</ul><p>All training days run from 9:30am to 3:30pm in Birmingham.</p><h2>Fees</h2><p>£1,395 + VAT per participant. A deposit of £300 secures your place.</p></main>`);
    const courses = extractCourses(html, URL, { context: 'browse' });
    expect(courses.map((c) => c.title)).toEqual(['Instructional Coaching for Middle Leaders']);
    expect(courses[0]?.sessions?.map((s) => s.hours)).toEqual([6, 6, 6]);
    expect(courses[0]?.price).toMatchObject({ amount: 1395, vat: 'excluded' });
  });
  it("a closed early bird broken from the standard price by <br> is not the fee, and 'We also run this course as an in-school INSET session' is not how this one is delivered", () => {
    const html = page('<main><h1>Marking Less, Feedback More</h1><p>Friday 5 February 2027 · 9:30am to 3:30pm · Conway Hall, Red Lion Square, London WC1R 4RL</p><p>A practical day for secondary teachers on feedback that moves learning forward.</p><h2>Fees</h2><p>Early bird (booked by 30 November 2026): £219 + VAT – <em>now closed</em><br>Standard: £249 + VAT</p><h3>Can\'t make it?</h3><p>We also run this course as an in-school INSET session. Ask us for a quote.</p></main>');
    const [course] = extractCourses(html, URL, { context: 'browse' });
    expect(course?.price).toMatchObject({ amount: 249, vat: 'excluded' });
    expect(course?.charges).toEqual([expect.objectContaining({ type: 'early-bird', amount: 219 })]);
    expect(course?.delivery).toBe('face-to-face');
    expect(scoreCourse(course!, defaultPolicy).profile?.kind).toBe('course');
  });
  it("'Who should attend? Teachers of GCSE Chemistry' names the page's audience: a free online examiners' session is a course while browsing", () => {
    const html = page('<main><h1>GCSE Chemistry: feedback on the June 2026 series</h1><table><tr><td>Date</td><td>Thursday 21 January 2027</td></tr><tr><td>Time</td><td>16:00 – 17:30</td></tr><tr><td>Cost</td><td>Free</td></tr></table><p>Join our Principal Examiner to review how candidates performed on the papers.</p><h2>Who should attend?</h2><p>Teachers of GCSE Chemistry and Combined Science, and heads of science.</p><p><a href="#">Book your free place</a></p></main>');
    const [course] = extractCourses(html, URL, { context: 'browse' });
    expect(course?.sessions?.[0]?.hours).toBe(1.5);
    // without the audience, a date and a price alone are not enough while browsing (a booking button would make three signs)
    const anyone = html.replace('Teachers of GCSE Chemistry and Combined Science, and heads of science.', 'Anyone with an interest in chemistry.').replace('<p><a href="#">Book your free place</a></p>', '');
    expect(extractCourses(anyone, URL, { context: 'browse' })).toEqual([]);
  });
  it("a bilingual list of four sessions opening 'Dydd Mawrth …' is four labelled dates, not the first three of a prose list", () => {
    const rows = [['19 Ionawr', '19 January'], ['9 Mawrth', '9 March'], ['11 Mai', '11 May'], ['29 Mehefin', '29 June']].map(([cy, en]) => `<p>Dydd Mawrth ${cy} 2027 / Tuesday ${en} 2027 – Sesiwn / Session</p>`).join('');
    const html = page(`<main><h1>Progression and assessment in Curriculum for Wales: cluster programme</h1><p>A two-term programme for primary teachers.</p><h2>Sesiynau / Sessions</h2><p>All sessions 9:15am – 12:15pm, Carmarthen Education Centre</p>${rows}<p>This programme is fully funded by Welsh Government.</p></main>`);
    expect(extractCourses(html, URL, { context: 'browse' })[0]?.sessions?.map((s) => s.start.slice(0, 10))).toEqual(['2027-01-19', '2027-03-09', '2027-05-11', '2027-06-29']);
  });
  it("'… from 9:30am to 3:30pm on:' times each date listed under it, and the online clinics' times after the list are not theirs", () => {
    const html = page('<main><h1>NPQ in Leading Literacy</h1><p>An 18-month national professional qualification for teachers who lead literacy.</p><p>Face-to-face conference days take place at Pennine Vale Academy, Halifax, from 9:30am to 3:30pm on:</p><ul><li>Tuesday 2 February 2027</li><li>Tuesday 22 June 2027</li><li>Tuesday 9 November 2027</li></ul><p>Online clinics run from 4:00pm to 5:30pm roughly every half term.</p><p>Fee: £899 per participant.</p></main>');
    expect(extractCourses(html, URL, { context: 'browse' })[0]?.sessions?.map((s) => s.hours)).toEqual([6, 6, 6]);
  });
  it("labelled facts in a list ('Price: £1,200 per school', 'Larger schools: £35 …', 'Optional follow-up: £450') are one course's, not three courses; a short heading with times ('Online clinics (4.00 – 5.00pm)') times the dates under it", () => {
    const facts = ['Price: £1,200 per school (up to 30 staff), plus travel', 'Larger schools: £35 per additional member of staff', 'Optional follow-up: £450 for a twilight review'].map((t) => `<li><strong>${t.split(': ')[0]}:</strong> ${t.split(': ')[1]}</li>`).join('');
    const inset = page(`<main><h1>In-school INSET: Adaptive teaching for every learner</h1><p>A whole-staff INSET day for primary schools, delivered in your school.</p><ul>${facts}</ul></main>`);
    expect(extractCourses(inset, URL, { context: 'browse' }).map((c) => c.title)).toEqual(['In-school INSET: Adaptive teaching for every learner']);
    const clinics = ['Tuesday 9 February 2027', 'Tuesday 16 March 2027', 'Tuesday 20 April 2027'].map((d) => `<li>${d}</li>`).join('');
    const mentor = page(`<main><h1>Mentor training for early career teachers</h1><p>Funded mentor training for the ECF.</p><h2>Face-to-face training days</h2><p>Day 1 – Tuesday 12 January 2027, 9.00am – 3.30pm: the mentor's role</p><h3>Online clinics (4.00 – 5.00pm)</h3><ul>${clinics}</ul></main>`);
    expect(extractCourses(mentor, URL, { context: 'asked' })[0]?.sessions?.map((x) => x.hours)).toEqual([6.5, 1, 1, 1]);
  });
  it("a levy-funded apprenticeship whose start months sit under a 'Start dates' label is a course while browsing", () => {
    const html = page('<main><h1>School Business Professional (Level 4) Apprenticeship</h1><p>For staff working in school business management who want a nationally recognised qualification.</p><h2>Key information</h2><dl><dt>Start dates</dt><dd>February 2027 and April 2027 cohorts</dd><dt>Funding</dt><dd>Funded through the apprenticeship levy.</dd></dl></main>');
    expect(extractCourses(html, URL, { context: 'browse' })[0]?.funding?.map((f) => f.kind)).toEqual(['levy']);
  });
});
