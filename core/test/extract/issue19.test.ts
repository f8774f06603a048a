import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCourses, extractPage, readDates } from '../../src/node.ts';
import type { ExtractContext } from '../../src/extract/types.ts';
import { stripSiteName } from '../../src/extract/sources/meta.ts';

/** The behaviours issue 19 asks for, each on a small written page (the real pages are in real-golden.test.ts). */
const URL = 'https://www.example.org/events/page';
const CONTEXTS: ExtractContext[] = ['browse', 'provider', 'asked'];
const page = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (node: object): string => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...node })}</script>`;

describe('learning events vs other events, in every context', () => {
  it.each(CONTEXTS)('%s: a concert with schema.org MusicEvent is no course, and is listed as rejected with why', (context) => {
    const html = page('<main><h1>Tove Styrke</h1><p>Friday 1 May 2026, 7:30pm</p><p><a href="/t">Buy tickets</a></p></main>', ld({ '@type': 'MusicEvent', name: 'Tove Styrke', startDate: '2026-05-01T19:30', offers: { '@type': 'Offer', price: '18' } }));
    const got = extractPage(html, URL, { context });
    expect(got.courses).toEqual([]);
    expect(got.rejected[0]).toMatchObject({ title: 'Tove Styrke', why: expect.stringMatching(/MusicEvent/) });
  });

  it.each(CONTEXTS)('%s: a generic Event performed by a band, a match and a product are no courses', (context) => {
    const show = ld({ '@type': 'Event', name: 'The Adventures of Kira and Morrison', startDate: '2026-07-21T19:00', performer: { '@type': 'PerformingGroup', name: 'Kira and Morrison' } });
    const match = ld({ '@type': 'Event', name: 'Miami Heat at Philadelphia 76ers - Game 3', startDate: '2026-04-21T20:00', description: 'NBA playoff tickets' });
    const product = ld({ '@type': 'Product', name: 'Executive Anvil', offers: { '@type': 'Offer', price: '119.99', priceCurrency: 'USD' } });
    for (const head of [show, match, product]) expect(extractCourses(page('<main><p>Details</p></main>', head), URL, { context })).toEqual([]);
  });

  it.each(CONTEXTS)('%s: a news article with a date and a passing mention of training is no course', (context) => {
    const head = '<meta property="article:published_time" content="2024-02-01T09:00:00Z"><title>Council approves new budget</title>';
    const html = page('<main><h1>Council approves new budget</h1><p>Published 1 February 2024</p><p>The council said staff would receive training on the new system from Monday 4 March 2024 onwards.</p></main>', head);
    expect(extractCourses(html, URL, { context })).toEqual([]);
  });

  it('a news post announcing one webinar by name with its own date is that webinar when asked, and news while browsing', () => {
    const head = '<meta property="article:published_time" content="2022-04-12T09:00:00Z"><title>First-ever webinar on reading the Jamaican language</title>';
    const html = page('<main><article><h1>First-ever webinar on reading the Jamaican language</h1><p>Posted 12 April 2022</p><p>The institute will hold its first webinar on Saturday 30 April 2022 at 2pm on Zoom. Everyone is welcome.</p></article></main>', head);
    expect(extractCourses(html, URL, { context: 'asked' }).map((c) => [c.title, c.sessions?.[0]?.start.slice(0, 10)])).toEqual([['First-ever webinar on reading the Jamaican language', '2022-04-30']]);
    expect(extractCourses(html, URL, { context: 'browse' })).toEqual([]);
    const onlyPosted = page('<main><article><h1>New webinar series launched</h1><p>12 April 2022</p><p>The institute has launched a series of webinars.</p></article></main>', head.replace(/<title>.*<\/title>/, '<title>New webinar series launched</title>'));
    expect(extractCourses(onlyPosted, URL, { context: 'asked' })).toEqual([]);
  });

  it("a news article's teasers of other news are no courses, whatever the article is about", () => {
    const teaser = (t: string, d: string): string => `<li class="teaser"><h3><a href="/${t.length}">${t}</a></h3><time datetime="${d}">${d}</time></li>`;
    const head = '<meta property="article:published_time" content="2021-11-04T10:00:00Z"><title>Places left for the fire safety forum</title>';
    const html = page(`<main><article><h1>Places left for the fire safety forum</h1><p>The forum for teachers and trainers in fire safety education meets online next month: a day of training and workshops.</p></article><ul>${teaser('Agency heads visit the station', '2021-11-03T12:18:12+01:00')}${teaser('Volunteering day campaign', '2021-11-02T13:48:11+01:00')}${teaser('Fire brigade newspaper November 2021', '2021-11-01T15:06:12+01:00')}</ul></main>`, head);
    expect(extractPage(html, URL, { context: 'asked' }).courses.map((c) => c.title)).not.toContain('Agency heads visit the station');
  });

  it.each(CONTEXTS)('%s: a news report with a byline, or a WordPress "Blog Archive" post, about a conference or talks is no course', (context) => {
    const report = page('<main><h1>Investment opportunities at the free zones conference</h1><p>Investment</p><p>April 26, 2022</p><p>Written by:</p><p>A. Reporter</p><p>Participants can expect seminars and panel discussions at the annual international conference, scheduled for June 13 to 17 at the convention centre.</p></main>', '<title>Investment opportunities at the free zones conference – Information Service</title>');
    const post = page('<main><h1>Time 4 talks</h1><h2>More digital cinemas</h2><p>New screens open across the country, with support for talks and training of staff.</p><p>Von R. R. am</p><p>07.08.2013</p><p>um 09:07 Uhr</p></main>', '<title>Time 4 talks » Blog Archiv » More digital cinemas</title>');
    for (const html of [report, post]) expect(extractCourses(html, URL, { context })).toEqual([]);
  });

  it("a course on the phonics screening check is learning, not a film screening", () => {
    const html = page('<main><h1>Phonics in Year 1: Getting Ready for the Screening Check</h1><p>A one-day course for Year 1 teachers on Thursday 14 January 2027, 9.30am – 3.30pm.</p><p>Cost: £150 per delegate.</p></main>', '<title>Phonics in Year 1: Getting Ready for the Screening Check | Pennine Primary Partnership</title>');
    for (const context of CONTEXTS) expect(extractCourses(html, URL, { context }).map((c) => c.title), context).toEqual(['Phonics in Year 1: Getting Ready for the Screening Check']);
    expect(extractPage(page('<main><h1>Film screening: The Stand-Up Guys</h1><p>Friday 5 March 2027, 7.30pm. Tickets £8.</p></main>'), URL, { context: 'asked' }).courses).toEqual([]);
  });

  it("a page whose own title calls it a programme, with a price and dated sessions, is a course while browsing too; without that word in its title it is not enough while browsing", () => {
    const html = (title: string): string => page('<main><h1>Responsive Teaching and Feedback in Science</h1><p>For a group of science teachers and leaders from one trust, delivered at one of your schools.</p><h2>Sessions</h2><p>Part 1 – Thursday 28 January 2027, 1.00pm – 4.00pm.</p><p>Part 2 – Thursday 4 March 2027, 1.00pm – 4.00pm.</p><p>Price £3,600 + VAT per group of up to 8.</p><p><a href="/enquire">Enquire</a></p></main>', `<title>${title}</title>`);
    const titled = html('Responsive Teaching and Feedback in Science – trust cohort programme | Fulcrum');
    for (const context of CONTEXTS) expect(extractCourses(titled, URL, { context }).map((c) => c.title), context).toEqual(['Responsive Teaching and Feedback in Science']);
    expect(extractCourses(html('Responsive Teaching and Feedback in Science | Fulcrum'), URL, { context: 'browse' })).toEqual([]);
  });

  it('a masterclass for teachers typed MusicEvent is still learning: its name says so outright', () => {
    const html = page('', ld({ '@type': 'MusicEvent', name: 'Songwriting masterclass for music teachers', startDate: '2026-05-01T18:00' }));
    expect(extractCourses(html, URL, { context: 'provider' }).map((c) => c.title)).toEqual(['Songwriting masterclass for music teachers']);
  });

  it('a public lecture organised by a university is learning even when its title names none', () => {
    const html = page('', ld({ '@type': 'Event', name: 'Towards agricultural innovation systems 4.0?', startDate: '2026-02-09T16:00', organizer: { '@type': 'Organization', name: 'Wageningen University' } }));
    expect(extractCourses(html, URL, { context: 'asked' })).toHaveLength(1);
  });
});

describe('titles from the structure of real pages (tests/fixtures/real/tune7)', () => {
  const real = (file: string): string => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/real/tune7', file), 'utf8');

  it("a lecture page's cards of the series' speakers (\"Dr. Anna Harris\", each dated) are not courses: the page is one lecture", () => {
    const got = extractCourses(real('tess-oscm-fair-coffee-lecture-harris.html'), 'https://www.openscience-maastricht.nl/events/fair-coffee-lecture-1-march-2023/', { context: 'asked' });
    expect(got.map((c) => c.title)).toEqual(['FAIR Coffee lecture – Anna Harris']);
  });

  it('a page title that opens with a date ("08.11.2021 | Online-Fachtag …") is titled by its words, not its date', () => {
    expect(stripSiteName('08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance')).toBe('Online-Fachtag zum Intersex Day of Remembrance');
    expect(stripSiteName('Phonics in Year 1 | Northern Reading Hub')).toBe('Phonics in Year 1');
    const [course] = extractCourses(real('traf-regenbogenportal-online-fachtag.html'), 'https://www.regenbogenportal.de/aktuelles/08112021-online-fachtag-zum-intersex-day-of-remembrance', { context: 'asked' });
    expect(course?.title).toBe('Online-Fachtag zum Intersex Day of Remembrance');
  });

  it("a table row's title cell holding the event's link and then its room is titled by the link", () => {
    const titles = extractCourses(real('tess-oscm-events-2025.html'), 'https://www.openscience-maastricht.nl/events/', { context: 'asked' }).map((c) => c.title);
    expect(titles).toContain('FAIR Coffee lecture - Sandra Geurts');
    expect(titles.filter((t) => /Maastricht$/.test(t))).toEqual([]);
  });
});

describe('events that inform rather than teach', () => {
  it("a funder's Q&A and information sessions, matchmaking and deadlines in a calendar are not courses; its workshop is", () => {
    const rows = [['Q&A session: call for proposals Diamond Open Access', '21 January 2025'], ['Information session Open Technology Programme 2025', '30 January 2025'], ['Deadline Call for Papers ODISSEI Conference 2025', '3 February 2025'], ['Workshop: writing a data management plan', '13 February 2025']].map(([t, d]) => `<li><h3><a href="/e/${d}">${t}</a></h3><p>${d}, 14:00 – 15:30, online</p></li>`).join('');
    const html = page(`<main><h1>Training and events calendar</h1><ul>${rows}</ul></main>`);
    for (const context of CONTEXTS) expect(extractCourses(html, URL, { context }).map((c) => c.title), context).toEqual(['Workshop: writing a data management plan']);
  });

  it("is not a course on a site the events-calendar adapter reads either", () => {
    const events = [['Microdata Access Grant 2024-2 Q&A session', '2024-09-17'], ['Summer school in computational social science', '2024-06-10']].map(([t, d]) => `<article class="tribe-events-calendar-list__event"><h3 class="tribe-events-calendar-list__event-title"><a href="/e/${d}">${t}</a></h3><time datetime="${d}">${d}</time></article>`).join('');
    const html = page(`<main><h1>Events</h1><div class="tribe-events-calendar-list">${events}</div></main>`);
    expect(extractCourses(html, URL, { context: 'provider' }).map((c) => c.title)).not.toContain('Microdata Access Grant 2024-2 Q&A session');
  });
});

describe('pages that name their training in their own title', () => {
  it('an undated INSET day priced per school is a course while browsing when the page title names it ("… – INSET keynote and workshop")', () => {
    const html = page('<main><h1>Rekindle the Fire</h1><p>A whole-staff day with a former head teacher.</p><h2>Booking</h2><p>Available on your INSET days throughout 2027. Full day for up to 60 staff: £2,400 + VAT, plus travel expenses at cost.</p><p><a href="/check">Check availability</a></p></main>', '<title>Rekindle the Fire – INSET keynote and workshop with Gary Thornton | Ignite Speakers</title>');
    expect(extractCourses(html, URL, { context: 'browse' }).map((c) => c.title)).toEqual(['Rekindle the Fire']);
  });

  it("a subject leaders' network is a professional gathering; a free webinar is free, whatever its product costs per pupil", () => {
    const network = page("<main><h1>English Subject Leaders' Network 2027</h1><p>The network brings primary English leads together each term.</p><h2>Meetings</h2><p>Wednesday 27 January 2027, 13:30–16:00</p><p>Wednesday 28 April 2027, 13:30–16:00</p><h2>Subscription</h2><p>£180 per school for the three meetings.</p></main>");
    expect(extractCourses(network, URL, { context: 'provider' }).map((c) => c.title)).toEqual(["English Subject Leaders' Network 2027"]);
    const webinar = page('<main><h1>5 marking hacks to save hours every week</h1><p>Free webinar · Thursday 21 January 2027 · 4:00pm–4:45pm</p><p>Forty-five minutes of quick wins from a former teacher.</p><p><a href="/register">Save my free place</a></p><p>MarkSmart for schools from £3.50 per pupil per year.</p></main>', '<title>Free webinar: 5 marking hacks to save hours every week | MarkSmart</title>');
    expect(extractCourses(webinar, URL, { context: 'browse' })[0]?.price).toMatchObject({ amount: 0, basis: 'free' });
  });
});

describe('one course per listing item', () => {
  it('reads an Event / When / Where table as one course per row', () => {
    const rows = ['SEND leadership conference', 'Early reading conference', 'Maths subject leaders conference', 'Science CPD conference', 'Governance conference'].map((t, i) => `<tr><td><a href="/c/${i}">${t}</a></td><td>${i + 3} June 2027</td><td>Leeds</td></tr>`).join('');
    const got = extractCourses(page(`<main><h1>Conferences 2027</h1><table><thead><tr><th>Event</th><th>When</th><th>Where</th></tr></thead><tbody>${rows}</tbody></table></main>`), URL);
    expect(got.map((c) => c.title)).toHaveLength(5);
    expect(got[1]).toMatchObject({ title: 'Early reading conference', url: 'https://www.example.org/c/1' });
    expect(got[1]?.sessions?.[0]?.start).toBe('2027-06-04');
  });

  it('reads two linked, dated cards as two courses, not one named after the page', () => {
    const card = (t: string, d: string): string => `<div class="col"><article class="card"><h2><a href="/${t.length}">${t}</a></h2><p>${d}</p><p>Location: Utrecht</p></article></div>`;
    const got = extractCourses(page(`<main><h1>Agenda</h1><div class="grid">${card('Influencing skills training', '18 September 2025')}${card('Data stewards network day', '6 October 2025')}</div></main>`), URL, { context: 'provider' });
    expect(got.map((c) => [c.title, c.sessions?.[0]?.start.slice(0, 10)])).toEqual([['Influencing skills training', '2025-09-18'], ['Data stewards network day', '2025-10-06']]);
  });

  it('reads a catalogue in sections of cards with no dates or prices, each card saying it is a course, as one course per card', () => {
    const card = (t: string, tag: string): string => `<div class="cards__item"><div class="card"><h3 class="card__title">${t}</h3><p>${tag} | A practical course for working professionals.</p><a class="btn" href="/courses/${encodeURIComponent(t)}">Go to ${t}</a></div></div>`;
    const section = (h: string, cards: string[]): string => `<div class="section"><h2>${h}</h2><div class="cards-wrapper">${cards.join('')}</div></div>`;
    const html = page(`<main><h1>Courses for laboratory staff</h1>${section('Cytology', [card('Cervical cytology', 'Course'), card('Clinical cytology', 'Course'), card('Urine sediment', 'Course')])}${section('Chemistry', [card('NMR spectroscopy', 'Course'), card('Basic chemistry', 'Online course')])}</main>`);
    for (const context of ['provider', 'asked'] as const) {
      expect(extractCourses(html, URL, { context }).map((c) => c.title), context).toEqual(['Cervical cytology', 'Clinical cytology', 'Urine sediment', 'NMR spectroscopy', 'Basic chemistry']);
    }
    // cards titled by an <h1> of their own and a fact only a course has ("Next start", credits)
    const programme = (t: string): string => `<article><a href="/programmes/${t.length}" class="search-item"><header><h1>${t}</h1></header><dl><dt>Next start</dt><dd>August 2025</dd><dt>Credits</dt><dd>400 (about 2 years)</dd></dl></a></article>`;
    const list = extractCourses(page(`<main><h1>Find a programme</h1><div class="results">${['Front End Developer', 'Java developer', 'Software tester'].map(programme).join('')}</div></main>`), URL, { context: 'asked' });
    expect(list.map((c) => c.title)).toEqual(['Front End Developer', 'Java developer', 'Software tester']);
  });

  it('reads no undated cards as courses when they do not say so, or lead nowhere of their own', () => {
    const job = (t: string): string => `<div class="job"><h3><a href="/jobs/${t.length}">${t}</a></h3><p>Start date: ASAP. Duration: 6 months.</p></div>`;
    expect(extractCourses(page(`<main><h1>Training courses and vacancies</h1><div class="jobs">${['Lab technician', 'Data manager', 'Project officer'].map(job).join('')}</div></main>`), URL, { context: 'asked' }).map((c) => c.title)).not.toContain('Data manager');
    const here = (t: string): string => `<div class="card"><h3>${t}</h3><p>Course | about ${t}</p><a href="#top">Back to top</a></div>`;
    expect(extractCourses(page(`<main><h1>Our training courses</h1><div class="grid">${['Cytology themes', 'Chemistry themes', 'Biology themes'].map(here).join('')}</div></main>`), URL, { context: 'asked' }).map((c) => c.title)).not.toContain('Chemistry themes');
  });

  it('finds two dated cards after a search form whose filters come in pairs of label and box', () => {
    const filters = Array.from({ length: 60 }, (_, i) => `<div class="facet"><input type="checkbox" id="f${i}"><label for="f${i}">Topic ${i}</label></div>`).join('');
    const card = (t: string, d: string): string => `<li class="item"><div class="card"><h3 class="card__title"><a href="/${t.length}">${t}</a></h3><p><time datetime="${d}">${d}</time></p></div></li>`;
    const got = extractCourses(page(`<main><h1>Events</h1><form>${filters}</form><ul>${card('Data stewardship training day', '2025-03-20')}${card('Research software workshop', '2025-04-08')}</ul></main>`), URL, { context: 'provider' });
    expect(got.map((c) => [c.title, c.sessions?.[0]?.start.slice(0, 10)])).toEqual([['Data stewardship training day', '2025-03-20'], ['Research software workshop', '2025-04-08']]);
  });

  it('reads a page written in Markdown, one H1 per event, as one course per heading', () => {
    const item = (t: string, d: string): string => `<h1><a href="#${t.length}">${t}</a></h1><p><strong>Date &amp; time</strong>: ${d}, 13:30-17:30</p><p><strong>Location</strong>: Mekelweg 8, Delft</p><p>About the session.</p>`;
    const html = page(`<main><h1>Community events</h1><p>Events of interest to members.</p>${item('Research data workshop', 'Wednesday, 22 March 2023')}${item('Open science lecture', 'Friday, 21 April 2023')}${item('Reproducible code training', 'Monday, 10 July 2023')}</main>`);
    expect(extractCourses(html, URL, { context: 'provider' }).map((c) => [c.title, c.sessions?.[0]?.start.slice(0, 10)])).toEqual([
      ['Research data workshop', '2023-03-22'],
      ['Open science lecture', '2023-04-21'],
      ['Reproducible code training', '2023-07-10'],
    ]);
  });

  it("reads a card's date badge laid out on lines of its own ('Tuesday', 'December', '10th', '09.00-17.00')", () => {
    const card = (t: string, m: string, d: string): string => `<div class="event"><div class="meta"><div>Tuesday</div><div><strong>${m}</strong></div><span>${d}</span><div>09.00-17.00</div></div><div class="event-title"><a href="/${t.length}">${t}</a></div><p>A day of talks and training for researchers, 2024.</p></div>`;
    const html = page(`<main><h1>Calendar 2024</h1>${card('Portal training webinar', 'October', '8th')}${card('Annual conference', 'November', '12th')}${card('Researchers workshop', 'December', '10th')}</main>`);
    const got = extractCourses(html, URL, { context: 'provider' });
    expect(got.map((c) => [c.title, c.sessions?.[0]?.start.slice(0, 16)])).toEqual([
      ['Portal training webinar', '2024-10-08T09:00'],
      ['Annual conference', '2024-11-12T09:00'],
      ['Researchers workshop', '2024-12-10T09:00'],
    ]);
  });

  it("reads cards whose date comes above the title, named by a 'name' class, with a 'Go to event page' link, as a listing, not one course", () => {
    const card = (t: string, d: string): string => `<div class="col-lg-4"><div class="card"><small>${d}</small><p class="project-name">${t}</p><p>A conference for researchers and teachers.</p><a href="/${t.length}">Go to event page</a></div></div>`;
    const html = page(`<main><h1>Aankomende evenementen</h1><div class="row">${card('Citizen science conference 2026', 'Mrt 03, 2026')}${card('Summer school 2026: co-creating knowledge', 'Jun 07, 2026')}${card('Research and solidarity symposium', 'Jul 07, 2026')}</div></main>`);
    expect(extractCourses(html, URL, { context: 'asked' }).map((c) => [c.title, c.sessions?.[0]?.start.slice(0, 10)])).toEqual([
      ['Citizen science conference 2026', '2026-03-03'],
      ['Summer school 2026: co-creating knowledge', '2026-06-07'],
      ['Research and solidarity symposium', '2026-07-07'],
    ]);
  });

  it.each(CONTEXTS)('%s: a list of events none plainly a course is never one course named after the list', (context) => {
    const card = (t: string, d: string, price: string): string => `<div class="col"><article class="card"><h2><a href="/${t.length}">${t}</a></h2><p>${d}</p><p>${price}</p><p>Location: Utrecht</p></article></div>`;
    const html = page(`<main><h1>Events Archive</h1><div class="grid">${card('Essentials for data support', '16 April 2026 and 4 June 2026', '€895 (excluding VAT). Participants receive a certificate of attendance for this professional development course.')}${card('Annual Summit of the Network', '6 October 2025', '€120')}${card('Community meet-up', '12 November 2025', 'Free')}</div><p><a href="/book">Book</a></p></main>`);
    const got = extractPage(html, URL, { context });
    expect(got.courses.map((c) => c.title)).not.toContain('Events Archive');
  });

  it('the parts of one programme headed in Welsh and English ("Rhan 1 | Part 1 – Wednesday 3 February 2027") are its sessions, not a list', () => {
    const part = (n: number, d: string, w: string): string => `<section><h3>Rhan ${n} | Part ${n} – ${d} / ${w}</h3><p>3:45pm – 5:15pm, online (Microsoft Teams).</p></section>`;
    const html = page(`<main><h1>Progression and assessment in Curriculum for Wales: a CPD programme for teachers</h1>${part(1, 'Wednesday 3 February 2027', 'Dydd Mercher 3 Chwefror 2027')}${part(2, 'Thursday 4 March 2027', 'Dydd Iau 4 Mawrth 2027')}${part(3, 'Wednesday 12 May 2027', 'Dydd Mercher 12 Mai 2027')}<p>Cost: £150 per participant</p><p><a href="/book">Book a place</a></p></main>`);
    for (const context of CONTEXTS) {
      const got = extractCourses(html, URL, { context });
      expect(got.map((c) => c.sessions?.length)).toEqual([3]);
    }
  });
});

describe('detail pages without markup, in English, Welsh, German and French', () => {
  it.each([
    ['Mittwoch, 20. Februar 2019, 14:45 Uhr', '2019-02-20'],
    ['20 février 2019', '2019-02-20'],
    ['26. und 27. 2. 2015, Eichstätt', '2015-02-26'],
    ['Dydd Mercher 6 Mawrth 2024', '2024-03-06'],
  ])('%s', (line, first) => {
    expect(readDates(line).dates[0]).toBe(first);
  });

  it('a German talk page with a date, a time and a place is one course, face to face', () => {
    const html = page('<main><h1>Vortrag: Digitale Bildung in der Grundschule</h1><p>Mittwoch, 20. Februar 2019, 14:45 Uhr</p><p>Ort: Universität zu Köln, Hörsaal B</p></main>');
    const [c] = extractCourses(html, URL, { context: 'asked' });
    expect(c?.sessions?.[0]?.start).toBe('2019-02-20T14:45+00:00');
    expect(c?.delivery).toBe('face-to-face');
  });

  it("takes the start from the heading's own date, not a post date under it", () => {
    const html = page('<main><h1>Tagung: Institutionen der Revolution (26. und 27. 2. 2015, Eichstätt)</h1><p>28. Januar 2015</p><p>Die Tagung findet im Seminar in Eichstätt statt und richtet sich an Historiker.</p></main>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.sessions?.[0]?.start.slice(0, 10)).toBe('2015-02-26');
  });
});

describe("a venue's what's on: its learning items only", () => {
  const card = (title: string, date: string, text: string): string =>
    `<div class="event"><h3><a href="/whatson/${encodeURIComponent(title)}">${title}</a></h3><p>${date}</p><p>${text}</p><p>Tickets £5</p></div>`;
  const venue = (items: string[]): string => page(`<main><h1>What's on</h1>${items.join('')}</main>`, '<title>What\'s On :: The Hall</title>');
  const others = [
    card('An Evening With Peter Robinson', 'Tuesday 20 August 2026, 7pm', 'Join us for an evening with the bestselling author, with a three course dinner.'),
    card('Behind the scenes tours', 'Thursday 22 August 2026, 2pm', 'See the hidden corners of the hall with our guides, every Thursday afternoon.'),
    card('Big Book Quiz', 'Friday 23 August 2026, 7pm', 'Teams of up to six compete for glory and a hamper of new books from the shop.'),
    card("International 'Talk like a Pirate Day'", 'Thursday 19 September 2026', 'Arr! Come dressed as a pirate and meet the crew of booksellers in the shop.'),
  ];

  it.each(['provider', 'asked'] as ExtractContext[])('%s: author evenings, tours and quizzes are not courses, and a "three course dinner" does not make one', (context) => {
    expect(extractCourses(venue(others), URL, { context })).toEqual([]);
  });

  it('keeps the one item that names learning in its title or in its own text, not the others beside it', () => {
    const items = [...others, card('Print studio day', 'Saturday 14 September 2026, 10am', 'A one-day course in screen printing for beginners, with all materials.')];
    expect(extractCourses(venue(items), URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Print studio day']);
  });

  it('reads a Dutch "cursus" and "PhD Trainings" as learning words', () => {
    const dutch = card('Essentials 4 Data Support', 'Thursday 16 April 2026', 'De cursus Essentials 4 Data Support is een introductiecursus voor dataprofessionals.');
    const phd = card('Open Science – PhD Trainings', 'Friday 17 April 2026', 'For PhD candidates.');
    for (const [item, title] of [[dutch, 'Essentials 4 Data Support'], [phd, 'Open Science – PhD Trainings']] as const) {
      expect(extractCourses(venue([item, ...others.slice(0, 3)]), URL, { context: 'asked' }).map((c) => c.title)).toEqual([title]);
    }
  });
});

describe('news and comments are not courses', () => {
  it.each(CONTEXTS)('%s: readers\' comments under a post are not a listing of courses', (context) => {
    const comment = (n: number): string => `<li class="comment"><h4><a href="/news/story?c=${n}">Comment number ${n}.</a></h4><p>23 July 2012 at 10:${n % 60}</p><p>I did two training courses last year and neither taught me anything about the workplace, sadly.</p></li>`;
    const html = page(`<main><h1>Graduates lack skills</h1><p>A report says so.</p><div id="comments"><ul>${[391, 276, 224, 207].map(comment).join('')}</ul></div></main>`, '<meta property="og:type" content="article">');
    expect(extractCourses(html, URL, { context }).map((c) => c.title)).not.toContain('Comment number 391.');
  });

  it.each(CONTEXTS)('%s: a news story with a byline under its heading is an article, whatever it says about degree courses', (context) => {
    const html = page('<main><h1>Science graduates lack skills</h1><p>By Judith Burns</p><p>23 July 2012</p><p>The report looked at engineering and other science degree courses in universities across the country.</p><p><a href="https://id.example.org/register?p=comment">Register</a> to comment</p></main>', '<meta property="og:type" content="article">');
    expect(extractCourses(html, URL, { context })).toEqual([]);
  });

  it.each(CONTEXTS)('%s: a post typed as an article at an address dated to the day is news, whatever its title shares with training', (context) => {
    const html = page('<main><h1>Panthers Training Camp Aug 9th Open Thread</h1><p>Thursday 9 August 2012</p><p>Practice starts at 9:00am at Wofford. Post your thoughts on the depth chart below.</p></main>', '<meta property="og:type" content="article"><title>Panthers Training Camp Aug 9th Open Thread</title>');
    expect(extractCourses(html, 'https://www.catscratchreader.com/2012/8/9/3230121/panthers-training-camp-aug-9th-open-thread', { context })).toEqual([]);
  });

  it("a course's \"Written by\" under its author's heading is the course author's, not a post's byline", () => {
    const body = (head: string): string => page(`<main><h1>Adaptive Teaching for Pupils with SEND (Primary)</h1><p>Approx. 8 hours of learning, 100% online, self-paced.</p><p>£49 inc. VAT</p><p><a href="/buy">Buy now</a></p><h2>${head}</h2><p>Written by</p><p>Dr Helen Marsh, former SENCO.</p></main>`);
    expect(extractCourses(body('Your course author'), URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Adaptive Teaching for Pupils with SEND (Primary)']);
    expect(extractPage(body('Latest thoughts'), URL, { context: 'asked' }).rejected[0]?.why).toMatch(/news article/);
  });

  it('a "sign up" in a sentence about a newsletter, or a "Register" to comment, is no booking link', () => {
    const html = page('<main><h1>Phonics training day</h1><p>Date: Tuesday 9 March 2027</p><p>Price: £150</p><p>Get our news: <a href="/crypto-gram-sub.html">sign up</a> to the monthly newsletter.</p><p><a href="/id/register?p=comment">Register</a> to comment.</p></main>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.bookingUrl).toBeUndefined();
  });
});

describe('pages as datasets save them', () => {
  it('reads a page wrapped in a dataset\'s <text id=… title=…> element before its <html>', () => {
    const html = '<text id="http://www.example.org/course.html" title="Untitled Document" encoding="iso-8859-1">\n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML><HEAD><TITLE>Phonics training day</TITLE></HEAD><BODY><H1>Phonics training day</H1><P>A one-day course for Year 1 teachers.</P><P>Date: Tuesday 9 March 2027, 9:30am – 3:30pm</P><P>Price: £150</P></BODY></HTML>\n</text>';
    expect(extractCourses(html, URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Phonics training day']);
  });
});

describe('a table of lectures', () => {
  it("takes each row's bold title, not the speaker named under it in the same cell", () => {
    const row = (t: string, who: string, when: string): string => `<tr><td><p><strong>${t}</strong></p><p>${who}</p></td><td><p>${when}</p><p>Redmonds Building</p></td></tr>`;
    const rows = [row('Astrobiology: The Hunt for Alien Life', 'Dr Lewis Dartnell', 'Thursday 5 September 2013 6.30pm - 8pm'), row('Mayors and their Cities', 'Joe Anderson OBE, Mayor of Liverpool', 'Wednesday 9 October 2013, 6pm'), row('Overcoming Disability and Adversity', 'Baroness Tanni Grey-Thompson DBE', 'Tuesday 12 November 2013, 6pm')].join('');
    const html = page(`<main><h1>Public lectures</h1><table><tr><td colspan="2"><h2>Forthcoming public lectures and seminars</h2></td></tr>${rows}</table></main>`);
    expect(extractCourses(html, URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Astrobiology: The Hunt for Alien Life', 'Mayors and their Cities', 'Overcoming Disability and Adversity']);
  });
});

describe('values from their labelled place', () => {
  it('reads no price from "£100m of inward investment" or "cancellation is free of charge"', () => {
    const html = page('<main><h1>Leadership workshop for new heads</h1><p>Date: 12 May 2027, 9am – 3pm</p><p>The region has attracted £100m of inward investment in schools over the last decade, which this workshop discusses.</p><p>Cancellation is free of charge up to two weeks before.</p></main>');
    const [c] = extractCourses(html, URL, { context: 'asked' });
    expect(c?.title).toBe('Leadership workshop for new heads');
    expect(c?.price).toBeUndefined();
  });

  it("reads 'free to attend' from a schema.org event's description when it has no offer", () => {
    const html = page('<main><h1>Open research workshop</h1></main>', ld({ '@type': 'EducationEvent', name: 'Open research workshop', startDate: '2026-09-10T10:00', description: 'A hands-on workshop. This event is free to attend, but registration is required.' }));
    expect(extractCourses(html, URL, { context: 'provider' })[0]?.price).toMatchObject({ amount: 0, basis: 'free' });
  });

  it('reads a fee given under its label above a table of rates', () => {
    const html = page('<main><h1>GIS training course</h1><p>Date: 22 May 2027</p><p>Fee</p><table><tr><td>PhD candidates</td><td>€70 (early bird) / €120 (regular)</td></tr></table></main>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.price).toMatchObject({ amount: 70, currency: 'EUR' });
  });
});

describe('contradictions anywhere on the page', () => {
  it('a dates table below the heading with another price contradicts the price under it', () => {
    const row = (d: string) => `<tr><td>${d}</td><td>10:00am – 11:30am</td><td>£45 + VAT</td><td><a href="/book/${d.length}">Book</a></td></tr>`;
    const html = page(`<main><div class="hero"><h1>The Procurement Act 2023: What Schools Need to Know</h1><p>Live webinar · 90 minutes · <span class="price">£35 + VAT</span></p></div><p>The Act has changed the rules for public contracts, including those let by schools and trusts. This webinar explains thresholds and the new procedures, with time for questions.</p><h2>Dates — choose one</h2><table><tr><th>Date</th><th>Time</th><th>Price</th><th></th></tr>${row('Tuesday 12 January 2027')}${row('Wednesday 3 February 2027')}${row('Thursday 4 March 2027')}</table><p>The slides and a recording are sent to all bookers after the session.</p></main>`);
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.conflicts?.map((c) => c.field)).toContain('price');
  });
});

describe('delivery named in the heading', () => {
  it('"(Blended)" in the heading outweighs "at your own pace" in the body', () => {
    const html = page('<main><h1>12-Hour Paediatric First Aid (Blended)</h1><p>12 hours in total: 6 hours online + 6 hours in the classroom.</p><h2>How it works</h2><p>Part 1 – online (6 hours): complete the e-learning modules at your own pace before the classroom day.</p><p>Part 2 – classroom day: Wednesday 20 January 2027, 9:00am – 4:00pm, SafeHands Training Centre, Leeds LS1 4AP.</p><p>£95 per person</p></main>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.delivery).toBe('blended');
  });
});

describe('the format from the page title', () => {
  it("reads 'Live Webinar' from the <title> beside the site's name, and not a provider called 'Summit'", () => {
    const body = (h1: string): string => `<main><h1>${h1}</h1><p>Tuesday 19 January 2027, 7pm – 8pm</p><p>Price: £29 + VAT</p><p><a href="/book">Book now</a></p></main>`;
    const webinar = extractCourses(page(body('10 Marking Hacks to Halve Your Workload'), '<title>10 Marking Hacks to Halve Your Workload – Live Webinar | TeacherTime CPD</title>'), URL, { context: 'asked' });
    expect(webinar[0]?.format).toBe('webinar');
    const course = extractCourses(page(body('Teaching for Mastery in KS3 Maths'), '<title>Teaching for Mastery in KS3 Maths | Summit Maths CPD</title>'), URL, { context: 'asked' });
    expect(course[0]?.format).not.toBe('conference');
  });
});

describe('the start is the course date, not a deadline', () => {
  it('an availability end is no session, in English or Welsh ("Available: until …", "Ar gael: Hyd at …")', () => {
    for (const line of ['<dt>Available</dt><dd>Until 31 July 2027</dd>', '<dt>Ar gael</dt><dd>Hyd at 31 Gorffennaf 2027</dd>']) {
      const html = page(`<main><h1>ALN Code e-learning modules for class teachers</h1><p>Self-paced online course, about 6 hours.</p><dl>${line}</dl><p>Cost: Free</p></main>`);
      expect(extractCourses(html, URL, { context: 'asked' })[0]?.sessions).toBeUndefined();
    }
  });

  it('skips "submission due", "nominations close" and "Anmeldeschluss" lines', () => {
    const html = page('<main><h1>Primary science conference</h1><p>Nominations close 3 February 2027</p><p>Abstract submission due 10 February 2027</p><p>Anmeldeschluss: 12. Februar 2027</p><p>Date: 18 March 2027, 9am – 4pm</p></main>');
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.sessions?.[0]?.start.slice(0, 10)).toBe('2027-03-18');
  });
});
