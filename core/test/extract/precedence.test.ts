import { describe, expect, it } from 'vitest';
import { extractCourses, mergeDrafts, pick, PRECEDENCE } from '../../src/node.ts';
import type { Candidate, Draft } from '../../src/node.ts';

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`;
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const URL = 'https://provider.example.org/course';

describe('merge precedence: adapter > json-ld > microdata > rdfa > meta > text', () => {
  it('orders sources as documented', () => {
    expect(PRECEDENCE.slice(1, 7)).toEqual(['adapter', 'json-ld', 'microdata', 'rdfa', 'meta', 'text']);
  });

  const c = (value: string, source: Candidate['source'], confidence: number): Candidate<string> => ({ value, source, confidence });
  it.each([
    ['json-ld over meta', [c('A', 'meta', 0.8), c('B', 'json-ld', 0.95)], 'B'],
    ['json-ld over text', [c('A', 'text', 0.7), c('B', 'json-ld', 0.9)], 'B'],
    ['microdata over rdfa', [c('R', 'rdfa', 0.9), c('M', 'microdata', 0.9)], 'M'],
    ['adapter over json-ld', [c('J', 'json-ld', 0.95), c('A', 'adapter', 0.9)], 'A'],
    ['meta over text', [c('T', 'text', 0.7), c('M', 'meta', 0.8)], 'M'],
    ['a much surer later source overturns a weak earlier one', [c('weak', 'json-ld', 0.3), c('sure', 'text', 0.75)], 'sure'],
    ['a slightly surer later source does not', [c('first', 'json-ld', 0.6), c('later', 'text', 0.75)], 'first'],
  ])('%s', (_name, candidates, winner) => {
    expect(pick(candidates)?.value).toBe(winner);
  });

  it('keeps the losing values in provenance.rejected', () => {
    const draft: Draft = { title: [c('Meta title', 'meta', 0.8), c('JSON-LD title', 'json-ld', 0.95), c('JSON-LD title', 'text', 0.7)] };
    const merged = mergeDrafts([draft]);
    expect(merged.title).toBe('JSON-LD title');
    expect(merged.provenance?.title?.source).toBe('json-ld');
    expect(merged.provenance?.title?.rejected).toEqual([{ source: 'meta', confidence: 0.8, value: 'Meta title' }]);
  });

  it.each([
    ['JSON-LD title wins over og:title', page(`<meta property="og:title" content="OG title">${ld({ '@type': 'Course', name: 'JSON-LD title' })}`, '<h1>H1 title</h1>'), 'title', 'JSON-LD title', 'json-ld'],
    ['og:title wins over h1 when there is no structured data', page('<meta property="og:title" content="Phonics training day">', '<h1>Phonics day</h1><p>Date: 14 March 2023, 9am-3pm</p><p>Cost: £100 + VAT</p>'), 'title', 'Phonics training day', 'meta'],
    ['microdata name wins over og:title', page('<meta property="og:title" content="OG title">', '<div itemscope itemtype="https://schema.org/Course"><h1 itemprop="name">Microdata course</h1></div>'), 'title', 'Microdata course', 'microdata'],
    ['JSON-LD dates win over text dates', page(ld({ '@type': 'Event', name: 'Phonics course', startDate: '2023-03-14' }), '<p>Date: 15 March 2023</p>'), 'sessions', [{ start: '2023-03-14' }], 'json-ld'],
  ])('%s', (_name, html, field, value, source) => {
    const [course] = extractCourses(html, URL);
    expect(course?.[field as 'title']).toEqual(value);
    expect(course?.provenance?.[field as 'title']?.source).toBe(source);
  });

  it('takes VAT and basis from text that states the same amount as JSON-LD', () => {
    const html = page(ld({ '@type': 'Course', name: 'Maths course', offers: { price: '195', priceCurrency: 'GBP' } }), '<p>Cost: £195 + VAT per delegate</p>');
    expect(extractCourses(html, URL)[0]?.price).toMatchObject({ amount: 195, vat: 'excluded', basis: 'per-participant' });
  });
});
