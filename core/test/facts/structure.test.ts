import { describe, expect, it } from 'vitest';
import { inlinePair } from '../../src/facts/index.ts';
import { partsOf } from './parts.ts';

describe('the structure reader', () => {
  it('reads definition lists, header-cell rows, "Label: value" lines and icon cards as label–value pairs', () => {
    const parts = partsOf(`
      <h2>Key facts</h2>
      <dl><dt>Fee</dt><dd>£195 + VAT</dd><dt>Venue</dt><dd>Leeds</dd></dl>
      <table><tr><th>Dates</th><td>4 March 2027</td></tr></table>
      <p>Cancellation: £50 within 10 days</p>
      <div class="card"><span>Duration</span><span>One day</span></div>`);
    const pairs = parts.filter((p) => p.kind === 'pair').map((p) => [p.label, p.text]);
    expect(pairs).toEqual([['fee', '£195 + VAT'], ['venue', 'Leeds'], ['dates', '4 March 2027'], ['cancellation', '£50 within 10 days'], ['duration', 'One day']]);
    expect(parts.every((p) => p.kind === 'heading' || p.heading === 'Key facts')).toBe(true);
  });

  it('keeps list items and paragraphs with the nearest heading, and skips navigation and cookie banners', () => {
    const parts = partsOf(`<nav><a>Courses £1 deals</a></nav><div class="cookie-banner">We use cookies</div>
      <h2>Related courses</h2><ul><li>Maths – £99</li></ul><h3>About</h3><p>A practical day.</p>`);
    expect(parts.map((p) => `${p.kind}:${p.heading}:${p.text}`)).toEqual(['heading:Related courses:Related courses', 'item:Related courses:Maths – £99', 'heading:About:About', 'para:About:A practical day.']);
  });

  it('reads a table body row by row, not as one paragraph', () => {
    const parts = partsOf('<table><thead><tr><th>Date</th><th>Places</th></tr></thead><tbody><tr><td>4 March</td><td>Fully booked</td></tr><tr><td>9 May</td><td>Available</td></tr></tbody></table>');
    expect(parts.filter((p) => p.kind === 'item').map((p) => p.text)).toEqual(['4 March | Fully booked', '9 May | Available']);
  });

  it('takes a short label before a colon, not a sentence', () => {
    expect(inlinePair('Fee: £95')).toEqual({ label: 'fee', value: '£95' });
    expect(inlinePair('In this session we will look at the following: retrieval')).toBeUndefined();
  });

  it('stays bounded on 10,000 nested elements', () => {
    const parts = partsOf(`${'<div>'.repeat(10_000)}<p>Fee: £10</p>${'</div>'.repeat(10_000)}`);
    expect(parts.length).toBeLessThanOrEqual(2);
  });
  it('reads a heading left open over the page (a parser that nests the blocks in it) as a heading of its own words, and its blocks as blocks', () => {
    const parts = partsOf('<h1>Technician Training Day <p>A hands-on day.</p><p><b>Date:</b> Saturday 18 November 2023</p></h1>');
    expect(parts.map((p) => [p.kind, p.label ?? '', p.text])).toEqual([['heading', '', 'Technician Training Day'], ['para', '', 'A hands-on day.'], ['pair', 'date', 'Saturday 18 November 2023']]);
  });
});
