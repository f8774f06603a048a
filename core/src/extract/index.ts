/**
 * Course extraction from provider pages, in the browser (a DOM Document) and in Node (an HTML string,
 * parsed by whatever DOMParser the host registered; see core/src/node.ts). Sources: adapters, JSON-LD,
 * microdata, RDFa Lite, meta tags and UK text heuristics, merged by the precedence in merge.ts.
 */
import type { Course } from '../model/index.ts';
import { detectFeatures } from '../text/features.ts';
import { findAdapter } from './adapters/index.ts';
import { cleanText, safeUrl, titleKey } from './clean.ts';
import { mainElement, parseHtml, textLines, textOf } from './dom.ts';
import { finishCourse } from './finish.ts';
import { mergeDrafts } from './merge.ts';
import { CPD_WORDS, formatOf } from './parse/words.ts';
import { jsonLdDrafts, jsonLdRoots } from './sources/json-ld.ts';
import { isArticlePage, metaDraft, stripSiteName } from './sources/meta.ts';
import { microdataDrafts } from './sources/microdata.ts';
import { rdfaDrafts } from './sources/rdfa.ts';
import { typesOf, isNode } from './sources/schema.ts';
import { bookingLink, textDraft, yearHint } from './sources/text.ts';
import { type Candidate, type Draft, MAX_COURSES, propose } from './types.ts';

export { detectPage } from './detect.ts';
export { PRECEDENCE, OVERRIDE_MARGIN, pick, mergeDrafts } from './merge.ts';
export { ADAPTERS, findAdapter, type Adapter } from './adapters/index.ts';
export { cleanText, safeUrl } from './clean.ts';
export { finishCourse } from './finish.ts';
export { readDates } from './parse/dates.ts';
export { readPrice, readFreeOrFunded } from './parse/price.ts';
export { readHours, isoHours } from './parse/hours.ts';
export { normaliseIso, londonOffset } from './parse/time.ts';
export type { Candidate, Draft } from './types.ts';

/** Largest HTML string parsed; a larger page is cut (the courses are near the top of any real page). */
const MAX_HTML = 6_000_000;

/** Extracts the courses a page describes, each valid against the Course schema, with provenance; never throws. */
export function extractCourses(input: Document | string, url: string): Course[] {
  try {
    const doc = typeof input === 'string' ? parseHtml(input.length > MAX_HTML ? input.slice(0, MAX_HTML) : input) : input;
    return doc ? extract(doc, url) : [];
  } catch {
    return [];
  }
}

function extract(doc: Document, url: string): Course[] {
  const pageUrl = safeUrl(url, url);
  const adapter = findAdapter(url, doc);
  if (adapter) {
    return finishAll(adapter.extract(doc, url).map(({ draft, text }) => ({ draft: [draft], text })), pageUrl, 0.85);
  }
  const groups = groupByTitle([...jsonLdDrafts(doc, url), ...microdataDrafts(doc, url), ...rdfaDrafts(doc, url)]);
  const main = mainElement(doc);
  const lines = textLines(main);
  const mainText = lines.join('\n').slice(0, 30_000);
  if (groups.length > 1) {
    return finishAll(groups.map((drafts) => ({ draft: drafts, text: descriptionOf(drafts) })), pageUrl, 0.85);
  }
  const page = pageDrafts(doc, main, lines, url);
  if (groups.length === 1) return finishAll([{ draft: [...groups[0]!, ...page], text: mainText }], pageUrl, 0.9);
  if (!looksLikeCourse(doc, page, mainText)) return [];
  return finishAll([{ draft: page, text: mainText }], pageUrl, 0.6);
}

/** Meta tags, headings and text of the page as a whole, for a page about one course. */
function pageDrafts(doc: Document, main: Element | null, lines: string[], url: string): Draft[] {
  const meta = metaDraft(doc, url);
  const text = textDraft(lines, yearHint(lines));
  const h1 = cleanText(textLines(main?.querySelector('h1') ?? doc.querySelector('h1'), false, 2000, 2000)[0] ?? '', 300);
  propose(text, 'title', h1, 'text', 0.7, h1, 'h1');
  const title = cleanText(stripSiteName(doc.title ?? ''), 300);
  propose(text, 'title', title, 'text', 0.5, doc.title, 'title');
  propose(text, 'format', formatOf(h1 || title), 'text', 0.5, h1 || title, 'h1');
  const booking = bookingLink(main, url);
  propose(text, 'bookingUrl', booking, 'text', 0.7, booking, 'a:book');
  const pageUrl = safeUrl(url, url);
  propose(text, 'url', pageUrl, 'text', 0.9, pageUrl, 'location');
  const para = main?.querySelectorAll('p') ?? [];
  for (let i = 0; i < para.length && i < 30; i++) {
    const p = cleanText(textOf(para[i], 5000), 5000);
    if (p.length >= 80) { propose(text, 'description', p, 'text', 0.5, undefined, 'main p'); break; }
  }
  return [meta, text];
}

/** Groups structured drafts by title: several sources (or several Events) describing one course merge. */
function groupByTitle(drafts: Draft[]): Draft[][] {
  const groups = new Map<string, Draft[]>();
  const untitled: Draft[] = [];
  for (const d of drafts) {
    const title = d.title?.[0]?.value;
    if (!title) { untitled.push(d); continue; }
    const key = titleKey(title);
    const g = groups.get(key);
    if (g) g.push(d);
    else if (groups.size < MAX_COURSES) groups.set(key, [d]);
  }
  const list = [...groups.values()];
  if (list.length === 1 && untitled.length) list[0]!.push(...untitled);
  return list.map(unionSessions);
}

/** Same-title Events from one source are dates of one course: their sessions join into one candidate. */
function unionSessions(drafts: Draft[]): Draft[] {
  const bySource = new Map<string, Candidate<NonNullable<Course['sessions']>>[]>();
  for (const d of drafts) for (const c of d.sessions ?? []) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  for (const [, list] of bySource) {
    if (list.length < 2) continue;
    const all = new Map<string, NonNullable<Course['sessions']>[number]>();
    for (const c of list) for (const s of c.value) all.set(s.start, s);
    list[0]!.value = [...all.values()].sort((a, b) => (a.start < b.start ? -1 : 1)).slice(0, 200);
    for (const c of list.slice(1)) c.value = list[0]!.value;
  }
  return drafts;
}

function descriptionOf(drafts: Draft[]): string {
  return drafts.map((d) => `${d.title?.[0]?.value ?? ''}\n${d.description?.[0]?.value ?? ''}`).join('\n');
}

/** A page with no structured course counts only with CPD words and at least two of price, dates, booking link. */
function looksLikeCourse(doc: Document, page: Draft[], text: string): boolean {
  const all = (f: keyof Draft): Candidate[] => page.flatMap((d) => (d[f] ?? []) as Candidate[]);
  const title = all('title').map((c) => String(c.value)).join(' ');
  if (!title) return false;
  const priced = all('price').length > 0;
  const dated = all('sessions').some((c) => c.confidence >= 0.5);
  const booking = all('bookingUrl').length > 0;
  const article = isArticlePage(doc) || jsonLdRoots(doc).some(isArticleRoot);
  const signals = Number(priced) + Number(dated) + Number(booking);
  if (!CPD_WORDS.test(title) && !CPD_WORDS.test(text.slice(0, 3000))) return !article && signals === 3;
  return article ? signals === 3 : signals >= 2 && (priced || dated);
}

function isArticleRoot(root: unknown): boolean {
  const nodes = Array.isArray(root) ? root : isNode(root) && Array.isArray(root['@graph']) ? root['@graph'] : [root];
  return nodes.some((n) => isNode(n) && typesOf(n).some((t) => /Article|BlogPosting|NewsArticle|Report/.test(t)));
}

/** Merges, adds features and checks each course; bounded to MAX_COURSES. */
function finishAll(items: { draft: Draft[]; text: string }[], pageUrl: string | undefined, confidence: number): Course[] {
  const out: Course[] = [];
  for (const { draft, text } of items.slice(0, MAX_COURSES)) {
    const merged = mergeDrafts(draft);
    if (!merged.url && pageUrl) {
      merged.url = pageUrl;
      merged.provenance = { ...merged.provenance, url: { source: 'text', confidence: 0.5, raw: pageUrl.slice(0, 300), at: 'location' } };
    }
    const features = detectFeatures(text.slice(0, 30_000)).slice(0, 100);
    if (features.length) {
      merged.features = features;
      merged.provenance = { ...merged.provenance, features: { source: 'text', confidence: 0.6, at: 'text:features' } };
    }
    merged.confidence = confidence;
    const course = finishCourse(merged);
    if (course) out.push(course);
  }
  return out;
}
