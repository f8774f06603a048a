import type { Course, Feature, FeatureKind } from '../model/course.ts';
import { featureLexicon } from '../text/features.ts';
import { broaderOf, conceptLexicon } from '../text/thesaurus.ts';
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
  titleEnd: number;
}

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
  for (const hit of conceptLexicon.scan(tokens)) if (!concepts.has(hit.key)) concepts.set(hit.key, text.slice(hit.start, hit.end));
  const broader = new Set<string>();
  for (const id of concepts.keys()) for (const b of broaderOf(id)) if (!concepts.has(b)) broader.add(b);
  const features = new Map<FeatureKind, Feature>();
  for (const f of course.features ?? []) if (!features.has(f.kind)) features.set(f.kind, f);
  const quotes = new Map<number, string>();
  for (const hit of featureLexicon.scan(tokens)) {
    const kind = hit.key as FeatureKind;
    if (features.has(kind)) continue;
    // several features often sit in one sentence: quote each sentence once
    const key = sentenceStart(text, hit.start);
    let quote = quotes.get(key);
    if (quote === undefined) quotes.set(key, (quote = sentenceAround(text, hit.start, hit.end, 240)));
    features.set(kind, { kind, quote });
  }
  return { text, tokens, stems, concepts, broader, features, titleEnd: course.title.length };
}
