import type { Feature, FeatureKind } from '../model/course.ts';
import { countedHits, excludedSpans, spanAt } from './evidence.ts';
import { FEATURE_PHRASES_CY } from './features-cy.ts';
import { Lexicon } from './lexicon.ts';
import { sentenceAround, tokenize } from './tokens.ts';

/**
 * Phrases that show a course has a feature the evidence values (EEF 2021 mechanisms, DfE 2016
 * standard, TDT and TDA codes for providers). A feature counts only where the page says it in the
 * provider's own words: whole phrases, never one generic word ("research", "expert", "weeks",
 * "reviews"), and not inside a testimonial, a person's name, navigation, or after "no"/"without".
 * "Sustained" phrases describe the schedule; the judge decides from the schedule itself.
 */
/** Features found by phrase; `schedule` and `funding` are sentences of fact, found by pattern. */
export type PhraseFeature = Exclude<FeatureKind, 'schedule' | 'funding'>;

export const FEATURE_PHRASES: Readonly<Record<PhraseFeature, readonly string[]>> = {
  'follow-up': ['follow-up', 'follow up session', 'follow-up session', 'follow-up sessions', 'follow-up support', 'follow-up call', 'follow-up visit', 'gap task', 'gap tasks', 'between sessions', 'post-course support', 'ongoing support', 'review session', 'reconvene', 'return to share', 'implementation support', 'coaching call', 'coaching calls', 'check-in', 'check-ins', 'support visit', 'support visits', 'in-school support', 'directed tasks', 'intersession tasks'],
  collaboration: ['collaborative', 'collaboration', 'collaborate', 'with colleagues', 'peer support', 'peer observation', 'peer coaching', 'professional learning community', 'learning community', 'work group', 'work groups', 'lesson study', 'triads', 'network meeting', 'network meetings', 'joint planning', 'cohort of schools', 'with other schools', 'from other schools', 'partner schools'],
  sustained: ['over the year', 'over two terms', 'over three terms', 'over a year', 'across the year', 'across two terms', 'across three terms', 'termly sessions', 'half-termly', 'half termly', 'fortnightly', 'monthly sessions', 'weekly sessions', 'over six weeks', 'over 18 months', 'over 12 months', 'year-long', 'year long', 'two-year programme', 'spaced sessions', 'series of sessions'],
  'expert-facilitator': ['experienced trainer', 'experienced practitioner', 'experienced teacher', 'lead practitioner', 'former hmi', 'ofsted inspector', 'professor', 'research school', 'maths hub', 'accredited trainer', 'accredited facilitator', 'national leader of education', 'specialist leader of education', 'author of', 'lead provider', 'expert facilitator', 'expert facilitators', 'subject expert', 'specialist teacher', 'educational psychologist', 'qualified trainer', 'years of experience', 'years experience'],
  'research-evidence': ['eef', 'education endowment foundation', 'guidance report', 'meta-analysis', 'randomised controlled trial', 'systematic review', 'efficacy trial', 'rosenshine', 'cognitive load theory', 'cognitive science', 'research evidence', 'research-informed', 'research informed', 'research-based', 'based on research', 'grounded in research', 'drawing on research', 'draws on research', 'evidence-based', 'evidence based', 'evidence-informed', 'evidence informed', 'evidence base', 'best available evidence', 'peer-reviewed research', 'theory and research', 'the research behind', 'research literature', 'research base'],
  'impact-evaluation': ['evaluate impact', 'evaluating impact', 'impact evaluation', 'measure impact', 'measuring impact', 'impact on practice', 'pre and post', 'pre- and post-', 'baseline', 'evaluate the impact', 'evaluates the impact', 'impact report', 'impact measures', 'independently evaluated', 'independent evaluation', 'pupil data', 'evaluation form', 'feedback form', 'end-of-course evaluation'],
  'practice-rehearsal': ['rehearse', 'rehearsal', 'role-play', 'role play', 'deliberate practice', 'practise', 'try out', 'trial in your classroom', 'worked examples', 'modelling', 'modelled', 'live modelling', 'video examples', 'apply in the classroom', 'practical activities'],
  'goal-setting': ['action plan', 'action planning', 'set goals', 'goal setting', 'goal-setting', 'personal targets', 'implementation plan', 'improvement goals'],
  'feedback-to-participants': ['observation and feedback', 'feedback on your practice', 'individual feedback', 'personalised feedback', 'instructional coaching', 'coaching', 'mentoring', 'video feedback', 'one-to-one', 'lesson observation', 'observed lessons'],
  'pupil-outcomes': ['pupil outcomes', 'outcomes for pupils', 'pupil progress', 'pupil attainment', 'student outcomes', 'learner outcomes', 'impact on pupils', 'impact on learners', 'raise standards', 'raising standards', 'pupils make progress', 'improve outcomes', 'improving outcomes', 'outcomes for children', 'children’s outcomes', "children's outcomes", 'attainment gap', 'pupils’ attainment', "pupils' attainment", 'pupil achievement', 'pupils’ progress', "pupils' progress"],
  'standards-aligned': ["teachers' standards", 'teachers standards', 'early career framework', 'ecf', 'npq framework', 'npq', 'national professional qualification', 'professional standards', 'headteachers standards', 'standard for teachers professional development', 'itt core content framework', 'initial teacher training core content framework', 'national curriculum', 'send code of practice', 'professional standards for teaching and leadership', 'hlta standards', 'apprenticeship standard', 'ofqual regulated', 'ofqual-regulated'],
  compliance: ['statutory', 'statutory guidance', 'kcsie', 'keeping children safe in education', 'safeguarding', 'prevent duty', 'gdpr', 'data protection', 'health and safety', 'first aid', 'legislation', 'legal requirements', 'compliance', 'equality act', 'working together to safeguard children'],
  inclusion: ['cultural diversity', 'diversity', 'inclusion', 'inclusive', 'anti-racist', 'anti-racism', 'culturally responsive', 'equity', 'protected characteristics', 'lgbt', 'lgbtq', 'english as an additional language'],
  'accessible-venue': ['wheelchair', 'wheelchair accessible', 'step-free', 'step free', 'accessible venue', 'fully accessible', 'hearing loop', 'induction loop', 'air-conditioned', 'well-equipped', 'purpose-built', 'training suite', 'accessibility requirements', 'accessible toilets'],
  'peer-reviewed': ['testimonial', 'testimonials', 'what delegates say', 'what participants say', 'what teachers say', 'delegates said', 'participants said', 'delegate feedback', 'feedback from delegates', 'would recommend', 'recommended by'],
  'materials-provided': ['course materials', 'resource pack', 'slides', 'handbook', 'toolkit', 'workbook', 'certificate', 'recordings', 'resources to take away', 'classroom resources', 'templates'],
};

/** Every feature's phrases, English (FEATURE_PHRASES) then Welsh (FEATURE_PHRASES_CY): what pages are read with. */
export const ALL_FEATURE_PHRASES: Readonly<Record<PhraseFeature, readonly string[]>> = (() => {
  const all: Record<PhraseFeature, readonly string[]> = { ...FEATURE_PHRASES };
  for (const kind of Object.keys(all) as PhraseFeature[]) all[kind] = [...FEATURE_PHRASES[kind], ...(FEATURE_PHRASES_CY[kind] ?? [])];
  return all;
})();

/** The compiled feature lexicon, shared by extraction and scoring. */
export const featureLexicon = new Lexicon(ALL_FEATURE_PHRASES);

/** Sentences that state when or how long: times, days, weekends, evenings, alternatives, access periods. */
const SCHEDULE_FACT = /\b\d{1,2}[.:]\d{2}\s*(?:am|pm)?\s*[-–—]|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b(?:one|two|three|four|five|six|seven|eight|ten|twelve|\d{1,2})[- ](?:[a-z-]+ ){0,3}(?:days?|sessions?|twilights?|workshops?|modules?|meetings?|webinars?|hours?|weeks?|months?|terms?)\b|\bhalf[- ]days?\b|\bfull[- ]days?\b|\btwilights?\b|\bevenings?\b|\bweekends?\b|\bsaturdays?\b|\bsundays?\b|\bself[- ]paced\b|\bon[- ]demand\b|\bINSET days?\b|\btraining days?\b|\b(?:choose|select|pick) (?:one|a|your)\b|\balternative dates?\b|\bsame (?:content|course|session)\b|\brecordings? (?:is |are |will be )?available\b|\b(?:starting|starts|begins) (?:in )?(?:january|february|march|april|may|june|july|september|october|november|december)\b|\bcohort\b|\bholidays?\b|\bafter school\b/gi;
/** Sentences that state funding, eligibility or VAT. */
const FUNDING_FACT = /\bfunded\b|\bfunding\b|\blevy\b|\bgrant\b|\bbursar(?:y|ies)\b|\beligib\w*|\bVAT\b|\bno (?:tuition )?fee\b|\bno cost\b|\bWelsh Government\b|\bscholarship\b|\bself[- ]funded\b/gi;
/** The most fact sentences kept per kind: the profile needs a handful, not the page. */
const MAX_FACTS = 12;

/** Sentences of `text` that match the global pattern `re` (one scan), outside testimonials and navigation, each once, as features of `kind`. */
function factSentences(text: string, re: RegExp, kind: FeatureKind, spans: ReturnType<typeof excludedSpans>, out: Feature[]): void {
  re.lastIndex = 0;
  let n = 0;
  let after = -1;
  for (let m = re.exec(text); m && n < MAX_FACTS; m = re.exec(text)) {
    if (m.index < after) continue;
    let start = m.index;
    while (start > 0 && !sentenceEnd(text, start - 1)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !sentenceEnd(text, end)) end++;
    after = end + 1;
    re.lastIndex = Math.max(re.lastIndex, after);
    if (spanAt(spans, m.index, m.index + m[0].length)) continue;
    const sentence = text.slice(start, end + 1).trim();
    if (sentence.length > 3) {
      out.push({ kind, quote: sentence.replace(/\s+/g, ' ').slice(0, 300) });
      n++;
    }
  }
}

/** Whether text[i] ends a sentence (a full stop before a digit, as in "9.30am", does not). */
const sentenceEnd = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63) return true;
  if (c !== 46) return false;
  const next = text.charCodeAt(i + 1);
  return !(next >= 48 && next <= 57);
};

/**
 * Finds the evidence-valued features a text states, each with the sentence that says so (first
 * occurrence per feature that counts), and the sentences that state schedule and funding facts for
 * the course profile. Used by extraction for page text and by scoring for typed-in courses.
 */
export function detectFeatures(text: string): Feature[] {
  const seen = new Set<string>();
  const out: Feature[] = [];
  const tokens = tokenize(text);
  const spans = excludedSpans(text);
  const hits = countedHits(featureLexicon.scan(tokens, text), tokens, text, spans);
  for (const hit of hits) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    out.push({ kind: hit.key as FeatureKind, quote: sentenceAround(text, hit.start, hit.end, 280).slice(0, 300) });
  }
  factSentences(text, SCHEDULE_FACT, 'schedule', spans, out);
  factSentences(text, FUNDING_FACT, 'funding', spans, out);
  return out;
}
