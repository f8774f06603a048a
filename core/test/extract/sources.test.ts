import { describe, expect, it } from 'vitest';
import { detectPage, extractCourses, isoHours, londonOffset, normaliseIso, readDates, readHours, readPrice, readFreeOrFunded } from '../../src/node.ts';

describe('UK prices', () => {
  it.each([
    ['£195 + VAT', { amount: 195, vat: 'excluded', basis: 'unknown' }],
    ['£1,250 per school', { amount: 1250, basis: 'per-school' }],
    ['£1,450 + VAT per delegate', { amount: 1450, vat: 'excluded', basis: 'per-participant' }],
    ['£234 inc. VAT', { amount: 234, vat: 'included' }],
    ['£95 per person (£75 for members)', { amount: 95, basis: 'per-participant' }],
    ['Was £349, now £175', { amount: 175 }],
    ['€895 (excluding VAT)', { amount: 895, currency: 'EUR', vat: 'excluded' }],
    ['£450 per group of up to 12 staff', { amount: 450, basis: 'per-group', covers: 12 }],
    ['£110 per person, VAT exempt', { amount: 110, vat: 'exempt' }],
  ])('%s', (text, expected) => {
    expect(readPrice(text)).toMatchObject(expected);
  });
  it.each([
    ['Cost: Free', 'free'],
    ['This programme is fully funded for eligible schools', 'funded'],
    ['Free of charge', 'free'],
    ['Cost: Am ddim', 'free'],
    ['You do not need to register for this event, entrance is free.', 'free'],
    ['Free admission, registration required', 'free'],
    ['Die Teilnahme am 24 Stunden-Workshop (mit Übernachtung und Verpflegung) ist kostenlos', 'free'],
  ])('%s', (text, basis) => {
    expect(readFreeOrFunded(text)).toMatchObject({ amount: 0, basis });
  });
  it("reads a university's study time as no contact hours ('600 hours of total learning for 60 credits')", () => {
    expect(readHours('Supported by online seminars and independent study (around 600 hours of total learning for 60 credits).')).toBeUndefined();
    expect(readHours('30 notional hours of study')).toBeUndefined();
    expect(readHours('6 hours of training in total')?.hours).toBe(6);
    expect(readHours('Study time: about 16 hours, at your own pace')?.hours).toBe(16);
    expect(readHours('Study time: about 600 hours of independent study for 60 credits')).toBeUndefined();
  });
  it('refuses absurd amounts', () => {
    expect(readPrice('£99999999999')).toBeUndefined();
  });
});

describe('UK dates and times', () => {
  it.each([
    ['Tuesday 14 March 2023, 9:30am – 3:30pm', ['2023-03-14'], 570, 930],
    ['14/03/2023', ['2023-03-14'], undefined, undefined],
    ['6, 13 and 20 March 2023, 4pm–6pm', ['2023-03-06', '2023-03-13', '2023-03-20'], 960, 1080],
    ['12–13 June 2024', ['2024-06-12', '2024-06-13'], undefined, undefined],
    ['Thursday 5th & Friday 6th October 2023', ['2023-10-05', '2023-10-06'], undefined, undefined],
    ['Wednesday 8 November 2023 | 4.00pm - 5.30pm', ['2023-11-08'], 960, 1050],
    ['Tue 14th Mar 2023 09:30-15:30', ['2023-03-14'], 570, 930],
    ['Saturday 18 November 2023, 9.30 for 10.00am start', ['2023-11-18'], 600, undefined],
    ['March 16, 2026 - 10:00-12:00', ['2026-03-16'], 600, 720],
    ['7/11/23 1.30pm', ['2023-11-07'], 810, undefined],
    ['Dydd Iau 9 Tachwedd 2023', ['2023-11-09'], undefined, undefined],
  ])('%s', (line, dates, start, end) => {
    const r = readDates(line);
    expect(r.dates).toEqual(dates);
    expect(r.start).toBe(start);
    expect(r.end).toBe(end);
  });
  it('drops impossible and absurd dates', () => {
    expect(readDates('31 February 2023, 32/13/2023, 1 January 10000, 0001-01-01').dates).toEqual([]);
    expect(normaliseIso('275760-09-13T00:00:00Z')).toBeUndefined();
    expect(normaliseIso('2023-02-30')).toBeUndefined();
  });
  it('gives London times their winter or summer offset', () => {
    expect(londonOffset(2023, 3, 25, 12)).toBe('+00:00');
    expect(londonOffset(2023, 3, 26, 12)).toBe('+01:00');
    expect(londonOffset(2023, 10, 28, 12)).toBe('+01:00');
    expect(londonOffset(2023, 10, 29, 12)).toBe('+00:00');
    expect(normaliseIso('2023-07-01T09:30')).toBe('2023-07-01T09:30+01:00');
  });
});

describe('durations', () => {
  it.each([
    ['3 x 2-hour twilight sessions', 6],
    ['6 hours CPD', 6],
    ['two full days', 12],
    ['a half-day course', 3],
    ['about 6 hours in all', 6],
    ['Tua 6 awr i gyd', 6],
    ['cyfanswm 12 awr', 12],
  ])('%s', (text, hours) => {
    expect(readHours(text)?.hours).toBe(hours);
  });
  it('reads ISO durations', () => {
    expect(isoHours('PT6H')).toBe(6);
    expect(isoHours('PT90M')).toBe(1.5);
    expect(isoHours('PT99999999H')).toBeUndefined();
  });
});

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`;
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('sources', () => {
  it('reads JSON-LD @graph, arrays and multi-typed nodes', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, { '@type': ['Course', 'Product'], name: 'Graph course', offers: { price: 10, priceCurrency: 'GBP' } }] };
    const [c] = extractCourses(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, ''), 'https://p.example/c');
    expect(c).toMatchObject({ title: 'Graph course', price: { amount: 10 } });
  });
  it('reads microdata Product/Offer for training but not for a kettle', () => {
    const item = (name: string): string => `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">${name}</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="40"><meta itemprop="priceCurrency" content="GBP"></div></div>`;
    expect(extractCourses(page('', item('Phonics training course')), 'https://p.example/c')[0]?.price?.amount).toBe(40);
    expect(extractCourses(page('', item('Cordless kettle')), 'https://p.example/k')).toEqual([]);
  });
  it('reads RDFa Lite', () => {
    const html = page('', '<div vocab="https://schema.org/" typeof="Course"><h1 property="name">RDFa course</h1><span property="offers" typeof="Offer"><span property="price" content="5">£5</span></span></div>');
    expect(extractCourses(html, 'https://p.example/c')[0]).toMatchObject({ title: 'RDFa course', provenance: { title: { source: 'rdfa' } } });
  });
  it('resolves relative links and keeps only http(s)', () => {
    const html = page('', '<h1>Phonics course</h1><p>Date: 14 March 2023, 9am-3pm</p><p>Cost: £50 per delegate</p><a href="javascript:alert(1)">Book</a><a href="../book/1">Book now</a>');
    expect(extractCourses(html, 'https://p.example/courses/x')[0]?.bookingUrl).toBe('https://p.example/book/1');
  });
  it('fills features from the page text', () => {
    const html = page('', '<h1>Coaching course</h1><p>Date: 14 March 2023, 9am-3pm</p><p>Cost: £50 per delegate</p><p>Includes a follow-up session and instructional coaching.</p>');
    expect(extractCourses(html, 'https://p.example/c')[0]?.features?.map((f) => f.kind)).toContain('follow-up');
  });
});

describe('detectPage', () => {
  it('says course, catalogue or null', () => {
    expect(detectPage(parse(page('<script type="application/ld+json">{"@type":"Course","name":"x"}</script>', '')), 'https://p.example')).toBe('course');
    expect(detectPage(parse(page('', '<table class="course-directory"><tbody><tr><td>x</td></tr></tbody></table>')), 'https://p.example')).toBe('catalogue');
    expect(detectPage(parse('<html><body></body></html>'), 'https://p.example')).toBeNull();
    expect(detectPage(parse(page('<meta property="og:type" content="article"><title>CPD news</title>', '<h1>Training news</h1><p>£5 book now</p>')), 'https://p.example')).toBeNull();
  });
  it('says catalogue for course cards that each say they are a course, with no dates or prices, on a page about CPD', () => {
    const card = (t: string): string => `<div class="card"><h3>${t}</h3><p>Course · Primary</p><a href="/cpd/${t.length}">View course</a></div>`;
    const cards = ['Phonics in Year 1', 'Maths Mastery in KS1', 'Adaptive Teaching for SEND'].map(card).join('');
    expect(detectPage(parse(page('<title>Our CPD courses</title>', `<h1>Our CPD courses</h1>${cards}`)), 'https://p.example')).toBe('catalogue');
    // the same cards on a page that is not about CPD, or two cards only, are no catalogue while browsing
    expect(detectPage(parse(page('<title>Our shop</title>', `<h1>Our shop</h1>${cards}`)), 'https://p.example')).toBeNull();
    expect(detectPage(parse(page('<title>Our CPD courses</title>', `<h1>Our CPD courses</h1>${card('Phonics')}${card('Maths')}`)), 'https://p.example')).toBeNull();
  });
  it('costs well under a millisecond on a page with no course', () => {
    const doc = parse(page('<title>Weather</title>', `<h1>Weather today</h1>${'<p>Sunny spells and showers.</p>'.repeat(300)}`));
    detectPage(doc, 'https://news.example');
    // Median of 21 batches, so a busy moment on a shared machine does not decide; typically ~0.1 ms in Node.
    const batches: number[] = [];
    for (let b = 0; b < 21; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) detectPage(doc, 'https://news.example');
      batches.push((performance.now() - t0) / 10);
    }
    expect(batches.sort((x, y) => x - y)[10]).toBeLessThan(5);
  });
});
