import type { Delivery, Format, Phase, Role } from '../model/index.ts';

/**
 * "Twilight" as a session of learning ("twilight sessions", "a twilight", "four twilights"), never alone: a
 * band called The Twilight Sad or a film called Twilight is not training.
 */
export const TWILIGHT_WORDS = 'twilights|twilight (?:sessions?|training|course|cpd|workshop|meeting|webinar|inset|programme|series)|(?:a|one|online|after[- ]school|termly|two|three|four|five|six) twilight';

/** Words that make a title or page about professional learning rather than goods or news. */
export const CPD_WORDS = new RegExp(
  String.raw`\b(?:course|courses|cpd|cpl|trainings?|workshop|webinar|conference|programme|program|npq\w*|masterclass|${TWILIGHT_WORDS}|inset|seminar|network meeting|briefing|qualification|professional development|professional learning|summit|symposium|bootcamp|academy day|cwrs|hyfforddiant|gweminar|gweithdy|cynhadledd|work ?groups?|first aid|learning event|safeguarding|ect|early career|leadership|session|sessions)\b`,
  'i',
);

/**
 * Words that deliver training in the school itself ("in-school", "delivered at your school", "training in
 * your own school", "in-house for schools", "we come to you"); "in school" or "in your school" alone is everyday English ("a Certificate in School
 * Business Management", "your own practice in your school") and counts only beside training words.
 */
export const IN_SCHOOL = /\bin-school\b|\b(?:delivered|run|held|taught|based|training|inset|sessions?|we come to you) (?:at|in) (?:your )?(?:own )?school\b|\bin school (?:training|delivery|cpd|inset|sessions?)\b|\binset days?\b|\bwhole[- ]school training\b|\bin-house (?:for schools|training|courses?|delivery|inset|sessions?)\b|\bwe come to you\b|\bvenue:\s*your (?:own )?school\b/i;

/** Words offering the course another way ("We also run this course as an in-school INSET session"). */
const ALSO_OFFERED = /\b(?:also (?:run|offer|deliver|available)|can also be|is also available|alternatively|ask us (?:about|for) (?:a |an )?(?:quote|bespoke|in-school))\b/i;

/** The text less its sentences offering the course another way: those say nothing of how this one is delivered or what it is. */
export function withoutOtherOffers(text: string): string {
  if (!ALSO_OFFERED.test(text)) return text;
  return text.split(/(?<=[.\n])/).filter((sentence) => !ALSO_OFFERED.test(sentence)).join(' ');
}

/** Delivery mode from a courseMode/attendance value or a sentence ("online via Zoom", "face to face"). */
export function deliveryOf(text: string): Delivery | undefined {
  const s = withoutOtherOffers(text.slice(0, 4000)).toLowerCase();
  if (/\b(?:blended|hybrid|mixedeventattendancemode|mixed attendance)\b/.test(s)) return 'blended';
  // "two days of in-person teaching complemented by online learning materials" (researchdata.nl)
  if (/\b(?:in[- ]person|face[- ]to[- ]face|fysiek)\b[^.]{0,80}\b(?:complemented|supplemented|combined|aangevuld)\b[^.]{0,40}\bonline\b/.test(s)) return 'blended';
  if (/\bself[- ]paced|\bon[- ]demand\b|\bat your own pace\b|\bstream (?:the )?course\b|\bvideo course\b|\be-?learning\b|\be-ddysgu\b|\bhunan-gyflymder\b|\bar eich cyflymder eich hun\b|\bonline course you can start\b|\basynchronous\b/.test(s)) return 'online-self-paced';
  const online = s.search(/\bonline\b|\bvia zoom\b|\bon zoom\b|\bmicrosoft teams\b|\bvia teams\b|\bon teams\b|\bwebinar\b|\bvirtual(?:ly)?\b|\bonlineeventattendancemode\b|\b(?:delivered|join|attend|taught) remotely\b|\bremote (?:learning|session|course|training|workshop|delivery)\b|\bms teams\b|\bsynchronous\b|\bar-lein\b/);
  const f2f = s.search(/\bface[- ]to[- ]face\b|\bin[- ]person\b|\bonsite\b|\bon-site\b|\bofflineeventattendancemode\b|\bvenue:|\bwyneb yn wyneb\b|\bclassroom-based\b/);
  const inSchool = s.search(IN_SCHOOL);
  const first = [
    [online, 'online-live'],
    // "Venue: your school" names both at once: the school's own room is in-school
    [inSchool, 'in-school'],
    [f2f, 'face-to-face'],
  ].filter(([i]) => (i as number) >= 0).sort((a, b) => (a[0] as number) - (b[0] as number));
  return first[0]?.[1] as Delivery | undefined;
}

/** The kind of opportunity a title names ("… Conference 2024", "NPQ in Senior Leadership", "Webinar: …"). */
export function formatOf(title: string): Format | undefined {
  const s = title.toLowerCase();
  if (/\bconference\b|\bsummit\b|\bsymposium\b|\bfestival\b|\bresearchED\b/i.test(s)) return 'conference';
  if (/\bwebinar\b|\bwebinars\b/.test(s)) return 'webinar';
  if (/\bnpq\w*\b|\bnational professional qualification\b|\bqualification\b|\bdiploma\b|\baward in\b|\bcertificate in\b|\bmasters?\b/.test(s)) return 'qualification';
  if (/\bprogramme\b|\bprogram\b|\bwork ?group\b|\bearly career\b/.test(s)) return 'programme';
  if (/\bnetwork\b|\bforum\b|\bbriefing\b/.test(s)) return 'network';
  if (/\bcoaching\b|\bmentoring\b/.test(s)) return 'coaching';
  if (/\bworkshop\b|\bmasterclass\b|\btwilight\b/.test(s)) return 'workshop';
  if (/\bcourse\b|\btraining\b/.test(s)) return 'course';
  return undefined;
}

/** Phases an audience names, by the pattern that names each. */
export const PHASES: readonly (readonly [RegExp, Phase])[] = [
  [/\bearly years\b|\beyfs\b|\bnursery\b/i, 'early-years'],
  [/\bprimary\b|\bks1\b|\bks2\b|\bkey stage [12]\b/i, 'primary'],
  [/\bsecondary\b|\bks3\b|\bks4\b|\bkey stage [34]\b/i, 'secondary'],
  [/\bpost-16\b|\bsixth form\b|\bks5\b|\ba[- ]level\b/i, 'post-16'],
  [/\bspecial schools?\b|\bap settings?\b|\balternative provision\b/i, 'special'],
  [/\ball-through\b|\ball phases\b/i, 'all-through'],
  [/\bfurther education\b|\bfe colleges?\b/i, 'further-education'],
];
/** Roles an audience names, by the pattern that names each. */
export const ROLES: readonly (readonly [RegExp, Role])[] = [
  [/\bects?\b|\bearly career teachers?\b|\bnqts?\b/i, 'ect'],
  [/\bteaching assistants?\b|\btas\b|\bhltas?\b|\bsupport staff\b/i, 'teaching-assistant'],
  [/\bmiddle leaders?\b|\bsubject leaders?\b|\bheads? of department\b|\bcurriculum leads?\b/i, 'middle-leader'],
  [/\bsenior leaders?\b|\bslt\b|\bdeputy head/i, 'senior-leader'],
  [/\bheadteachers?\b|\bhead teachers?\b|\bprincipals?\b/i, 'headteacher'],
  [/\bsencos?\b|\bsendcos?\b/i, 'senco'],
  [/\bdsls?\b|\bdesignated safeguarding leads?\b/i, 'dsl'],
  [/\bschool business (?:leaders?|managers?)\b|\bbursars?\b/i, 'business-leader'],
  [/\bgovernors?\b|\btrustees?\b/i, 'governor'],
  [/\bteachers\b|\bclassroom teachers?\b/i, 'teacher'],
];

/**
 * Phases and roles a stated audience names ("Suitable for primary SENCOs and class teachers"). `may`, when
 * given, passes over a pattern it says cannot match the text (a caller's cheap check, as scoring's gates).
 */
export function audienceOf(text: string, may?: (pattern: RegExp) => boolean): { phases?: Phase[]; roles?: Role[] } | undefined {
  const s = text.slice(0, 600);
  const phases = PHASES.filter(([re]) => (!may || may(re)) && re.test(s)).map(([, p]) => p);
  const roles = ROLES.filter(([re]) => (!may || may(re)) && re.test(s)).map(([, r]) => r);
  if (!phases.length && !roles.length) return undefined;
  const out: { phases?: Phase[]; roles?: Role[] } = {};
  if (phases.length) out.phases = phases;
  if (roles.length) out.roles = roles;
  return out;
}

const ACCREDIT = /\b(?:accredited by [^.;|]{3,80}|cpd certified|cpd standards office accredited|certified by the cpd [a-z ]{3,30}|national professional qualification in [a-z ,]{3,60}|npq(?:h|sl|ml|lt|lbc|ll|eyl|sencO|ltd|el)\b|level [1-7] (?:award|certificate|diploma) in [^.;|]{3,80}|\d{1,3} (?:masters?|m-level) credits)/gi;

/** Words around a qualification's name that make it a trainer's credential, not the course's ("an NPQSL facilitator", "holds an MA in"). */
const CREDENTIAL_AFTER = /^\w*\)?\s+(?:facilitators?|trainers?|tutors?|coach(?:es)?|graduates?|holders?|leads?|mentors?)\b/i;
const CREDENTIAL_BEFORE = /\b(?:former|holds?(?: an?)?|completed(?: an?| the)?|gained(?: an?| the)?|(?:he|she|they) has(?: an?)?)\s+$/i;

/** Whether the words at text[start, end) name a trainer's credential rather than what the course is or awards. */
export function namesCredential(text: string, start: number, end: number): boolean {
  return CREDENTIAL_AFTER.test(text.slice(end, end + 30)) || CREDENTIAL_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Accreditations a text states outright (an NPQ, "accredited by …", a Level 3 Award …), not a trainer's. */
export function accreditationOf(text: string): string[] {
  const out = new Set<string>();
  const head = text.slice(0, 20_000);
  // exec rather than matchAll (which copies the RegExp per call): every catalogue row is read
  ACCREDIT.lastIndex = 0;
  for (let m = ACCREDIT.exec(head); m; m = ACCREDIT.exec(head)) {
    if (namesCredential(head, m.index, m.index + m[0].length)) continue;
    out.add(m[0].replace(/\s+/g, ' ').trim());
    if (out.size >= 5) break;
  }
  return [...out];
}
