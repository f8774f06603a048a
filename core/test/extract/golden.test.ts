import { describe, expect, it } from 'vitest';
import { Course, extractCourses } from '../../src/node.ts';
import { z } from '../../src/zod.ts';
import { FIELDS, loadFixtures, newTally, score } from './corpus.ts';

const fixtures = loadFixtures();

describe('the provider fixture corpus', () => {
  it('has at least 40 pages, each with an expected file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it('reaches 95% field-level precision and recall for title, price and dates', () => {
    const tally = newTally();
    const misses: string[] = [];
    for (const f of fixtures) {
      const got = extractCourses(f.html, f.url);
      for (const c of got) expect(z.safeParse(Course, c).success).toBe(true);
      const before = misses.length;
      score(f.courses, got, tally, misses);
      for (let i = before; i < misses.length; i++) misses[i] = `${f.slug}: ${misses[i]}`;
    }
    const rows = FIELDS.map((field) => {
      const t = tally[field];
      const precision = t.extracted ? t.correct / t.extracted : 1;
      const recall = t.expected ? t.correct / t.expected : 1;
      return { field, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)), ...t };
    });
    console.table(rows);
    if (misses.length) console.log(misses.slice(0, 40).join('\n'));
    for (const row of rows.filter((r) => ['title', 'price', 'dates'].includes(r.field))) {
      expect(row.precision, `${row.field} precision`).toBeGreaterThanOrEqual(0.95);
      expect(row.recall, `${row.field} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('returns every course of a catalogue page, each with its own booking link', () => {
    for (const f of fixtures.filter((x) => x.courses.length >= 5)) {
      const got = extractCourses(f.html, f.url);
      expect(got.length, f.slug).toBe(f.courses.length);
      const links = new Set(got.map((c) => c.bookingUrl));
      expect(links.size, f.slug).toBe(got.length);
    }
  });

  it('gives every filled field its provenance', () => {
    for (const f of fixtures) {
      for (const c of extractCourses(f.html, f.url)) {
        for (const key of Object.keys(c)) {
          if (key === 'provenance' || key === 'confidence') continue;
          expect(c.provenance?.[key as keyof NonNullable<Course['provenance']>], `${f.slug} ${key}`).toBeDefined();
        }
      }
    }
  });

  it('never gives a price to a page that states none, and never treats unknown as free', () => {
    for (const f of fixtures) {
      const got = extractCourses(f.html, f.url);
      f.courses.forEach((e, i) => {
        if (e.price === null && got[i]) expect(got[i]!.price, f.slug).toBeUndefined();
      });
    }
  });
});
