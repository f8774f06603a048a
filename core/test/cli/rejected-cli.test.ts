import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpd } from './harness.ts';

/** Issue 19: a concert, a product or a news article is no course, and the CLI says what it turned away and why. */
const dir = mkdtempSync(join(tmpdir(), 'cpd-rejected-'));
const write = (name: string, html: string): string => {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
};
const concert = write('concert.html', `<!doctype html><html><head><title>Tove Styrke</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'MusicEvent', name: 'Tove Styrke', startDate: '2026-05-01T19:30',
  location: { '@type': 'Place', name: 'The Owl Music Parlor' }, offers: { '@type': 'Offer', price: '18', priceCurrency: 'USD' },
})}</script></head><body><main><h1>Tove Styrke</h1><p>Friday 1 May 2026, 7:30pm</p><p><a href="/t">Buy tickets</a></p></main></body></html>`);
const workshop = write('workshop.html', '<!doctype html><html><head><title>Phonics workshop</title></head><body><main><h1>Phonics workshop for Year 1 teachers</h1><p>Date: 4 March 2027, 9:30am – 3pm</p><p>Cost: £150 + VAT</p></main></body></html>');

describe('cpd extract and cpd score on a page that holds no course', () => {
  it('extract --json lists the candidate under rejected with why, never among the courses', async () => {
    const { code, stdout } = await cpd(['extract', concert, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { courses: unknown[]; rejected: { title: string; why: string }[] };
    expect(out.courses).toEqual([]);
    expect(out.rejected).toContainEqual({ title: 'Tove Styrke', why: expect.stringMatching(/MusicEvent/) });
  });

  it('extract as text says no course found and why', async () => {
    const { code, stderr } = await cpd(['extract', concert]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no course found on this page/);
    expect(stderr).toMatch(/not a course: Tove Styrke \(schema\.org MusicEvent/);
  });

  it('score --json scores the courses and lists the pages turned away apart', async () => {
    const { code, stdout } = await cpd(['score', workshop, concert, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { courses: { course: { title: string } }[]; rejected: { source: string; title: string }[] };
    expect(out.courses.map((r) => r.course.title)).toEqual(['Phonics workshop for Year 1 teachers']);
    expect(out.rejected).toContainEqual(expect.objectContaining({ source: concert, title: 'Tove Styrke' }));
  });

  it('extract --json on a course page gives the course and an empty rejected list', async () => {
    const out = JSON.parse((await cpd(['extract', workshop, '--json'])).stdout) as { courses: { title: string }[]; rejected: unknown[] };
    expect(out.courses.map((c) => c.title)).toEqual(['Phonics workshop for Year 1 teachers']);
    expect(out.rejected).toEqual([]);
  });
});
