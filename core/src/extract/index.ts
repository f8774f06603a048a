/**
 * Course extraction from provider pages, in the browser (a DOM Document) and in Node (an HTML string,
 * parsed by whatever DOMParser the host registered; see core/src/node.ts). Sources: adapters, JSON-LD,
 * microdata, RDFa Lite, meta tags and UK text heuristics, merged by the precedence in merge.ts.
 */
import type { Course } from '../model/index.ts';
import { detectFeatures } from '../text/features.ts';
import { findAdapter } from './adapters/index.ts';
import { safeUrl, titleKey } from './clean.ts';
import { mainElement, parseHtml, textLines } from './dom.ts';
import { finishCourse } from './finish.ts';
import { mergeDrafts } from './merge.ts';
import { type ListingCourse, findListing } from './listing.ts';
import { isGenericHeading, mainHeading, pageDrafts } from './page.ts';
import { readDates } from './parse/dates.ts';
import { pageCurrency } from './parse/price.ts';
import { CPD_WORDS } from './parse/words.ts';
import { jsonLdDrafts, jsonLdRoots } from './sources/json-ld.ts';
import { isArticlePage, metaContent } from './sources/meta.ts';
import { microdataDrafts } from './sources/microdata.ts';
import { rdfaDrafts } from './sources/rdfa.ts';
import { NOT_EDU, typesOf, isNode } from './sources/schema.ts';
import { yearHint } from './sources/text.ts';
import { type Candidate, type Draft, type ExtractContext, type ExtractOptions, MAX_COURSES, isStrict } from './types.ts';

export { detectPage } from './detect.ts';
export { PRECEDENCE, OVERRIDE_MARGIN, pick, mergeDrafts } from './merge.ts';
export { ADAPTERS, findAdapter, type Adapter } from './adapters/index.ts';
export { cleanText, safeUrl } from './clean.ts';
export { finishCourse } from './finish.ts';
export { readDates } from './parse/dates.ts';
export { readPrice, readFreeOrFunded, pageCurrency } from './parse/price.ts';
export { readHours, isoHours } from './parse/hours.ts';
export { normaliseIso, londonOffset } from './parse/time.ts';
export type { Candidate, Draft, ExtractContext, ExtractOptions } from './types.ts';

/** Largest HTML string parsed; a larger page is cut (the courses are near the top of any real page). */
const MAX_HTML = 6_000_000;

const EXPLICIT_TYPE = /"@type"\s*:\s*\[?\s*"(?:schema:|https?:\/\/schema\.org\/)?(?:Course|CourseInstance|EducationEvent)"/;

/** Whether the page marks something up as a Course, CourseInstance or EducationEvent. */
function explicitCourse(doc: Document): boolean {
  if (doc.querySelector('[itemtype*="schema.org/Course"], [itemtype*="schema.org/EducationEvent"], [typeof*="Course"], [typeof*="EducationEvent"]')) return true;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 50; i++) if (EXPLICIT_TYPE.test((scripts[i]!.textContent ?? '').slice(0, 500_000))) return true;
  return false;
}

/** Confidence given to a course accepted only because the context relaxed the gate. */
export const LOW_CONFIDENCE = 0.4;

/** Extracts the courses a page describes, each valid against the Course schema, with provenance; never throws unless `strict`. */
export function extractCourses(input: Document | string, url: string, options: ExtractOptions = {}): Course[] {
  try {
    const doc = typeof input === 'string' ? parseHtml(input.length > MAX_HTML ? input.slice(0, MAX_HTML) : input) : input;
    return doc ? extract(doc, url, options.context ?? 'browse') : [];
  } catch (error) {
    if (isStrict(options)) throw error;
    return [];
  }
}

/** The element to read: main/article, or the body when that is empty or decorative. */
function readableMain(doc: Document): { main: Element | null; lines: string[] } {
  const main = mainElement(doc);
  const lines = textLines(main);
  if (main && main !== doc.body && doc.body && lines.join(' ').length < 200) return { main: doc.body, lines: textLines(doc.body) };
  return { main, lines };
}

function extract(doc: Document, url: string, context: ExtractContext): Course[] {
  const pageUrl = safeUrl(url, url);
  const loose = context !== 'browse';
  const adapter = findAdapter(url, doc);
  if (adapter) {
    return finishAll(adapter.extract(doc, url).map(({ draft, text }) => ({ draft: [draft], text })), pageUrl, 0.85);
  }
  const { main, lines } = readableMain(doc);
  const mainText = lines.join('\n').slice(0, 30_000);
  const read = { loose: context === 'asked', currency: pageCurrency(mainText) };
  // Browsing, a page that calls itself an exhibition or a gig guide needs explicitly course-typed data.
  // a gig or an exhibition page is not a course; a teachers' conference that also has an exhibition is
  const head = `${doc.title} ${metaContent(doc, 'description', 'og:description')}`;
  if (context === 'browse' && NOT_EDU.test(head) && !CPD_WORDS.test(head) && !explicitCourse(doc)) return [];
  const groups = groupByTitle([...jsonLdDrafts(doc, url, read), ...microdataDrafts(doc, url, read), ...rdfaDrafts(doc, url, read)]);
  if (groups.length > 1) {
    return finishAll(groups.map((drafts) => ({ draft: drafts, text: descriptionOf(drafts) })), pageUrl, 0.85);
  }
  const hint = yearHint(lines, metaContent(doc, 'article:published_time'));
  const heading = mainHeading(doc, main);
  const page = pageDrafts(doc, main, lines, url, hint, heading);
  if (groups.length === 1) return finishAll([{ draft: [...groups[0]!, ...page], text: mainText }], pageUrl, 0.9);
  const listing = findListing(main, url, hint);
  if (listing.length && !isDetailPage(lines, heading?.text, listing) && listingAccepted(doc, listing, heading?.text, loose)) {
    return finishAll(listing.map(({ draft, text }) => ({ draft: [draft], text })), pageUrl, 0.7);
  }
  const gate = looksLikeCourse(doc, page, mainText, context);
  if (!gate) return [];
  return finishAll([{ draft: page, text: mainText }], pageUrl, gate === 'strong' ? 0.6 : LOW_CONFIDENCE);
}

/** A page about one course whose sidebar lists others: a date or price sits right under its own heading. */
function isDetailPage(lines: string[], heading: string | undefined, listing: ListingCourse[]): boolean {
  if (!heading || isGenericHeading(heading)) return false;
  const at = lines.findIndex((l) => l.includes(heading.slice(0, 60)));
  if (at < 0) return false;
  const first = titleKey(String(listing[0]?.draft.title?.[0]?.value ?? ''));
  for (let i = at; i < lines.length && i <= at + 8; i++) {
    if (i > at && first && titleKey(lines[i]!).includes(first)) return false;
    if (readDates(lines[i]!).dates.length || /[£€$]\s?\d/.test(lines[i]!)) return true;
  }
  return false;
}

/** A listing counts anywhere when it is about professional learning; on a provider's site or when asked, always. */
function listingAccepted(doc: Document, listing: ListingCourse[], heading: string | undefined, loose: boolean): boolean {
  if (loose) return true;
  if (CPD_WORDS.test(`${doc.title} ${heading ?? ''}`)) return true;
  const about = listing.filter((c) => CPD_WORDS.test(String(c.draft.title?.[0]?.value ?? ''))).length;
  return about * 2 >= listing.length;
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

/**
 * The gate for a page with no structured course. Browsing, a page counts only with CPD words and at
 * least two of price, dates and booking link (all three if it has no CPD words or reads like an
 * article). On a provider's site or when asked, a title with a date or a price is enough ('weak').
 */
function looksLikeCourse(doc: Document, page: Draft[], text: string, context: ExtractContext): 'strong' | 'weak' | false {
  const all = (f: keyof Draft): Candidate[] => page.flatMap((d) => (d[f] ?? []) as Candidate[]);
  const title = all('title').map((c) => String(c.value)).join(' ');
  if (!title) return false;
  const priced = all('price').length > 0;
  const dated = all('sessions').some((c) => c.confidence >= 0.5);
  const booking = all('bookingUrl').length > 0;
  const article = isArticlePage(doc) || jsonLdRoots(doc).some(isArticleRoot);
  const signals = Number(priced) + Number(dated) + Number(booking);
  // A gig guide or an exhibition is not a course, whatever words it shares with one ("The Twilight Sad").
  if (context === 'browse' && NOT_EDU.test(title)) return false;
  const cpd = CPD_WORDS.test(title) || speaksOfLearning(text.slice(0, 3000));
  const strong = !cpd ? !article && signals === 3 : article ? signals === 3 : signals >= 2 && (priced || dated);
  if (strong) return 'strong';
  if (context === 'browse' || !(priced || dated)) return false;
  if (context === 'asked') return 'weak';
  // On a provider's site a page with a date or a price shows a course when its title names learning or
  // it offers a booking; its news articles and blog posts still need the browsing evidence.
  return !article && (CPD_WORDS.test(title) || booking) ? 'weak' : false;
}

/** CPD words in sentences, not in menus: a shop's "Training" category link is not a course. */
function speaksOfLearning(text: string): boolean {
  for (const line of text.split('\n')) if (line.length >= 40 && line.includes(' ') && CPD_WORDS.test(line)) return true;
  return false;
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
