import type { Feature, FeatureKind } from '../model/course.ts';
import { Lexicon } from './lexicon.ts';
import { sentenceAround, tokenize } from './tokens.ts';

/**
 * Phrases that show a course has a feature the evidence values (EEF 2021 mechanisms, DfE 2016
 * standard, TDT and TDA codes for providers). A feature counts only where the page says it.
 */
export const FEATURE_PHRASES: Readonly<Record<FeatureKind, readonly string[]>> = {
  'follow-up': ['follow-up', 'follow up', 'follow-up session', 'gap task', 'gap tasks', 'between sessions', 'post-course support', 'ongoing support', 'review session', 'reconvene', 'return to share', 'implementation support', 'coaching call', 'coaching calls', 'check-in', 'check-ins'],
  collaboration: ['collaborative', 'collaboration', 'collaborate', 'with colleagues', 'peer support', 'peer observation', 'professional learning community', 'learning community', 'work group', 'work groups', 'lesson study', 'triads', 'network meeting', 'network meetings', 'bring a colleague', 'in teams', 'joint planning', 'cohort of schools'],
  sustained: ['over the year', 'over two terms', 'over three terms', 'over a year', 'across the year', 'across two terms', 'termly', 'half-termly', 'half termly', 'weekly', 'fortnightly', 'monthly', 'over six weeks', 'over 18 months', 'year-long', 'year long', 'two-year', 'sustained', 'spaced sessions', 'series of sessions'],
  'expert-facilitator': ['led by', 'facilitated by', 'delivered by', 'presented by', 'expert', 'experts', 'specialist', 'specialists', 'experienced trainer', 'experienced practitioner', 'lead practitioner', 'former hmi', 'ofsted inspector', 'professor', 'research school', 'maths hub', 'accredited trainer', 'national leader of education', 'specialist leader of education', 'author of'],
  'research-evidence': ['research', 'research-informed', 'research informed', 'evidence-based', 'evidence based', 'evidence-informed', 'evidence informed', 'evidence base', 'eef', 'education endowment foundation', 'cognitive science', 'rosenshine', 'meta-analysis', 'randomised controlled trial', 'systematic review', 'guidance report', 'peer-reviewed'],
  'impact-evaluation': ['evaluate impact', 'evaluating impact', 'impact evaluation', 'measure impact', 'measuring impact', 'impact on practice', 'pre and post', 'pre- and post-', 'baseline', 'evaluation', 'evaluate the impact', 'impact report', 'impact measures'],
  'practice-rehearsal': ['rehearse', 'rehearsal', 'role-play', 'role play', 'deliberate practice', 'practise', 'try out', 'trial in your classroom', 'classroom-ready', 'worked examples', 'modelling', 'modelled', 'live modelling', 'video examples', 'apply in the classroom'],
  'goal-setting': ['action plan', 'action planning', 'set goals', 'goal setting', 'goal-setting', 'personal targets', 'implementation plan', 'development plan'],
  'feedback-to-participants': ['observation and feedback', 'feedback on your practice', 'individual feedback', 'personalised feedback', 'instructional coaching', 'coaching', 'mentoring', 'video feedback', 'one-to-one'],
  'pupil-outcomes': ['pupil outcomes', 'outcomes for pupils', 'pupil progress', 'pupil attainment', 'student outcomes', 'learner outcomes', 'attainment', 'impact on pupils', 'impact on learners', 'raise standards', 'raising standards', 'pupils make progress', 'achievement'],
  'standards-aligned': ["teachers' standards", 'teachers standards', 'early career framework', 'ecf', 'npq framework', 'npq', 'national professional qualification', 'professional standards', 'headteachers standards', 'standard for teachers professional development', 'itt core content framework', 'initial teacher training core content framework', 'national curriculum', 'send code of practice', 'professional standards for teaching and leadership', 'hlta standards'],
  compliance: ['statutory', 'statutory guidance', 'kcsie', 'keeping children safe in education', 'safeguarding', 'prevent duty', 'gdpr', 'data protection', 'health and safety', 'first aid', 'legislation', 'legal requirements', 'compliance', 'compliant', 'equality act', 'ofsted requirements'],
  inclusion: ['diversity', 'diverse', 'equality', 'inclusion', 'inclusive', 'anti-racist', 'anti-racism', 'culturally responsive', 'cultural diversity', 'equity', 'protected characteristics', 'lgbt', 'lgbtq', 'belonging', 'eal', 'disadvantaged'],
  'accessible-venue': ['wheelchair', 'wheelchair accessible', 'step-free', 'step free', 'accessible venue', 'fully accessible', 'hearing loop', 'induction loop', 'free parking', 'on-site parking', 'lunch provided', 'refreshments provided', 'refreshments', 'air-conditioned', 'well-equipped', 'purpose-built', 'training suite', 'accessibility requirements'],
  'peer-reviewed': ['testimonial', 'testimonials', 'what delegates say', 'what participants say', 'delegates said', 'participants said', 'rated', 'reviews', 'recommended by'],
  'materials-provided': ['resources', 'materials', 'slides', 'handbook', 'toolkit', 'workbook', 'certificate', 'recordings', 'recording'],
};

/** The compiled feature lexicon, shared by extraction and scoring. */
export const featureLexicon = new Lexicon(FEATURE_PHRASES);

/**
 * Finds the evidence-valued features a text states, each with the sentence that says so (first
 * occurrence per feature). Used by extraction for page text and by scoring for typed-in courses.
 */
export function detectFeatures(text: string): Feature[] {
  const seen = new Set<string>();
  const out: Feature[] = [];
  for (const hit of featureLexicon.scan(tokenize(text))) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    out.push({ kind: hit.key as FeatureKind, quote: sentenceAround(text, hit.start, hit.end, 280).slice(0, 300) });
  }
  return out;
}
