import type { Course, Feature, FeatureKind } from '../model/course.ts';
import { FEATURE_PHRASES } from '../text/features.ts';
import { Lexicon } from '../text/lexicon.ts';
import { broaderOf, CONCEPTS } from '../text/thesaurus.ts';
import { sentenceAround, sentenceStart, STOPWORDS, tokenize, type Token } from '../text/tokens.ts';

/** What the scorer reads off a course once: its words, concepts and evidence-valued features. */
export interface CourseText {
  text: string;
  tokens: Token[];
  stems: Set<string>;
  /** Concepts named in the course text, with the phrase that named them. */
  concepts: Map<string, string>;
  /** Concepts one level broader than those named (dyslexia → send). */
  broader: Set<string>;
  features: Map<FeatureKind, Feature>;
}

/** Concepts (keyed `c:id`) and features (keyed `f:kind`) in one lexicon, so a course is scanned once. */
const analysisLexicon = new Lexicon({
  ...Object.fromEntries(Object.entries(CONCEPTS).map(([id, c]) => [`c:${id}`, c.terms])),
  ...Object.fromEntries(Object.entries(FEATURE_PHRASES).map(([kind, phrases]) => [`f:${kind}`, phrases])),
});

/** Joins the course's own words: title first (so matches there can be told apart), then the rest. */
function courseWords(course: Course): string {
  const parts = [course.title, course.description ?? ''];
  const audience = course.audience;
  if (audience?.subjects?.length) parts.push(audience.subjects.join(', '));
  if (course.accreditation?.length) parts.push(course.accreditation.join(', '));
  return parts.join('\n');
}

/** Analyses a course's text in one pass; features stated by extraction are kept, others detected. */
export function analyseCourse(course: Course): CourseText {
  const text = courseWords(course);
  const tokens = tokenize(text);
  const stems = new Set<string>();
  for (const t of tokens) if (!STOPWORDS.has(t.stem)) stems.add(t.stem);
  const concepts = new Map<string, string>();
  const features = new Map<FeatureKind, Feature>();
  for (const f of course.features ?? []) if (!features.has(f.kind)) features.set(f.kind, f);
  const quotes = new Map<number, string>();
  for (const hit of analysisLexicon.scan(tokens)) {
    const key = hit.key.slice(2);
    if (hit.key.charCodeAt(0) === 99 /* c */) {
      if (!concepts.has(key)) concepts.set(key, text.slice(hit.start, hit.end));
      continue;
    }
    const kind = key as FeatureKind;
    if (features.has(kind)) continue;
    // several features often sit in one sentence: quote each sentence once
    const at = sentenceStart(text, hit.start);
    let quote = quotes.get(at);
    if (quote === undefined) quotes.set(at, (quote = sentenceAround(text, hit.start, hit.end, 240)));
    features.set(kind, { kind, quote });
  }
  const broader = new Set<string>();
  for (const id of concepts.keys()) for (const b of broaderOf(id)) if (!concepts.has(b)) broader.add(b);
  return { text, tokens, stems, concepts, broader, features };
}
