import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Course, Price } from '../../src/model/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Our own provider pages, committed under tests/fixtures/providers. */
export const providersDir = resolve(here, '../../../tests/fixtures/providers');
/** The team's shared corpus of real pages, beside the repository. */
export const sharedCorpusDir = resolve(here, '../../../../shared/corpus');
export const hasSharedCorpus = existsSync(sharedCorpusDir);
export const sharedCorpusSkipReason = `../shared/corpus is absent (${sharedCorpusDir}): tests on real pages are skipped`;

/** One expected course of a fixture page. */
export interface ExpectedCourse {
  title: string;
  price: Omit<Price, 'text' | 'covers'> | null;
  dates: string[];
  totalHours?: number;
  delivery?: string;
  bookingUrl?: string;
}
export interface Fixture {
  slug: string;
  html: string;
  url: string;
  courses: ExpectedCourse[];
}

/** Every fixture page with its expected courses. */
export function loadFixtures(): Fixture[] {
  return readdirSync(providersDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -5);
      const expected = JSON.parse(readFileSync(join(providersDir, `${slug}.expected.json`), 'utf8')) as { url: string; courses: ExpectedCourse[] };
      return { slug, html: readFileSync(join(providersDir, f), 'utf8'), url: expected.url, courses: expected.courses };
    });
}

const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
type Field = 'title' | 'price' | 'dates' | 'totalHours' | 'delivery' | 'bookingUrl';
export const FIELDS: readonly Field[] = ['title', 'price', 'dates', 'totalHours', 'delivery', 'bookingUrl'];

/** Counts per field: correct values, values extracted, values expected. */
export type Tally = Record<Field, { correct: number; extracted: number; expected: number }>;

function actual(c: Course | undefined, field: Field): unknown {
  if (!c) return undefined;
  if (field === 'price') return c.price ? { amount: c.price.amount, currency: c.price.currency, vat: c.price.vat, basis: c.price.basis } : undefined;
  if (field === 'dates') return c.sessions?.length ? [...new Set(c.sessions.map((s) => s.start.slice(0, 10)))].sort() : undefined;
  return c[field];
}

function wanted(e: ExpectedCourse | undefined, field: Field): unknown {
  if (!e) return undefined;
  if (field === 'dates') return e.dates.length ? [...e.dates].sort() : undefined;
  if (field === 'price') return e.price ?? undefined;
  return e[field];
}

/** Pairs expected and extracted courses (by title, then by order) and tallies field-level agreement. */
export function score(expected: ExpectedCourse[], got: Course[], tally: Tally, misses?: string[]): void {
  const free = new Set(got.map((_, i) => i));
  const pairs: [ExpectedCourse | undefined, Course | undefined][] = [];
  const unpaired: ExpectedCourse[] = [];
  for (const e of expected) {
    const i = [...free].find((j) => key(got[j]!.title) === key(e.title));
    if (i === undefined) unpaired.push(e);
    else { free.delete(i); pairs.push([e, got[i]]); }
  }
  for (const e of unpaired) {
    const i = [...free][0];
    if (i !== undefined) free.delete(i);
    pairs.push([e, i === undefined ? undefined : got[i]]);
  }
  for (const i of free) pairs.push([undefined, got[i]]);
  for (const [e, c] of pairs) {
    for (const field of FIELDS) {
      if (field !== 'title' && field !== 'price' && field !== 'dates' && e && !(field in e)) continue;
      const want = field === 'title' ? (e ? key(e.title) : undefined) : wanted(e, field);
      const have = field === 'title' ? (c ? key(c.title) : undefined) : actual(c, field);
      const t = tally[field];
      if (want !== undefined) t.expected++;
      if (have !== undefined) t.extracted++;
      const ok = want !== undefined && JSON.stringify(want) === JSON.stringify(have);
      if (ok) t.correct++;
      else if (misses && (want !== undefined || have !== undefined)) misses.push(`${field}: want ${JSON.stringify(want)} got ${JSON.stringify(have)} [${e?.title ?? c?.title}]`);
    }
  }
}

/** An empty tally. */
export function newTally(): Tally {
  return Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, extracted: 0, expected: 0 }])) as Tally;
}
