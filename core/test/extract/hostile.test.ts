import { describe, expect, it } from 'vitest';
import { Course, detectPage, extractCourses } from '../../src/node.ts';
import { z } from '../../src/zod.ts';

const URL = 'https://hostile.example.org/page';
const valid = (courses: Course[]): void => {
  for (const c of courses) expect(z.safeParse(Course, c).success).toBe(true);
};

describe('strict extraction (on in every test)', () => {
  // a document whose every read fails stands for any bug inside extraction
  const broken = new Proxy({} as Document, { get: () => { throw new Error('boom'); } });

  it('rethrows in tests, so "found nothing" cannot hide a failure', () => {
    expect(() => extractCourses(broken, URL)).toThrow('boom');
    expect(() => detectPage(broken, URL)).toThrow('boom');
  });

  it('reads nothing for users (strict: false), never an error on their page', () => {
    expect(extractCourses(broken, URL, { strict: false })).toEqual([]);
    expect(detectPage(broken, URL, { strict: false })).toBeNull();
  });
});

describe('hostile and broken pages', () => {
  it('survives a 5 MB page in bounded time', () => {
    const filler = '<div class="row"><p>Lorem ipsum dolor sit amet, £12 per day, 14 March 2023.</p></div>'.repeat(5_000_000 / 80);
    const html = `<html><head><title>Phonics course</title></head><body><main><h1>Phonics course</h1><p>Date: 14 March 2023, 9am–3pm</p><p>Cost: £100 + VAT</p>${filler}</main></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const t0 = performance.now();
    const courses = extractCourses(html, URL);
    const ms = performance.now() - t0;
    valid(courses);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('survives 10,000 nested elements', () => {
    const html = `<html><body><main><h1>Deep course</h1>${'<div>'.repeat(10_000)}<p>Date: 14 March 2023, 9am–3pm</p><p>Cost: £50 per delegate</p>${'</div>'.repeat(10_000)}</main></body></html>`;
    const courses = extractCourses(html, URL);
    valid(courses);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(() => detectPage(doc, URL)).not.toThrow();
  });

  it('survives 10,000 nested JSON-LD objects and a huge JSON-LD array', () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const many = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Course', name: `Course ${i}` })));
    const html = `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">${many}</script></head><body></body></html>`;
    const courses = extractCourses(html, URL);
    valid(courses);
    expect(courses.length).toBeLessThanOrEqual(1000);
  });

  it('never pollutes prototypes through __proto__, constructor or prototype keys', () => {
    const payloads = [
      '{"__proto__":{"polluted":"yes"},"@type":"Course","name":"P1"}',
      '{"constructor":{"prototype":{"polluted":"yes"}},"@type":"Course","name":"P2"}',
      '{"@type":"Course","name":"P3","offers":{"__proto__":{"polluted":"yes"},"price":"5"},"prototype":{"polluted":"yes"}}',
      '[{"@graph":[{"__proto__":{"polluted":"yes"},"@type":"Event","name":"P4","startDate":"2023-01-01"}]}]',
    ];
    const html = `<html><head>${payloads.map((p) => `<script type="application/ld+json">${p}</script>`).join('')}</head><body><div itemscope itemtype="https://schema.org/Course"><span itemprop="__proto__">x</span><span itemprop="name">M</span></div></body></html>`;
    const courses = extractCourses(html, URL);
    valid(courses);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    for (const c of courses) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
  });

  it('turns markup and script in titles into plain text', () => {
    const ld = { '@type': 'Course', name: 'Safe <script>alert(1)</script><img src=x onerror=alert(1)> title &amp; more', description: '<b>bold</b> <iframe src=javascript:alert(1)></iframe>text' };
    // Pages escape </script> inside JSON-LD as <\/script>, which JSON reads back as </script>.
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld).replace(/<\//g, '<\\/')}</script></head><body></body></html>`;
    const [c] = extractCourses(html, URL);
    expect(c?.title).toBe('Safe title & more');
    expect(c?.description).toBe('bold text');
    for (const c2 of extractCourses(`<html><body><main><h1>&lt;img src=x onerror=alert(1)&gt;Course <b>name</b></h1><p>Date: 1 May 2024, 9am-3pm</p><p>Cost: £5 per delegate</p></main></body></html>`, URL)) {
      expect(c2.title).not.toMatch(/[<>]/);
    }
  });

  it('drops absurd numbers and dates, and refuses javascript: links', () => {
    const ld = { '@type': 'Event', name: 'Absurd training event', startDate: '275760-09-13T00:00:00Z', endDate: '0000-00-00', duration: 'PT99999999H', offers: { price: 1e308, priceCurrency: 'GBP', url: 'javascript:alert(1)' } };
    const [c] = extractCourses(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`, URL);
    expect(c?.title).toBe('Absurd training event');
    expect(c?.sessions).toBeUndefined();
    expect(c?.price).toBeUndefined();
    expect(c?.totalHours).toBeUndefined();
    expect(c?.bookingUrl).toBeUndefined();
  });

  it('never throws for garbage input', () => {
    for (const input of ['', '<', '<<<>>>', '\u0000\uffff', '<html><script type="application/ld+json">{{{</script>', 'x'.repeat(100_000)]) {
      expect(() => extractCourses(input, 'not a url')).not.toThrow();
    }
  });
});
