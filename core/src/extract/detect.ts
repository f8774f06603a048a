import { ADAPTER_MARKERS } from './adapters/markers.ts';
import { ENTERTAINMENT, STRONG_LEARNING } from './learning.ts';
import { explicitCourse } from './verdict.ts';
import { CPD_WORDS } from '../parse/words.ts';
import { MONTH_STARTS } from '../parse/dates.ts';
import { isArticlePage } from './sources/meta.ts';
import { isStrict, type ExtractOptions } from './types.ts';

const LD_TYPE = /"@type"\s*:\s*\[?\s*"(?:schema:|https?:\/\/schema\.org\/)?(Course|CourseInstance|EducationEvent|Event|EventSeries|SessionSeries|ScheduledSession|BusinessEvent|EducationalOccupationalProgram|Product)"/g;
const MARKUP = '[itemtype*="schema.org/Course"], [itemtype*="schema.org/EducationEvent"], [itemtype$="schema.org/Event"], [typeof~="Course"], [typeof~="schema:Course"], [typeof~="Event"], [typeof~="EducationEvent"]';

/**
 * Cheap check for the extension badge: 'catalogue' for a page listing several courses, 'course' for one,
 * null for everything else (news, shops for other goods, blank pages). Reads no more than it must.
 * `context` as for extractCourses: the extension passes 'provider' on the sites it runs on by itself.
 */
export function detectPage(doc: Document, _url: string, options: ExtractOptions = {}): 'course' | 'catalogue' | null {
  const loose = (options.context ?? 'browse') !== 'browse';
  try {
    if (!doc.body) return null;
    const title = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`.slice(0, 500);
    // A page that names itself a concert, a film, a match or a shop is no course (issue 19), as extraction decides.
    if (ENTERTAINMENT.test(title) && !CPD_WORDS.test(title) && !STRONG_LEARNING.test(title) && !explicitCourse(doc)) return null;
    // One query for every structured or adapter signal; most pages have none and stop at the text check.
    if (!doc.querySelector(`${ADAPTER_MARKERS}, script[type="application/ld+json"], [itemscope], [typeof]`)) return textSignals(doc, title, loose);
    // Every adapter's test is its marker being present (adapters/markers.ts).
    if (doc.querySelector(ADAPTER_MARKERS)) return 'catalogue';
    let count = 0;
    let product = 0;
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < 50; i++) {
      for (const m of (scripts[i]!.textContent ?? '').slice(0, 500_000).matchAll(LD_TYPE)) {
        if (m[1] === 'Product') product++;
        else count++;
      }
    }
    count += doc.querySelectorAll(MARKUP).length;
    if (!count && (product || doc.querySelector('[itemtype*="schema.org/Product"]')) && CPD_WORDS.test(title)) count = 1;
    if (count >= 3) return 'catalogue';
    if (count >= 1) return 'course';
    return textSignals(doc, title, loose);
  } catch (error) {
    if (isStrict(options)) throw error;
    return null;
  }
}

/** Page text comes from textContent, so cells run together ("Date7/11/23Time"): no \\b around numbers. */
const PRICED = /[£€]\s?\d|\bfully[- ]funded\b|\bfunded place|\bfree of charge\b|\bcost:?\s*free\b|\bam ddim\b|\bno charge\b/i;
const DATED = new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_STARTS})[a-z]*\\.?,?\\s+\\d{4}(?!\\d)|(?<!\\d)\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}(?!\\d)|\\b(?:starts?|begins?|dates?):?\\s`, 'i');
const BOOKING = /\b(?:book (?:now|a place|your place|places|online|here)|register (?:now|here|your|interest)|registration|enrol|apply (?:now|here|for)|sign up|reserve|add to basket|booking|archebu|cofrestru)\b/i;

/**
 * A card's own tag naming its kind ("Course · Primary", "Cursus | …"), as listing.ts's KIND_TAG reads at a
 * line's start; capitalised, as a tag is, since the text runs together here ("Pupils with SENDCourse · …").
 */
const CARD_TAG = /(?:Course|Cursus|Workshop|Training|Webinar|Masterclass)\s*[|·•]\s/g;

/** Cards tagged as courses in a page's text, counted up to three. */
function declaredCards(text: string): number {
  CARD_TAG.lastIndex = 0;
  let n = 0;
  while (n < 3 && CARD_TAG.exec(text)) n++;
  return n;
}

/**
 * A page without structured data counts on the same evidence extraction accepts (see ExtractContext): it is about CPD
 * (in its title, or in its opening text with all three signals) and shows two of a price, a date and
 * a way to book.
 */
function textSignals(doc: Document, title: string, loose: boolean): 'course' | 'catalogue' | null {
  if (isArticlePage(doc)) return null;
  const text = (doc.body?.textContent ?? '').slice(0, 30_000);
  const priced = PRICED.test(text);
  const dated = DATED.test(text);
  const booking = BOOKING.test(text);
  const signals = Number(priced) + Number(dated) + Number(booking);
  // a catalogue of cards that each say they are a course, with no dates or prices on it (read by listing.ts)
  if (CPD_WORDS.test(title) && declaredCards(text) >= 3) return 'catalogue';
  // On a provider's site (or asked), a date or a price is enough when the title names learning or the page books.
  if (loose && (priced || dated) && (CPD_WORDS.test(title) || booking)) return 'course';
  if (CPD_WORDS.test(title)) return signals >= 2 ? 'course' : null;
  return CPD_WORDS.test(text.slice(0, 3000)) && signals === 3 ? 'course' : null;
}
