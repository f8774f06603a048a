import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Course } from '../../src/model/index.ts';
import { titleKey } from '../../src/extract/clean.ts';
import { sharedCorpusDir } from './corpus.ts';

const ownRealDir = resolve(import.meta.dirname, '../../../tests/fixtures/real');

/** One hand-labelled course of a real page. */
export interface RealCourse {
  title: string;
  price: { amount: number; currency?: string } | null;
  start: string | null;
  delivery?: string;
}
export interface RealPage {
  file: string;
  kind?: string;
  optional?: string[];
  courses: RealCourse[];
}

/** The labelled pages whose files are present (shared pages are skipped when ../shared is absent). */
export function loadRealPages(): { page: RealPage; html: string; url: string }[] {
  const labels = JSON.parse(readFileSync(join(ownRealDir, 'labels.json'), 'utf8')) as { pages: RealPage[] };
  const out: { page: RealPage; html: string; url: string }[] = [];
  for (const page of labels.pages) {
    const [root, rel] = page.file.startsWith('shared:') ? [sharedCorpusDir, page.file.slice(7)] : [ownRealDir, page.file.slice(5)];
    const path = join(root, rel);
    if (!existsSync(path)) continue;
    out.push({ page, html: readFileSync(path, 'utf8'), url: urlOf(rel) });
  }
  return out;
}

/** The address a saved page came from, when its file name records it (TeSS cassettes), else a neutral one. */
function urlOf(rel: string): string {
  const m = /vcr-extracted\/[^/]+\/\d+_(.+)\.html$/.exec(rel);
  return m ? `https://${m[1]!.replace(/_/g, '/')}` : 'https://example.org/page';
}

export const REAL_FIELDS = ['title', 'price', 'start', 'delivery'] as const;
type Field = (typeof REAL_FIELDS)[number];
export type RealTally = Record<Field, { correct: number; extracted: number; expected: number }>;
export const newRealTally = (): RealTally => Object.fromEntries(REAL_FIELDS.map((f) => [f, { correct: 0, extracted: 0, expected: 0 }])) as RealTally;

function have(c: Course, field: Field): unknown {
  if (field === 'title') return titleKey(c.title);
  if (field === 'price') return c.price ? { amount: c.price.amount, currency: c.price.currency } : undefined;
  if (field === 'start') return c.sessions?.[0]?.start.slice(0, 10);
  return c.delivery;
}

function want(e: RealCourse, field: Field): unknown {
  if (field === 'title') return titleKey(e.title);
  if (field === 'price') return e.price ?? undefined;
  if (field === 'start') return e.start ?? undefined;
  return e.delivery;
}

function same(field: Field, w: unknown, h: unknown): boolean {
  if (field === 'price') {
    const a = w as { amount: number; currency?: string };
    const b = h as { amount: number; currency: string } | undefined;
    return !!b && a.amount === b.amount && (a.amount === 0 || a.currency === b.currency);
  }
  return w === h;
}

/** Pairs labelled and extracted courses by title and tallies each field; extra courses count against precision. */
export function scoreReal(page: RealPage, got: Course[], tally: RealTally, misses: string[]): void {
  const free = new Set(got.map((_, i) => i));
  const optional = new Set((page.optional ?? []).map(titleKey));
  for (const i of [...free]) if (optional.has(titleKey(got[i]!.title))) free.delete(i);
  const pairs: [RealCourse | undefined, Course | undefined][] = [];
  for (const e of page.courses) {
    const i = [...free].find((j) => titleKey(got[j]!.title) === titleKey(e.title));
    if (i !== undefined) free.delete(i);
    pairs.push([e, i === undefined ? undefined : got[i]]);
  }
  for (const i of free) pairs.push([undefined, got[i]]);
  for (const [e, c] of pairs) {
    for (const field of REAL_FIELDS) {
      if (field === 'delivery' && e && !e.delivery) continue;
      const w = e ? want(e, field) : undefined;
      const h = c ? have(c, field) : undefined;
      const t = tally[field];
      if (w !== undefined) t.expected++;
      if (h !== undefined) t.extracted++;
      const ok = w !== undefined && same(field, w, h);
      if (ok) t.correct++;
      else if (w !== undefined || h !== undefined) misses.push(`${field}: want ${JSON.stringify(w)} got ${JSON.stringify(h)} [${e?.title ?? c?.title}]`);
    }
  }
}

/** Precision and recall rows of a tally, for console.table and assertions. */
export function rowsOf(tally: RealTally): { field: Field; precision: number; recall: number; correct: number; extracted: number; expected: number }[] {
  return REAL_FIELDS.map((field) => {
    const t = tally[field];
    return { field, precision: Number((t.extracted ? t.correct / t.extracted : 1).toFixed(3)), recall: Number((t.expected ? t.correct / t.expected : 1).toFixed(3)), ...t };
  });
}
