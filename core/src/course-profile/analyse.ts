import type { Course, Feature, FeatureKind } from '../model/course.ts';
import { counts, excludedSpans, spanAt, type Span } from '../text/evidence.ts';
import { ALL_FEATURE_PHRASES } from '../text/features.ts';
import { gateBits, gateCount, highBits, lowBits, maskOf, strictGates } from '../text/gate.ts';
import { Lexicon } from '../text/lexicon.ts';
import { broaderOf, CONCEPTS, termsOf } from '../text/thesaurus.ts';
import { readWords, sentenceAround, sentenceStart, STOPWORDS, WordCache, type Token } from '../text/tokens.ts';

/** What the judges read off a course's words: the text, its stems, concepts and evidence-valued features (not its tokens). */
export interface CourseReading {
  /** The course's words joined (title first), for judges that read its sentences. */
  text: string;
  stems: Set<string>;
  /** The mask of the stem gates the text opens (see text/gate.ts), for skipping the profile's long patterns. */
  gates: number;
  /** Concepts named in the course text, with the phrase that named them. */
  concepts: Map<string, string>;
  /** Concepts one level broader than those named (dyslexia → send). */
  broader: Set<string>;
  features: Map<FeatureKind, Feature>;
  /** Every phrase that counted, by feature: judges grade by them ("EEF guidance report" > "evidence-informed"). */
  phrases: Map<FeatureKind, string[]>;
}

/** What the scorer reads off a course once: its words and tokens, and what the judges read of them. */
export interface CourseText extends CourseReading {
  tokens: Token[];
  /** Testimonials, people's names and navigation: words that are not evidence. */
  spans: Span[];
  /** The mask of the stem gates the title alone opens (its first line), for the patterns read in the title only. */
  titleGates: number;
}

/** The reading without the tokens and spans, which take many times its memory: what is kept of a course between scorings. */
export function readingOf({ text, stems, gates, concepts, broader, features, phrases }: CourseText): CourseReading {
  return { text, stems, gates, concepts, broader, features, phrases };
}

/** Concepts (keyed `c:id`) and features (keyed `f:kind`) in one lexicon, so a course is scanned once. */
const ANALYSIS_GROUPS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(Object.keys(CONCEPTS).map((id) => [`c:${id}`, termsOf(id)])),
  ...Object.fromEntries(Object.entries(ALL_FEATURE_PHRASES).map(([kind, phrases]) => [`f:${kind}`, phrases])),
};
const analysisLexicon = new Lexicon(ANALYSIS_GROUPS);
/** By a hit's group: its key without the prefix (the concept's or feature's id), and whether it is a concept, cut once. */
const ANALYSIS_IDS: readonly string[] = analysisLexicon.keys.map((key) => key.slice(2));
const IS_CONCEPT: readonly boolean[] = analysisLexicon.keys.map((key) => key.startsWith('c:'));

/**
 * Joins the course's own words: title first, then the description, subjects, accreditation, the
 * sentences extraction quoted for its features (judged by today's rules, not stored ones), the price
 * as written and the raw page text extraction kept for its fields (dates, hours, delivery).
 */
export function courseWords(course: Course): string {
  let out = course.title;
  if (course.description) out += `\n${course.description}`;
  const audience = course.audience;
  if (audience?.subjects?.length) out += `\n${audience.subjects.join(', ')}`;
  if (course.accreditation?.length) out += `\n${course.accreditation.join(', ')}`;
  const features = course.features;
  if (features?.length) {
    const description = course.description ?? '';
    let last = '';
    for (const f of features) {
      const quote = f.quote.replace(/^…|…$/g, '');
      if (quote && quote !== last && !description.includes(quote)) out += `\n${f.quote}`;
      last = quote;
    }
  }
  if (course.price?.text) out += `\n${course.price.text}`;
  const prov = course.provenance;
  if (prov) for (const key of RAW_FIELDS) if (prov[key]?.raw) out += `\n${prov[key]!.raw}`;
  return out;
}

const RAW_FIELDS = ['title', 'sessions', 'totalHours', 'price', 'delivery', 'format', 'audience'] as const;

/** What analysis needs of a stem: the low and high parts of the mask of the gates it opens (text/gate.ts), and whether it is a stopword. */
interface StemFacts {
  low: number;
  high: number;
  stop: boolean;
}
/** Each word's facts, looked up by the token rather than by hashing its stem twice per word. */
const stemFacts = new WordCache<StemFacts>((stem) => {
  const gates = gateBits(stem);
  return { low: lowBits(gates), high: highBits(gates), stop: STOPWORDS.has(stem) };
});
let factsForGates = 0;

/** Analyses a course's text in one pass: concepts and features outside names, testimonials and negations. */
export function analyseCourse(course: Course): CourseText {
  const text = courseWords(course);
  const { tokens, exact } = readWords(text);
  // what was kept of each stem was built before a gate made since: start again
  if (factsForGates !== gateCount()) {
    stemFacts.clear();
    factsForGates = gateCount();
  }
  const stems = new Set<string>();
  // a strict gate is open whatever the stems of a text whose words are not split exactly as written
  let low = exact ? 0 : lowBits(strictGates());
  let high = exact ? 0 : highBits(strictGates());
  // the title is the text's first line: its words are the first tokens
  const titleEnd = course.title.length;
  let titleGates = -1;
  for (const t of tokens) {
    if (titleGates < 0 && t.start >= titleEnd) titleGates = maskOf(low, high);
    const facts = stemFacts.get(t);
    low |= facts.low;
    high |= facts.high;
    if (!facts.stop) stems.add(t.stem);
  }
  const gates = maskOf(low, high);
  if (titleGates < 0) titleGates = gates;
  const spans = excludedSpans(text, true, gates);
  if (spans.length) {
    // words in a testimonial, a name or navigation are not the course's: read again without them
    stems.clear();
    for (const t of tokens) if (!stemFacts.get(t).stop && !spanAt(spans, t.start, t.end)) stems.add(t.stem);
  }
  const concepts = new Map<string, string>();
  const features = new Map<FeatureKind, Feature>();
  const quotes = new Map<number, string>();
  const phrases = new Map<FeatureKind, string[]>();
  for (const hit of analysisLexicon.scan(tokens, text)) {
    const key = ANALYSIS_IDS[hit.group]!;
    if (IS_CONCEPT[hit.group]) {
      // a surname ("Dr Jo Marking") or a testimonial names no topic of the course
      if (!concepts.has(key) && !(spans.length && spanAt(spans, hit.start, hit.end))) concepts.set(key, text.slice(hit.start, hit.end));
      continue;
    }
    const kind = key as FeatureKind;
    if (!counts(hit, tokens, text, spans)) continue;
    const list = phrases.get(kind);
    if (list) list.push(hit.phrase);
    else phrases.set(kind, [hit.phrase]);
    if (features.has(kind)) continue;
    // several features often sit in one sentence: quote each sentence once
    const at = sentenceStart(text, hit.start);
    let quote = quotes.get(at);
    if (quote === undefined) quotes.set(at, (quote = sentenceAround(text, hit.start, hit.end, 240)));
    features.set(kind, { kind, quote });
  }
  const broader = new Set<string>();
  for (const id of concepts.keys()) for (const b of broaderOf(id)) if (!concepts.has(b)) broader.add(b);
  return { text, tokens, stems, gates, concepts, broader, features, phrases, spans, titleGates };
}
