import type { Course } from '../model/course.ts';
import type { OpportunityKind } from '../model/course-profile.ts';
import { english, msg, type InnerMessage } from '../i18n/message.ts';
import { formatName } from '../i18n/names.ts';
import { namesCredential, withoutOtherOffers } from '../parse/words.ts';
import { StemGate } from '../text/gate.ts';

/** Patterns for each kind, most specific first; the title decides before the rest of the page. */
const KINDS: readonly [OpportunityKind, RegExp][] = [
  ['npq', /\bNPQ\w*\b|\bnational professional qualifications?\b|\bearly headship coaching offer\b/i],
  ['ecf', /\bearly career (?:framework|programme|teachers? (?:training|programme|entitlement|induction))\b|\bECT (?:training|induction)\b|\bECF\b|\bECTE\b|\bECT (?:induction|programme|entitlement)\b|\bmentor training for (?:ECTs?|early career teachers)\b|\bearly career (?:teacher )?mentor(?:s|ing)? training\b|\b(?:full )?induction programme\b|\bprovider[- ]led (?:mentor )?(?:training|programme|route)\b/i],
  ['apprenticeship', /\bapprenticeships?\b/i],
  ['statutory', /\bsafeguarding\b|\bdesignated safeguarding\b|\bDSL\b|\bKCSIE\b|\bkeeping children safe\b|\bchild protection\b|\bfirst aid\b|\bprevent duty\b|\bsafer recruitment\b|\bfire (?:safety|marshal|warden)\b|\bmanual handling\b|\bfood hygiene\b|\bmedication administration\b|\bpositive handling\b|\bphysical intervention\b/i],
  ['qualification', /\bqualifications?\b|\bdiploma\b|\bcertificate in\b|\baward in\b|\blevel [1-7] (?:award|certificate|diploma)\b|\bmasters?\b|\bMA in\b|\bPGCert\b|\bNASENCO\b|\bHLTA\b|\baccredited (?:qualification|programme)\b/i],
  ['lesson-study', /\blesson study\b/i],
  ['coaching', /\b(?:instructional|one[- ]to[- ]one|1:1|executive|individual)(?: (?:leadership|career|wellbeing|performance))? coaching\b|\bcoaching (?:programme|package|cycles?)\b|\bmentoring programme\b/i],
  ['conference', /\bconference\b|\bsummit\b|\bsymposium\b|\bfestival\b|\bresearchED\b|\bkeynote\b|\bexpo\b/i],
  ['webinar', /\bwebinars?\b|\bweb ?conference\b|\bonline briefing\b/i],
  ['network', /\bnetworks?\b|\bforum\b|\bhub meeting\b|\bbriefing\b|\bcluster meeting\b/i],
  ['inset', /\bINSET\b|\bwhole[- ]school (?:training|cpd)\b|\bin[- ]school training\b|\bwe come to you\b|\bdelivered (?:at|in) your school\b|\bstaff training day\b|\bbespoke (?:school )?training\b/i],
  ['programme', /\bprogrammes?\b|\bwork ?groups?\b|\byear[- ]long\b|\bcommunity of practice\b/i],
  ['course', /\bcourses?\b|\btraining\b|\bworkshops?\b|\bmasterclass\b|\btwilights?\b|\bcpd\b|\bseminar\b|\bsession\b/i],
];

const TITLE_KINDS = new RegExp(KINDS.map(([, re]) => `(${re.source})`).join('|'), 'gi');

/**
 * Strict gates (text/gate.ts) before the kinds' patterns: for each kind, words one of which every match of
 * its pattern holds whole. "NPQ…" is a prefix, not a word: texts that hold "npq" are read whatever their stems.
 */
const NPQ = /npq/i;
const TEXT_KIND_WORDS = ['national', 'headship', 'career', 'ect', 'ecf', 'ecte', 'mentor', 'induction', 'apprenticeship', 'apprenticeships', 'qualification', 'qualifications', 'diploma', 'certificate', 'award', 'master', 'masters', 'ma', 'pgcert', 'nasenco', 'hlta', 'accredited', 'study', 'webinar', 'webinars', 'web', 'webconference', 'briefing', 'inset', 'whole', 'training', 'come', 'delivered', 'bespoke'];
const TEXT_KIND_STEMS = new StemGate(TEXT_KIND_WORDS, true);
const TITLE_KIND_STEMS = new StemGate(
  [
    ...TEXT_KIND_WORDS,
    ...['safeguarding', 'dsl', 'kcsie', 'keeping', 'protection', 'aid', 'duty', 'recruitment', 'fire', 'handling', 'hygiene', 'medication', 'intervention'],
    ...['coaching', 'mentoring', 'conference', 'summit', 'symposium', 'festival', 'researched', 'keynote', 'expo', 'network', 'networks', 'forum', 'meeting'],
    ...['programme', 'programmes', 'work', 'workgroup', 'workgroups', 'long', 'community', 'course', 'courses', 'workshop', 'workshops', 'masterclass', 'twilight', 'twilights', 'cpd', 'seminar', 'session'],
  ],
  true,
);

/** Kinds read from the page text (not the title): one combined pattern, so the text is scanned once. */
const TEXT_KINDS = KINDS.filter(([k]) => k !== 'course' && k !== 'statutory' && k !== 'conference' && k !== 'network' && k !== 'programme' && k !== 'coaching');
const TEXT_KIND = new RegExp(TEXT_KINDS.map(([, re]) => `(${re.source})`).join('|'), 'gi');

const TEXT_GATE = new StemGate(['npq', 'npqs', 'national', 'headship', 'early', 'ecf', 'ecte', 'ect', 'ects', 'induction', 'mentor', 'apprenticeship', 'apprenticeships', 'qualification', 'qualifications', 'diploma', 'certificate', 'award', 'level', 'masters', 'master', 'ma', 'pgcert', 'nasenco', 'hlta', 'accredited', 'lesson', 'webinar', 'webinars', 'web', 'online', 'inset', 'whole', 'in-school', 'come', 'delivered', 'training', 'bespoke']);
const STATUTORY_GATE = new StemGate(['safeguarding', 'designated', 'dsl', 'kcsie', 'keeping', 'child', 'first', 'prevent', 'safer', 'fire', 'manual', 'food', 'medication', 'positive', 'physical']);

/** Statutory or compliance training: required by law or statutory guidance, judged as such. */
const STATUTORY = KINDS.find(([k]) => k === 'statutory')![1];

const FORMAT_KIND: Record<string, OpportunityKind> = {
  conference: 'conference', webinar: 'webinar', programme: 'programme', qualification: 'qualification', network: 'network', course: 'course', workshop: 'course',
};

/** How the kind was read, as a message with its English text (the profile stores both). */
export interface KindFound {
  kind: OpportunityKind;
  evidence: string[];
  messages: InnerMessage[];
  statutory: boolean;
}

const found = (kind: OpportunityKind, statutory: boolean, message?: InnerMessage): KindFound => ({ kind, evidence: message ? [english(message)] : [], messages: message ? [message] : [], statutory });

/** The kind of opportunity: from the title first, then the format extraction read, then the page. */
export function kindOf(course: Course, text: string, stems: number, titleStems = stems): KindFound {
  const title = course.title;
  // one scan of the title for every kind; the most specific kind named wins
  let best = KINDS.length;
  TITLE_KINDS.lastIndex = 0;
  const named = TITLE_KIND_STEMS.open(titleStems) || NPQ.test(title);
  for (let m = named ? TITLE_KINDS.exec(title) : null; m; m = TITLE_KINDS.exec(title)) {
    for (let g = 1; g < m.length && g - 1 < best; g++) if (m[g] !== undefined) best = g - 1;
    if (best === 0) break;
  }
  if (best < KINDS.length && !(KINDS[best]![0] === 'course' && !statesAnything(course))) {
    const kind = KINDS[best]![0];
    return found(refine(kind, course, text), kind === 'statutory', msg('kind.title', { title: title.slice(0, 160) }));
  }
  const format = course.format ? FORMAT_KIND[course.format] : undefined;
  if (format) return found(refine(format, course, text), false, msg('evidence.format', { format: formatName(course.format!) }));
  // "We also run this course as an in-school INSET session" offers another course, not this one's kind
  const m = TEXT_GATE.open(stems) && (TEXT_KIND_STEMS.open(stems) || NPQ.test(text)) ? courseKindIn(withoutOtherOffers(text)) : null;
  if (m) {
    const kind = TEXT_KINDS[m.slice(1).findIndex((g) => g !== undefined)]![0];
    return found(refine(kind, course, text), false, msg('kind.page-says', { quote: m[0] }));
  }
  const statutory = STATUTORY_GATE.open(stems) ? STATUTORY.exec(text) : null;
  if (statutory && /\bstatutory\b|\brequired\b|\bmandatory\b|\bcompliance\b/i.test(text)) return found('statutory', true, msg('kind.page-says', { quote: statutory[0] }));
  if (course.delivery === 'in-school') return found('inset', false, msg('kind.in-school'));
  // a page that states anything beyond its title is at least a course; a bare title is unknown
  return found(statesAnything(course) ? 'course' : 'unknown', false);
}

/** The first kind the page text names for the course itself, passing over a trainer's credentials. */
function courseKindIn(text: string): RegExpExecArray | null {
  TEXT_KIND.lastIndex = 0;
  for (let m = TEXT_KIND.exec(text); m; m = TEXT_KIND.exec(text)) {
    if (!namesCredential(text, m.index, m.index + m[0].length)) return m;
  }
  return null;
}

/**
 * A course delivered in school for the whole staff is INSET, whatever the title calls it; mentor training
 * on a page about early career teachers is the ECF's ("Mentor training – 2027 cohort" for an ECT's mentor).
 */
function refine(kind: OpportunityKind, course: Course, text: string): OpportunityKind {
  if ((kind === 'course' || kind === 'unknown') && course.delivery === 'in-school' && /\bwhole[- ](?:school|staff)\b|\bINSET\b|\bper school\b/i.test(text)) return 'inset';
  if (kind === 'course' && /\bmentor(?:s|ing)?\b/i.test(course.title) && /\b(?:ECTs?|early career teachers?)\b/i.test(text)) return 'ecf';
  return kind;
}


/** Whether a page states anything beyond its title: a price, dates, hours, delivery or a description. */
export function statesAnything(course: Course): boolean {
  return !!(course.price || course.sessions?.length || course.totalHours !== undefined || course.delivery || (course.description && course.description !== course.title));
}
