import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Course } from '../../src/model/index.ts';
import type { ExtractContext } from '../../src/extract/types.ts';
import { titleKey } from '../../src/extract/clean.ts';
import { sharedCorpusDir } from './corpus.ts';

/** The project's own labelled real pages. */
export const ownLabels = resolve(import.meta.dirname, '../../../tests/fixtures/real/labels.json');
const ownRealDir = dirname(ownLabels);

/** One hand-labelled course of a real page. */
export interface RealCourse {
  title: string;
  price: { amount: number; currency?: string } | null;
  start: string | null;
  delivery?: string;
}
export interface RealPage {
  file: string;
  /** The address the page was saved from, when the labels record it. */
  url?: string;
  kind?: string;
  optional?: string[];
  courses: RealCourse[];
}
export interface LoadedPage {
  page: RealPage;
  html: string;
  url: string;
}

/**
 * The labelled pages of a labels file whose files are present. `shared:` paths are read from
 * ../shared/corpus, `real:` paths from tests/fixtures/real, any other path relative to the labels file
 * (so a set gathered elsewhere, `CPD_REAL_LABELS=/path/labels.json`, runs without code changes).
 */
export function loadRealPages(labelsPath = ownLabels): LoadedPage[] {
  const parsed = JSON.parse(readFileSync(labelsPath, 'utf8')) as { pages: RealPage[] } | RealPage[];
  const list = Array.isArray(parsed) ? parsed : parsed.pages;
  const here = dirname(labelsPath);
  const out: LoadedPage[] = [];
  for (const page of list) {
    const path = page.file.startsWith('shared:') ? join(sharedCorpusDir, page.file.slice(7))
      : page.file.startsWith('real:') ? join(ownRealDir, page.file.slice(5))
        : isAbsolute(page.file) ? page.file : join(here, page.file);
    if (!existsSync(path)) continue;
    page.courses ??= [];
    out.push({ page, html: readFileSync(path, 'utf8'), url: page.url ?? urlOf(page.file) });
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
    const a = w as { amount: number; currency?: string } | undefined;
    const b = h as { amount: number; currency: string } | undefined;
    if (!a || !b) return a === b;
    return a.amount === b.amount && (a.amount === 0 || !a.currency || a.currency === b.currency);
  }
  // a label of plain "online" (later sets' convention: "Zoom/online = online") is right for live and self-paced alike
  if (field === 'delivery' && w === 'online') return typeof h === 'string' && h.startsWith('online');
  // "in-person" is another set's word for face to face (holdout7's labeller was asked for online / in-person / blended)
  if (field === 'delivery' && w === 'in-person') return h === 'face-to-face';
  return w === h;
}

/** Words of a title, for pairing a course found under a slightly different title. */
const words = (s: string): Set<string> => new Set(titleKey(s).split(' ').filter((w) => w.length > 2));
function near(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return false;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.min(x.size, y.size) >= 0.6;
}

/**
 * Pairs labelled and extracted courses: same title, then a near title (most words shared), then, on a
 * page of one labelled course, the one course found. Unpaired extracted courses (not listed optional)
 * are extra.
 */
export function pairCourses(page: RealPage, got: Course[]): { pairs: [RealCourse, Course | undefined][]; extra: Course[] } {
  const free = new Set(got.map((_, i) => i));
  const optional = new Set((page.optional ?? []).map(titleKey));
  for (const i of [...free]) if (optional.has(titleKey(got[i]!.title))) free.delete(i);
  const pairs: [RealCourse, Course | undefined][] = page.courses.map((e) => [e, undefined]);
  for (const test of [(a: string, b: string) => titleKey(a) === titleKey(b), near]) {
    for (const pair of pairs) {
      if (pair[1]) continue;
      const i = [...free].find((j) => test(got[j]!.title, pair[0].title));
      if (i !== undefined) { free.delete(i); pair[1] = got[i]; }
    }
  }
  if (pairs.length === 1 && !pairs[0]![1] && free.size === 1) {
    const i = [...free][0]!;
    free.delete(i);
    pairs[0]![1] = got[i];
  }
  return { pairs, extra: [...free].map((i) => got[i]!) };
}

/** Tallies each field's precision and recall over the pairs; extra courses count against precision. */
export function scoreReal(page: RealPage, got: Course[], tally: RealTally, misses: string[]): void {
  const { pairs, extra } = pairCourses(page, got);
  const all: [RealCourse | undefined, Course | undefined][] = [...pairs, ...extra.map((c): [undefined, Course] => [undefined, c])];
  for (const [e, c] of all) {
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

/** One context's figures over a set of real pages (issue 19). */
export interface ContextFigures {
  context: ExtractContext;
  /** Labelled courses found (paired with an extracted course), of all labelled. */
  found: number;
  labelled: number;
  /** Labelled fields right (title, price, start, delivery where labelled; a stated "no price" or "no date" is right when none is read), of all. */
  fieldsRight: number;
  fields: number;
  /** Courses read on non-course pages, and how many such pages yield any. */
  falseCourses: number;
  falsePages: number;
  negatives: number;
  /** Extracted courses on course pages that pair with no labelled course. */
  extra: number;
  notes: string[];
}

/** Reads every page in one context and measures found / fields / false courses. */
export function figuresFor(pages: LoadedPage[], context: ExtractContext, extract: (html: string, url: string, context: ExtractContext) => Course[]): ContextFigures {
  const f: ContextFigures = { context, found: 0, labelled: 0, fieldsRight: 0, fields: 0, falseCourses: 0, falsePages: 0, negatives: 0, extra: 0, notes: [] };
  for (const { page, html, url } of pages) {
    const got = extract(html, url, context);
    const name = page.file.split('/').slice(-2).join('/').slice(0, 70);
    if (!page.courses.length) {
      f.negatives++;
      // the labels' 'optional' items (the named event of a non-course page: an open day, a PhD defence, a
      // social meet-up) may be found or not without counting, as on course pages
      const optional = (page.optional ?? []).map(titleKey);
      const counted = got.filter((c) => !optional.some((o) => o === titleKey(c.title) || near(o, c.title)));
      if (counted.length) {
        f.falsePages++;
        f.falseCourses += counted.length;
        f.notes.push(`FALSE ${name}: ${counted.length} (${counted.slice(0, 3).map((c) => c.title.slice(0, 50)).join('; ')})`);
      }
      continue;
    }
    const { pairs, extra } = pairCourses(page, got);
    f.extra += extra.length;
    if (extra.length) f.notes.push(`EXTRA ${name}: ${extra.slice(0, 3).map((c) => c.title.slice(0, 50)).join('; ')}`);
    for (const [e, c] of pairs) {
      f.labelled++;
      if (c) f.found++;
      else f.notes.push(`MISSED ${name}: ${e.title}`);
      for (const field of REAL_FIELDS) {
        if (field === 'delivery' && !e.delivery) continue;
        f.fields++;
        const w = want(e, field);
        const h = c ? have(c, field) : undefined;
        if (c && same(field, w, h)) f.fieldsRight++;
        else if (c) f.notes.push(`FIELD ${name}: ${field} want ${JSON.stringify(w ?? null)} got ${JSON.stringify(h ?? null)}`);
      }
    }
  }
  return f;
}

/** A table row of a context's figures. */
export function figureRow(f: ContextFigures): Record<string, string | number> {
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  return { context: f.context, found: `${f.found}/${f.labelled} ${pct(f.found, f.labelled)}`, fields: `${f.fieldsRight}/${f.fields} ${pct(f.fieldsRight, f.fields)}`, 'false courses': f.falseCourses, 'false pages': `${f.falsePages}/${f.negatives}`, extra: f.extra };
}
