import { describe, expect, it } from 'vitest';
import { cleanText, detectPage, extractCourses } from '../../src/node.ts';
import { parseJsonLd } from '../../src/extract/sources/json-ld.ts';

/**
 * Crafted inputs that made extraction quadratic (issue 10): each must finish within a bound proportional
 * to its size. The bound is generous (30 ms per KB, plus 4 s) so a busy, shared machine passes (a load of 14 on
 * two cores took 5.2 s for 200 KB); a quadratic blow-up (a minute for 180 KB before) does not.
 */
const URL = 'https://crafted.example.org/page';
const ld = (body: string): string => `<html><head><script type="application/ld+json">${body}</script></head><body><h1>Course</h1></body></html>`;
const bound = (chars: number): number => 4000 + (30 * chars) / 1024;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const CASES: [string, string][] = [
  ['comment openers inside one line ending in a quote', ld(`${'{//'.repeat(60_000)}"`)],
  ['an unterminated string', ld(`{"@type":"Course","name":"${'a\\u0001 '.repeat(60_000)}`)],
  ['an unterminated block comment', ld(`{"@type":"Course", /* ${'*/ /* '.repeat(30_000)}`)],
  ['commas and whitespace', ld(`[${', '.repeat(90_000)}x`)],
  ['HTML comment markers', ld(`${'<!--'.repeat(45_000)}`)],
  ['a 1 MB valid block', ld(JSON.stringify({ '@type': 'Course', name: 'Phonics training', description: 'x'.repeat(990_000) }))],
  ['<1 repeated in the title and text', `<html><head><title>${'<1'.repeat(22_000)}</title></head><body><main><h1>${'&lt;1'.repeat(10_000)}</h1><p>${'<1'.repeat(22_000)}</p></main></body></html>`],
  ['<script repeated in text', `<html><body><main><h1>Course</h1><p>${'&lt;script'.repeat(20_000)}</p></main></body></html>`],
  ['20,000 repeated course cards (a listing read up to its bounds)', `<html><body><main><h1>Training</h1>${'<div class="c"><h3>Phonics workshop</h3><p>Date: 1 May 2024, 9am</p><p>£5</p></div>'.repeat(20_000)}</main></body></html>`],
  ['digits, prices and slashes in one line', `<html><body><main><h1>Training course</h1><p>${'1 £1 1/1/ 1.1. '.repeat(12_000)}</p></main></body></html>`],
];

describe('extraction time is linear in the input', () => {
  it.each(CASES)('%s', { timeout: 120_000 }, (_name, html) => {
    const ms = timed(() => extractCourses(html, URL));
    expect(ms, `${html.length} chars took ${ms.toFixed(0)} ms`).toBeLessThan(bound(html.length));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const dms = timed(() => detectPage(doc, URL));
    expect(dms).toBeLessThan(bound(html.length));
  });

  it('cleanText stays linear on <1, <script and entities repeated', () => {
    for (const s of ['<1'.repeat(100_000), '<script'.repeat(30_000), '&lt;1'.repeat(40_000), '<a '.repeat(60_000)]) {
      const ms = timed(() => cleanText(s, 100_000));
      expect(ms).toBeLessThan(bound(s.length));
    }
  });

  it('repairs what JSON-LD writers get wrong, without backtracking', () => {
    expect(parseJsonLd('{"@type":"Course", // note\n "name":"A",}')).toEqual({ '@type': 'Course', name: 'A' });
    expect(parseJsonLd('<!-- {"name":"B\u0001C" /* x */} -->')).toEqual({ name: 'B C' });
    expect(parseJsonLd('{"name":"cut off')).toEqual({ name: 'cut off' });
    expect(parseJsonLd('[{"name":"a\\"b"},')).toEqual([{ name: 'a"b' }]);
    expect(parseJsonLd('{"url":"https://x.org/a//b"}')).toEqual({ url: 'https://x.org/a//b' });
  });
});
