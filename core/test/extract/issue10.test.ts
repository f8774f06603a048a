import { describe, expect, it } from 'vitest';
import { detectPage, extractCourses, normaliseIso, readDates } from '../../src/node.ts';

/** The behaviours issue 10 asks for, each on a small written page. */
const URL = 'https://training.example.org/events/page';
const page = (body: string, head = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('dates in every form a UK or Welsh page uses', () => {
  it.each([
    ['25-01-2016', ['2016-01-25']],
    ['25.01.2016', ['2016-01-25']],
    ['Wednesday 2 - 4 October 2024', ['2024-10-02', '2024-10-03', '2024-10-04']],
    ['11 and 18 January 2016', ['2016-01-11', '2016-01-18']],
    ['Dydd Mercher 6 Mawrth 2024', ['2024-03-06']],
    ['Date13 September 2023', ['2023-09-13']],
  ])('%s', (text, dates) => {
    expect(readDates(text).dates).toEqual(dates);
  });

  it('takes a missing year from the page ("Saturday April 30")', () => {
    expect(readDates('Saturday April 30', 2016).dates).toEqual(['2016-04-30']);
    expect(readDates('you may 5 times', 2016).dates).toEqual([]);
    const [c] = extractCourses(page('<main><h1>Spring 2016 training day</h1><p>Date: Saturday April 30, 10am – 3pm</p><p>Cost: £40 per person</p></main>'), URL);
    expect(c?.sessions?.[0]?.start).toBe('2016-04-30T10:00+01:00');
  });

  it('repairs malformed ISO date-times from JSON-LD', () => {
    expect(normaliseIso('2016-01-25T12:30:00:00+01:00')).toBe('2016-01-25T12:30:00+01:00');
    const ld = { '@type': 'EducationEvent', name: 'Phonics training', startDate: '2024-03-06T12:30:00:00+00:00' };
    const [c] = extractCourses(page('', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`), URL);
    expect(c?.sessions?.[0]?.start).toBe('2024-03-06T12:30:00+00:00');
  });
});

describe('context decides the gate', () => {
  const lecture = page('<main><h1>Reading for pleasure</h1><p>Tuesday 5 March 2024, 4pm – 5.30pm</p><p>A lecture by the author of a book on reading.</p></main>', '<title>Reading for pleasure</title>');

  it('browsing, a page with only a title and a date is not a course', () => {
    expect(extractCourses(lecture, URL)).toEqual([]);
    expect(detectPage(doc(lecture), URL)).toBeNull();
  });

  it('asked, the same page is a course, with a low confidence that says so', () => {
    const [c] = extractCourses(lecture, URL, { context: 'asked' });
    expect(c).toMatchObject({ title: 'Reading for pleasure', confidence: 0.4 });
    expect(c?.sessions?.[0]?.start).toBe('2024-03-05T16:00+00:00');
  });

  it("on a provider's site, a title naming learning with a date is enough; its news articles are not", () => {
    const webinar = lecture.replace(/Reading for pleasure/g, 'Reading for pleasure webinar');
    expect(extractCourses(webinar, URL, { context: 'provider' })).toHaveLength(1);
    expect(detectPage(doc(webinar), URL, { context: 'provider' })).toBe('course');
    // A news article (a publication time) whose title names no learning is not a course, even when it mentions a lecture.
    const news = lecture.replace('<head>', '<head><meta property="article:published_time" content="2024-02-01T09:00:00Z">');
    expect(extractCourses(news, URL, { context: 'provider' })).toEqual([]);
    expect(extractCourses(news, URL, { context: 'asked' })).toEqual([]);
    // og:type "article" alone is on every page of many sites (UHasselt's, SENSE's training pages): it does not make one news.
    const cms = webinar.replace('<head>', '<head><meta property="og:type" content="article">');
    expect(extractCourses(cms, URL, { context: 'provider' })).toHaveLength(1);
  });

  it('asked, any event-like structured data counts', () => {
    const ld = { '@type': 'MusicEvent', name: 'Songwriting masterclass for music teachers', startDate: '2024-05-01T18:00' };
    const html = page('', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(extractCourses(html, URL, { context: 'asked' })[0]?.title).toBe('Songwriting masterclass for music teachers');
  });
});

describe('generic listings', () => {
  const cards = (n: number, extra = ''): string =>
    Array.from({ length: n }, (_, i) => `<div class="card"><h3><a href="/c/${i}">Subject leader workshop ${i + 1}</a></h3><p>${i + 1} May 2024, 9am – 12pm</p><p>£${50 + i} + VAT</p>${extra}</div>`).join('');

  it('reads repeated cards as one course each, with its own link', () => {
    const got = extractCourses(page(`<main><h1>Our training</h1>${cards(4)}</main>`), URL);
    expect(got.map((c) => c.title)).toEqual(['Subject leader workshop 1', 'Subject leader workshop 2', 'Subject leader workshop 3', 'Subject leader workshop 4']);
    expect(new Set(got.map((c) => c.url)).size).toBe(4);
    expect(got[1]).toMatchObject({ url: 'https://training.example.org/c/1', price: { amount: 51, vat: 'excluded' } });
    expect(got[1]?.sessions?.[0]?.start).toBe('2024-05-02T09:00+01:00');
  });

  it('reads table rows and heading runs, and one title on several dates is one course', () => {
    const rows = ['14 March 2024', '21 March 2024', '28 March 2024'].map((d) => `<tr><td>${d}</td><td>DSL refresher training</td><td><a href="/dsl">More info</a></td></tr>`).join('');
    const other = '<tr><td>4 April 2024</td><td>Governor induction course</td><td><a href="/gov">More info</a></td></tr>';
    const got = extractCourses(page(`<main><h1>Training calendar</h1><table><tbody>${rows}${other}</tbody></table></main>`), URL);
    expect(got.map((c) => c.title)).toEqual(['DSL refresher training', 'Governor induction course']);
    expect(got[0]?.sessions?.map((s) => s.start)).toEqual(['2024-03-14', '2024-03-21', '2024-03-28']);
    const runs = ['Early reading network', 'Maths mastery workshop', 'SEND conference'].map((t, i) => `<h2>${t}</h2><p>Date: ${i + 10} June 2024</p><p>Venue: Hub Centre</p>`).join('');
    expect(extractCourses(page(`<main><h1>Events</h1>${runs}</main>`), URL)).toHaveLength(3);
  });

  it('keeps a course page whose sidebar lists other events as one course', () => {
    const html = page(`<main><h1>Phonics leadership course</h1><p>Date: 3 June 2024, 9am – 3pm</p><p>Cost: £150 + VAT</p><aside><h2>Related events</h2>${cards(3)}</aside><section>${cards(3)}</section></main>`);
    const got = extractCourses(html, URL);
    expect(got.map((c) => c.title)).toEqual(['Phonics leadership course']);
    expect(got[0]?.price?.amount).toBe(150);
  });

  it("reads a programme's numbered timetable as the sessions of its one course, not as courses", () => {
    const rows = ['What the evidence says', 'Modelling blending', 'Rehearsal'].map((t, i) => `<tr><td>${i + 1}. ${t}</td><td>${i + 10} March 2027</td><td>9.30am – 12.30pm</td></tr>`).join('');
    const got = extractCourses(page(`<main><h1>Early reading programme</h1><p>Three sessions with gap tasks between them.</p><table><tbody>${rows}</tbody></table><p>£450 + VAT per participant. <a href="/register">Register your place</a></p></main>`), URL);
    expect(got.map((c) => c.title)).toEqual(['Early reading programme']);
  });

  it('browsing, a teachers’ conference that also has an exhibition is still a course', () => {
    const head = '<title>Science Education Conference</title><meta name="description" content="A conference for science teachers: keynotes, workshops and an exhibition.">';
    const got = extractCourses(page('<main><h1>Science Education Conference</h1><p>Saturday 19 June 2027, 9am – 4pm</p><p>£89 per delegate</p><p><a href="/t">Get your ticket</a></p></main>', head), URL);
    expect(got.map((c) => c.title)).toEqual(['Science Education Conference']);
  });

  it('browsing, a news list with dates is not a listing of courses', () => {
    const news = Array.from({ length: 4 }, (_, i) => `<article><h3><a href="/n/${i}">Summer fair raises money ${i}</a></h3><p>${i + 1} July 2023</p></article>`).join('');
    expect(extractCourses(page(`<main><h1>School news</h1>${news}</main>`), URL)).toEqual([]);
  });
});

describe('values come from the page itself', () => {
  it('the visible heading beats a <title> and og:title that add the site name', () => {
    const head = '<title>Tidy data part 1 | March 2026 - UHasselt</title><meta property="og:title" content="Tidy data part 1 | March 2026 - UHasselt"><meta property="og:site_name" content="UHasselt">';
    // The real page's address names its training calendar: browsing, a page must show some sign of learning (issue 19).
    const [c] = extractCourses(page('<main><h1>Tidy data part 1 | March 2026</h1><p>Date: 16 March 2026, 10:00-12:00</p><p>Free of charge. Register now: <a href="/register">register</a></p><p>Training course on data.</p></main>', head), 'https://www.uhasselt.be/en/training-calendar-rdm/tidy-data-part-1');
    expect(c).toMatchObject({ title: 'Tidy data part 1 | March 2026', provider: 'UHasselt' });
  });

  it('reads dates and prices from the block holding the title, not from a banner', () => {
    const html = page('<div class="banner"><p>Date: 1 January 2024 — our annual conference, £300</p></div><main><div class="event"><h1>Governor training evening</h1><p>Thursday 7 March 2024, 6pm – 8pm</p><p>Cost: £25 per person</p></div></main>');
    const [c] = extractCourses(html, URL);
    expect(c?.sessions?.[0]?.start.slice(0, 10)).toBe('2024-03-07');
    expect(c?.price?.amount).toBe(25);
  });

  it("takes the currency from the page's own sign, never GBP by default on a euro page", () => {
    const ld = { '@type': 'Course', name: 'Data support course', offers: { '@type': 'Offer', price: '895' } };
    const [c] = extractCourses(page('<main><p>Course fee: €895 excluding VAT</p></main>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`), URL);
    expect(c?.price).toMatchObject({ amount: 895, currency: 'EUR' });
  });

  it('reads the body when <main> is empty or decorative', () => {
    const [c] = extractCourses(page('<main></main><div><h1>Safeguarding training for staff</h1><p>Date: 9 May 2024, 1pm – 3pm</p><p>Cost: £45 per delegate</p></div>'), URL);
    expect(c).toMatchObject({ title: 'Safeguarding training for staff', price: { amount: 45 } });
  });

  it('names the provider from the title suffix or the domain, not "unknown"', () => {
    const body = '<main><h1>ECT mentor training</h1><p>Date: 9 May 2024, 1pm – 3pm</p><p>Cost: £45 per delegate</p></main>';
    expect(extractCourses(page(body, '<title>ECT mentor training - Northshire Teaching Hub</title>'), URL)[0]?.provider).toBe('Northshire Teaching Hub');
    expect(extractCourses(page(body, '<title>ECT mentor training</title>'), URL)[0]?.provider).toBe('training.example.org');
  });
});
