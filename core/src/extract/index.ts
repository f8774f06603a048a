/**
 * Course extraction from provider pages, in the browser (a DOM Document) and in Node (an HTML string,
 * parsed by whatever DOMParser the host registered; see core/src/node.ts). Sources: adapters, JSON-LD,
 * microdata, RDFa Lite, meta tags and UK text heuristics, merged by the precedence in merge.ts.
 */
import type { Course } from '../model/index.ts';
import { detectFeatures } from '../text/features.ts';
import { findAdapter } from './adapters/index.ts';
import { cleanText, safeUrl, titleKey } from './clean.ts';
import { mainElement, parseHtml, textLines } from './dom.ts';
import { finishCourse } from './finish.ts';
import { mergeDrafts } from './merge.ts';
import { type ListingCourse, findListing } from './listing.ts';
import { factAside, isGenericHeading, mainHeading, pageDrafts } from './page.ts';
import { readDates } from '../parse/dates.ts';
import { withPageScope } from '../parse/scope.ts';
import { pageCurrency } from '../parse/price.ts';
import { readFacts, withSmallPrintVat } from '../facts/index.ts';
import { jsonLdDrafts } from './sources/json-ld.ts';
import { microdataDrafts } from './sources/microdata.ts';
import { rdfaDrafts } from './sources/rdfa.ts';
import { bookingControl, ownLines, yearHint } from './sources/text.ts';
import { type Candidate, type Draft, type ExtractContext, type ExtractOptions, MAX_COURSES, isStrict } from './types.ts';
import { informsOnly, type Rejected } from './learning.ts';
import { acceptedItems, looksLikeCourse, pageEvidence } from './verdict.ts';

export { detectPage } from './detect.ts';
export { PRECEDENCE, OVERRIDE_MARGIN, pick, mergeDrafts } from './merge.ts';
export { ADAPTERS, findAdapter, type Adapter } from './adapters/index.ts';
export { cleanText, safeUrl } from './clean.ts';
export { finishCourse } from './finish.ts';
export { readDates } from '../parse/dates.ts';
export { readPrice, readFreeOrFunded, pageCurrency } from '../parse/price.ts';
export { readHours, isoHours } from '../parse/hours.ts';
export { normaliseIso, londonOffset } from '../parse/time.ts';
export type { Candidate, Draft, ExtractContext, ExtractOptions } from './types.ts';
export type { Rejected } from './learning.ts';

/** Largest HTML string parsed; a larger page is cut (the courses are near the top of any real page). */
const MAX_HTML = 6_000_000;

/** Confidence given to a course accepted only because the context relaxed the gate. */
export const LOW_CONFIDENCE = 0.4;

/** What a page yields: its courses, and the candidates turned away with why (never among the courses). */
export interface Extraction {
  courses: Course[];
  rejected: Rejected[];
}

/** Extracts the courses a page describes, each valid against the Course schema, with provenance; never throws unless `strict`. */
export function extractCourses(input: Document | string, url: string, options: ExtractOptions = {}): Course[] {
  return extractPage(input, url, options).courses;
}

/**
 * Extracts a page's courses and lists what was turned away as not learning (a concert, a product, a
 * news article…) with the reason (issue 19: `cpd extract --json` shows them as `rejected`); never throws.
 */
export function extractPage(input: Document | string, url: string, options: ExtractOptions = {}): Extraction {
  try {
    const doc = typeof input === 'string' ? parseHtml(input.length > MAX_HTML ? input.slice(0, MAX_HTML) : input) : input;
    return doc ? withPageScope(doc, () => extract(doc, url, options.context ?? 'browse')) : { courses: [], rejected: [] };
  } catch (error) {
    if (isStrict(options)) throw error;
    return { courses: [], rejected: [] };
  }
}

/** The element to read: main/article, or the body when that is empty or decorative. */
function readableMain(doc: Document): { main: Element | null; lines: string[] } {
  const main = mainElement(doc);
  const lines = textLines(main);
  if (main && main !== doc.body && doc.body && joinedLength(lines) < 200) return { main: doc.body, lines: textLines(doc.body) };
  return { main, lines };
}

/** The length of `lines.join(' ')`, without joining them. */
function joinedLength(lines: readonly string[]): number {
  let n = lines.length ? lines.length - 1 : 0;
  for (const line of lines) n += line.length;
  return n;
}

function extract(doc: Document, url: string, context: ExtractContext): Extraction {
  const pageUrl = safeUrl(url, url);
  const loose = context !== 'browse';
  const rejected: Rejected[] = [];
  const done = (courses: Course[]): Extraction => ({ courses, rejected });
  const adapter = findAdapter(url, doc);
  if (adapter) {
    // a site's events include its funders' Q&A and information sessions, which are not courses
    const items = adapter.extract(doc, url).filter(({ draft }) => !informsOnly(String(draft.title?.[0]?.value ?? '')));
    return done(finishAll(items.map(({ draft, text }) => ({ draft: [draft], text })), pageUrl, 0.85));
  }
  const { main, lines: mainLines } = readableMain(doc);
  const heading = mainHeading(doc, main);
  // a key-facts sidebar beside the main element is the course's own: its lines are read as if under the heading
  const aside = factAside(doc, main);
  const lines = aside ? besideHeading(mainLines, heading?.text, aside.lines) : mainLines;
  const mainText = lines.join('\n').slice(0, 30_000);
  const evidence = pageEvidence(doc, url, heading?.text, mainText);
  // A page that calls itself a gig guide, an exhibition or a shop needs explicitly course-typed data, in every context.
  if (evidence.other) {
    rejected.push({ title: cleanText(heading?.text || doc.title, 300), why: evidence.other });
    return done([]);
  }
  const firm = { count: 0 };
  const read = { loose: context === 'asked', currency: pageCurrency(mainText), learns: evidence.learns, rejected, firm };
  const groups = groupByTitle([...jsonLdDrafts(doc, url, read), ...microdataDrafts(doc, url, read), ...rdfaDrafts(doc, url, read)]);
  if (groups.length > 1) {
    return done(withPagePrice(finishAll(groups.map((drafts) => ({ draft: drafts, text: descriptionOf(drafts) })), pageUrl, 0.85), doc, main));
  }
  const hint = yearHint(lines, evidence.published);
  // The page read as one course: only a page with one structured course, or with no listing of its own, needs it
  // (on a listing page it was the reading of every card's text a second time, then thrown away).
  const readPage = (): Draft[] => pageDrafts(doc, main, lines, url, hint, heading, aside?.el);
  // a course's features are read from its own text, not from the related courses below it
  const ownText = (): string => ownLines(lines).join('\n').slice(0, 30_000);
  if (groups.length === 1) return done(finishAll([{ draft: [...groups[0]!, ...readPage()], text: ownText() }], pageUrl, 0.9));
  // The page's own data says it shows a concert, a match or goods: its text is not read as a course.
  if (firm.count) return done([]);
  const listing = findListing(main, url, hint);
  if (listing.length && !isDetailPage(lines, heading?.text, listing) && !numberedParts(listing)) {
    const items = acceptedItems(listing, evidence, loose);
    if (items.length) return done(finishAll(items.map(({ draft, text }) => ({ draft: [draft], text })), pageUrl, 0.7));
    // several items not plainly courses: the page is their list, never one course gathering their dates and prices
    if (listing.length > 1) {
      rejected.push({ title: cleanText(heading?.text || doc.title, 300), why: 'a list of events, none plainly a course' });
      return done([]);
    }
  }
  const page = readPage();
  evidence.books = bookingControl(main);
  const gate = looksLikeCourse(page, evidence, mainText, context);
  if (gate !== 'strong' && gate !== 'weak') {
    const title = cleanText(heading?.text || doc.title, 300);
    if (title) rejected.push({ title, why: gate });
    return done([]);
  }
  return done(finishAll([{ draft: page, text: ownText() }], pageUrl, gate === 'strong' ? 0.6 : LOW_CONFIDENCE));
}

/** The main element's lines with a sidebar's placed right under the heading's line (first, when the heading is not among them). */
function besideHeading(lines: string[], heading: string | undefined, side: string[]): string[] {
  const at = heading ? lines.findIndex((l) => l.includes(heading.slice(0, 60))) : -1;
  return [...lines.slice(0, at + 1), ...side, ...lines.slice(at + 1)];
}

/** A page about one course whose sidebar lists others: a date or price sits right under its own heading. */
function isDetailPage(lines: string[], heading: string | undefined, listing: ListingCourse[]): boolean {
  if (!heading || isGenericHeading(heading)) return false;
  const at = lines.findIndex((l) => l.includes(heading.slice(0, 60)));
  if (at < 0) return false;
  const first = titleKey(String(listing[0]?.draft.title?.[0]?.value ?? ''));
  // the first item's own lines: a date among them is the item's (a card's date badge comes before its title)
  const itemText = listing[0]?.text ?? '';
  for (let i = at; i < lines.length && i <= at + 40; i++) {
    const line = lines[i]!;
    if (i > at && first && titleKey(line).includes(first)) return false;
    if (itemText.includes(line)) continue;
    const fact = readDates(line).dates.length > 0 || /[£€$]\s?\d/.test(line);
    // right under the heading any date or price; further down, before the list, a labelled one ("Date | Thursday 4 February 2027")
    if (fact && (i <= at + 8 || OWN_FACT.test(line))) return true;
  }
  return false;
}

/** An item titled as one numbered part of a series ("Day 1 – Carmarthen", "Ar-lein / Online 2", "Session 3: Feedback"), after any other language's name for it. */
const NUMBERED_PART = /^(?:[^/|]{1,30}[/|]\s*)?(?:day|session|part|module|unit|week|cycle|online|twilight|meeting|webinar|diwrnod|sesiwn|rhan|ar-lein|cylch|dag|sessie|tag|teil)\s*(?:\d{1,2}|one|two|three|four|five|six)\b/i;

/** Items most of which are numbered parts ("Day 1", "Online 1", "Online 2"): one course's sessions in a table, not a listing of courses. */
function numberedParts(listing: ListingCourse[]): boolean {
  const parts = listing.filter((c) => NUMBERED_PART.test(String(c.draft.title?.[0]?.value ?? ''))).length;
  return parts * 2 > listing.length;
}

/** A course's own labelled date or price line, as a details table or list gives it. */
const OWN_FACT = /^(?:dates?|when|time|cost|price|fees?)\s*(?:[:|]|\s[–-]\s)/i;

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

/**
 * Several structured courses on one page (a run in February and one in June, each an EducationEvent with an
 * offer of "GBP 150"): the VAT and basis the page's text states for that same amount are theirs too
 * ("£150 … University CPD courses are exempt from VAT").
 */
function withPagePrice(courses: Course[], doc: Document, main: Element | null): Course[] {
  if (!courses.some((c) => c.price && c.price.amount > 0 && (c.price.vat === 'unknown' || c.price.basis === 'unknown'))) return courses;
  const facts = withSmallPrintVat(readFacts(main), doc, main);
  const stated = facts.price;
  const vat = stated?.vat !== 'unknown' ? stated?.vat : undefined;
  // the basis only as the price's own words state it ("£150 per participant"), not as guessed for one course
  const basis = facts.fee?.price.basis;
  return courses.map((c) => {
    if (!c.price || !stated || c.price.amount !== stated.amount || c.price.currency !== stated.currency) return c;
    const price = { ...c.price };
    if (price.vat === 'unknown' && vat) price.vat = vat;
    if (price.basis === 'unknown' && basis && basis !== 'unknown') price.basis = basis;
    return { ...c, price };
  });
}
