import { CPD_WORDS, TWILIGHT_WORDS } from '../parse/words.ts';

/**
 * Learning events vs other events (issue 19): "is this something a member of staff attends to learn?"
 * decided from schema.org types, the words of an item and of the page, in every context. A concert,
 * film, match, gig, exhibition, market, product or news page yields no course; what was turned away is
 * listed with the reason (`Rejected`), never among the courses.
 */

/** A candidate turned away, with why (shown by `cpd extract --json` as `rejected`). */
export interface Rejected {
  title: string;
  why: string;
}

/** Event types that are never professional learning, whatever words they share with it. */
const OTHER_EVENT_TYPES = new Set([
  'MusicEvent', 'ScreeningEvent', 'SportsEvent', 'TheaterEvent', 'ExhibitionEvent', 'Festival', 'SaleEvent', 'ComedyEvent',
  'DanceEvent', 'FoodEvent', 'ChildrensEvent', 'VisualArtsEvent', 'PublicationEvent', 'BroadcastEvent', 'DeliveryEvent', 'OnDemandEvent',
]);
/** Types that say learning by themselves. */
const LEARNING_TYPES = new Set(['Course', 'CourseInstance', 'EducationEvent', 'EducationalOccupationalProgram']);
/** Performers that make an event a show. */
const SHOW_PERFORMERS = /^(?:MusicGroup|PerformingGroup|SportsTeam|TheaterGroup|DanceGroup|MusicEvent)$/;

/** Words that name learning outright: enough to keep an item whatever its type or its other words. */
export const STRONG_LEARNING = new RegExp(String.raw`(?<!\b(?:of|due|golf|main|race|the) )\b(?:courses?(?<!\b(?:two|three|four|five|six|seven|[2-7])[- ]courses?)(?! (?:of action|of the|work|meals?|dinners?|lunch(?:es)?|menus?)\b)|cpd|cpl|trainings?|workshops?|webinars?|lectures?|seminars?|masterclass(?:es)?|tutorials?|bootcamp|summer school|winter school|qualification|professional (?:development|learning)|inset|${TWILIGHT_WORDS}|npq\w*|apprenticeships?|e-?learning|e-ddysgu|instructional coaching|coaching (?:programmes?|packages?|for (?:new|aspiring|middle|senior|school|teachers|leaders))|cwrs|hyfforddiant|gweminar|gweithdy|darlith|\w*cursus(?:sen)?|opleidingen|lehrg(?:ang|änge)|cursos?|cors[oi]|vortrag|vorlesung|schulung|fortbildung|weiterbildung|seminare?|seminaire|séminaire|formation|conférence)\b`, 'i');
/** Words that name a learning or professional gathering (broader; need no contrary sign). */
export const LEARNING = new RegExp(`${CPD_WORDS.source}|\\b(?:(?:leaders?|leads|teachers?|sencos?|practitioners?|heads|subject)['’]?\\s+networks?|lectures?|talks?|tutorials?|colloquium|congress|meet-?ups?|networking|community day|hackathon|book dash|summer school|winter school|class(?:es)?|lessons?|learn(?:ing)?|educat\\w*|teach\\w*|vortrag|kolloquium|tagung|fortbildung|weiterbildung|darlith|cynhadledd)\\b`, 'i');
/** Words that make a sentence of the page speak of learning (narrower than CPD_WORDS: no "session" or "leadership"). */
export const BODY_LEARNING = new RegExp(`${STRONG_LEARNING.source}|\\b(?:conferences?|symposium|summit|congress|training programme|study day|(?:programme|course|day|sessions?) for (?:\\w+ ){0,3}(?:teachers|leaders|staff|practitioners|educators|teaching assistants|sencos|mentors)|tagung|kolloquium|colloquium|kongress)\\b`, 'i');
/** An audience of teachers named outright ("Teachers' preview evening", "for GCSE Chemistry teachers"): what is put on for them is for their work. */
export const TEACHER_AUDIENCE = /\bteachers['’]|\bfor (?:[\w-]+ ){0,2}(?:teachers|educators|school staff|school leaders|headteachers|sencos|teaching assistants)\b|\bar gyfer (?:[\w'’-]+ ){0,2}(?:athrawon|staff ysgol|cynorthwywyr addysgu)\b/i;
/** A short line naming teachers as who it is for ("Teachers of GCSE Chemistry and Combined Science", "Suitable for: primary teachers"). */
const TEACHERS_LINE = /^(?:(?:audience|suitable for|open to|aimed at|who (?:is it|should attend|it'?s) for\??)\s*:?\s*)?(?:(?:all|class|subject|primary|secondary|new|early career|experienced)\s+)*(?:teachers|educators|headteachers|sencos|teaching assistants)\b(?! ?(?:pay|strikes?|unions?)\b)/i;

/** Roles in a school that only school staff hold ("primary English leads", "subject leaders", "heads of department", "DSLs", "school business managers"). */
const SCHOOL_ROLES = /\b(?:english|maths|mathematics|science|subject|phase|curriculum|literacy|early reading|early years|send|computing|assessment|behaviour|pastoral)\s+(?:leads|leaders)\b|\bheads of (?:department|year|subject|faculty)\b|\b(?:designated safeguarding leads?|deputy dsls?|sencos|school business (?:managers|leaders|professionals)|early career teachers)\b/i;

/** Whether a page's opening names teachers as its audience, in its head or on a short line of its own, or in a sentence ("This series is for class teachers", "primary English leads"). */
export function forTeachers(head: string, near: string): boolean {
  if (TEACHER_AUDIENCE.test(head) || SCHOOL_ROLES.test(head)) return true;
  const lines = near.split('\n', 60);
  return lines.some((l) => (l.length < 200 && TEACHERS_LINE.test(l.trim())) || (l.length < 600 && (SCHOOL_ROLES.test(l) || TEACHER_AUDIENCE.test(l))));
}

/** Words of entertainment, sport, shopping: items so named are not courses unless they name learning outright. */
export const ENTERTAINMENT = /\b(?:concerts?|gigs?|gigography|tour dates|live music|albums?|songs?|band|dj|setlist|films?|movies?|cinema|screenings?(?! checks?)|showtimes?|trailer|premiere|playoffs?|fixtures|match(?:es)?|kick-?off|league|tournament|season tickets?|vs\.?|exhibitions?|tentoonstellingen?|expositie|galler(?:y|ies)|theatre|theater|musical|opera|ballet|comedy|stand-up|(?<!\b(?:candidate|pupil|student|learner|school|exam|academic|teacher|staff|team)s?['’]?\s)performances?(?! (?:management|review|data|tables|appraisal|related|indicators?))|karaoke|nightclub|disco|party|story ?time|add to (?:basket|cart)|in stock|free (?:delivery|shipping)|tickets left|konzerte?|\w*ausstellung(?:en)?|kino|spielplan|\w*messe|tastings?|verkostung(?:en)?|spectacles?|exposition|billetterie|voorstelling(?:en)?)\b/i;

/**
 * Events that inform rather than teach: a funder's Q&A or information session, matchmaking, a deadline or a call
 * for papers ("Q&A session: call for proposals Diamond Open Access", "Deadline Call for Papers ODISSEI Conference").
 */
export const INFO_EVENT = /\b(?:q\s?&\s?a|question and answer|information|info|matchmaking)\s+(?:sessions?|meetings?|events?|webinars?|evenings?)\b|\bdeadline\b|\bcall for (?:papers|proposals|abstracts|applications)\b|\binformatie(?:bijeenkomst|sessie|avond)\w*/i;

/** Whether a title names only an event that informs (a Q&A session, a deadline), with no word of learning outright. */
export const informsOnly = (title: string): boolean => INFO_EVENT.test(title) && !STRONG_LEARNING.test(title);

/** Whether words name something else than learning: entertainment or information events, and no word of learning outright. */
export const notLearning = (text: string): boolean => (ENTERTAINMENT.test(text) || INFO_EVENT.test(text)) && !STRONG_LEARNING.test(text);

/** A schema.org node as the verdict needs it: types, name and describing words, performer types. */
export interface NodeFacts {
  types: string[];
  name: string;
  words: string;
  performers: string[];
  /** Who organises it: a university, college or school hosts learning. */
  host: string;
}

/** Organisers whose events are learning (a public lecture at a university). */
const LEARNING_HOSTS = /\b(?:universit\w*|college|school|academy|institute|instituut|hochschule|faculty|research school)\b/i;

/**
 * Whether a structured node is a learning opportunity: undefined when it is, else why not (`firm` when
 * it is plainly something else: a show, sport, goods). Learning
 * types count by themselves; other events' and products' types, performers and words must not be a
 * show or goods, and a generic event or product must speak of learning itself or stand on a page that
 * does (`pageLearns`).
 */
export function nodeVerdict(n: NodeFacts, pageLearns: boolean): { why: string; firm: boolean } | undefined {
  const text = `${n.name} ${n.words}`;
  if (n.types.some((t) => LEARNING_TYPES.has(t))) return undefined;
  const other = n.types.find((t) => OTHER_EVENT_TYPES.has(t));
  if (other && !STRONG_LEARNING.test(n.name)) return { why: `schema.org ${other}: not a learning event`, firm: true };
  const show = n.performers.find((t) => SHOW_PERFORMERS.test(t));
  if (show && !STRONG_LEARNING.test(n.name)) return { why: `performed by a schema.org ${show}: a show, not a learning event`, firm: true };
  if (notLearning(text)) return { why: 'named as entertainment, sport or goods, not learning', firm: true };
  if (n.types.every((t) => t === 'Product')) return LEARNING.test(text) ? undefined : { why: 'a product, not a course', firm: true };
  if (LEARNING.test(text) || LEARNING_HOSTS.test(n.host) || pageLearns) return undefined;
  return { why: 'an event with no sign of learning (no course, training, workshop, lecture… in its name or on the page)', firm: false };
}
