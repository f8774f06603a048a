/**
 * What else a page may be, read from its own words (issue 19): a sports report, a job advert, a garage or
 * shop, a gig, a recipe. "Training", "workshop" and "session" belong to sport, garages and gyms as much as
 * to teachers, so a page whose text is full of one of these other vocabularies, and says nothing only
 * teaching says, is not a course whatever its title shares with one.
 */

/** Words only pages about teaching and schools use: where any appears, the page may well be CPD. */
const TEACHING = /\b(?:cpd|cpl|inset|npqs?|professional (?:development|learning)|teachers?|teaching|educators?|pupils?|curriculum|ofsted|senco|send|eef|classrooms?|schools?|headteachers?|early career|safeguarding|mentors?|lecturers?|students?|universit(?:y|ies)|research)\b/i;

/** Each other kind of page with its vocabulary; a page needs three different words of one kind. */
const KINDS: readonly { kind: string; words: RegExp; needs: number }[] = [
  { kind: 'a sports report or fixture', words: /\b(?:league|matches|match|kick-?off|fixtures?|squad|first[- ]team|stadium|striker|midfielder|defender|goalkeeper|half-time|full-time|cup tie|derby|transfer window|training ground|pre-season|head coach|manager|season ticket|away fans|home fans)\b/gi, needs: 3 },
  { kind: 'a job advert', words: /\b(?:salary|per annum|vacanc(?:y|ies)|job description|person specification|contract type|hours per week|pension scheme|annual leave|apply for this (?:job|role|position)|closing date|job reference)\b/gi, needs: 3 },
  { kind: 'a garage or a shop', words: /\b(?:mot|servicing|repairs?|tyres?|garage|brakes|add to (?:basket|cart)|in stock|out of stock|free delivery|free returns|checkout|basket|shipping)\b/gi, needs: 3 },
  { kind: 'a gig or a concert', words: /\b(?:band|album|songs?|tour|gig|support act|setlist|live music|doors open|headline(?:r|s)?|encore|vinyl)\b/gi, needs: 3 },
  { kind: 'a recipe', words: /\b(?:ingredients|serves \d+|prep time|cook(?:ing)? time|tbsp|tsp|preheat|oven|tablespoons?|teaspoons?|grams)\b/gi, needs: 3 },
];

/** The other kind of page the text is, when its words say so and nothing only teaching says is there. */
export function otherKindOf(text: string): string | undefined {
  const sample = text.slice(0, 8000);
  // a post in a school or a training team is advertised in teaching's words: its salary and contract say what it is
  if (TEACHING.test(sample)) return JOB_ONLY.test(sample) && count(KINDS[1]!.words, sample, 3) >= 3 ? KINDS[1]!.kind : undefined;
  for (const { kind, words, needs } of KINDS) {
    if (count(words, sample, needs) >= needs) return kind;
  }
  return undefined;
}

/** Words only a job advert uses. */
const JOB_ONLY = /\b(?:salary|vacanc(?:y|ies)|job description|person specification|contract type|pension scheme)\b/i;

/** Distinct words of a vocabulary in a text, counted up to `enough`. */
function count(words: RegExp, sample: string, enough: number): number {
  const seen = new Set<string>();
  words.lastIndex = 0;
  for (let m = words.exec(sample); m && seen.size < enough; m = words.exec(sample)) seen.add(m[0].toLowerCase().replace(/[- ]/g, ''));
  return seen.size;
}
