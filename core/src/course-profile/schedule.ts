import { PREREQUISITE, SESSION_NOUNS, withoutOwnSessions } from '../parse/hours.ts';
import { SEVERAL_PLACES } from '../facts/schedule.ts';
import type { Course, Session } from '../model/course.ts';
import type { OpportunityKind, ScheduleShape } from '../model/course-profile.ts';
import { english, msg, type InnerMessage } from '../i18n/message.ts';
import { GatedPattern, StemGate } from '../text/gate.ts';
import { sortShort } from '../text/sort.ts';
import { inSchoolHours, isSpan, sessionDays, startHour, statedTimes, timeOf, timeRange, whenOf, withTime } from './times.ts';

const DAY = 86_400_000;
const N = '(\\d{1,3}(?:\\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)';
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24, a: 1, an: 1, single: 1 };
const num = (s: string): number => WORDS[s.toLowerCase()] ?? Number(s);

/** Dates offered as choices of one course ("choose a date", "also running on", "dates available"). */
const ALTERNATIVES = new RegExp(String.raw`\b(?:choose|select|pick|book)\s+(?:one|a|your|any|from)\b[^.\n]{0,30}\b(?:dates?|sessions?|days?)\b|\b(?:alternative|other|further|additional|repeat(?:ed)?|more)\s+dates?\b|\bdates? (?:available|to choose from)\b|\b(?:also|is) (?:running|runs|repeated|available) on\b|\battend (?:one|any one|any) of\b|\bone of the (?:following|dates|sessions)\b|\bsame (?:content|course|session|training|workshop|day|event|webinar)\b|${SEVERAL_PLACES}|\b(?:each|every) (?:date|session|day) (?:covers|is) the same\b|\bchoice of (?:dates|sessions)\b|\bmultiple dates\b|\brepeated (?:on|termly)\b|\bruns (?:termly|each term|several times)\b|\bdates:?\s*(?:choose|select)\b`, 'i');
const ALTERNATIVES_GATE = new StemGate(['choose', 'select', 'pick', 'book', 'alternative', 'dates', 'date', 'available', 'running', 'runs', 'repeated', 'attend', 'same', 'choice', 'multiple', 'following']);
const SERIES_GATE = new StemGate(['series', 'sessions', 'session', 'day', 'module', 'modules', 'attend', 'week', 'part', 'followed', 'gap', 'between', 'programme']);

/** Dates that form one participant's series ("Session 1", "Day 2", "all three sessions"). */
const SERIES = /\bseries\b|\bsessions? (?:1|2|3|one|two)\b|\bday (?:1|2|one|two)\b|\bmodules? \d\b|\ball (?:three|four|five|six|\d) (?:sessions|days|twilights|workshops|modules)\b|\battend (?:all|every|each)\b|\bweek \d\b|\bpart (?:1|2|one|two)\b|\bfollowed by\b|\bgap tasks?\b|\bbetween sessions\b|\bprogramme of\b|\b\d+ sessions? (?:over|across|spread)\b/i;
/** A stated length of one participant's attendance in days ("two-day course", "1 day", "full day"). */
const DAYS_STATED = new RegExp(`\\b${N}[- ](?:(?:full|face[- ]to[- ]face|training|conference|in[- ]person|taught|study|school|saturday|sunday|weekday|campus)[- ]){0,3}days?\\b(?![- ](?:before|after|notice|left|access|to))|\\b(a|one|single)[- ](full[- ])?day\\b(?! (?:before|after|notice|access))`, 'i');
const HALF_DAY = new GatedPattern(/\bhalf[- ]day\b|\bmorning session\b|\bafternoon session\b/i, ['half', 'morning', 'afternoon']);
const FULL_DAY = new GatedPattern(/\bfull[- ]day\b|\ball[- ]day\b|\bwhole[- ]day\b/i, ['full', 'all', 'whole']);
/** Days of access, notice or refund periods. */
const PERIODS = /\b(?:available|access|accessible|recordings?|replay|catch[- ]up|on[- ]demand|within|notice|cancel\w*|refund\w*|invoice\w*|payment)\b[^.\n]{0,40}?\b\d{1,3}\s*days?\b|\b\d{1,3}\s*days?\b[^.\n]{0,20}\b(?:access|notice|before|after)\b/;
/** "N days" that is not contact time: access to recordings, notice periods, a prerequisite course's length. */
const NOT_CONTACT_DAYS = new RegExp(`(?:${PREREQUISITE.source})[^.\\n]{0,80}|${PERIODS.source}`, 'i');
const DAY_GATE = new StemGate(['day', 'days']);
const COUNT_GATE = new StemGate(['sessions', 'workshops', 'webinars', 'modules', 'twilights', 'meetings', 'visits']);
const SPAN_GATE = new StemGate(['term', 'terms', 'month', 'months', 'year', 'years', 'termly', 'weekly', 'monthly', 'fortnightly', 'long']);
const NOT_CONTACT_ALL = new RegExp(NOT_CONTACT_DAYS.source, 'gi');
const SESSION_COUNT = new RegExp(`\\b${N}\\s+(?:[a-z-]+\\s+){0,2}(?:sessions|workshops|webinars|modules|twilights|meetings|days|visits)\\b`, 'i');
// "4:00–5", "4.30pm-6", "400pm–5": the word a time starts with is "4", or its hour and minutes (with "pm")
const TWILIGHT = new GatedPattern(/\btwilights?\b|\bafter[- ]school\b|\bevenings?\b|\b4(?::|\.)?(?:00|15|30)\s?(?:pm)?\s?[-–]\s?[56]/i, ['twilight', 'twilights', 'after', 'evening', 'evenings', '4', '400', '415', '430', '400pm', '415pm', '430pm']);
const WEEKEND = new GatedPattern(/\bsaturdays?\b|\bsundays?\b|\bweekends?\b/i, ['saturday', 'saturdays', 'sunday', 'sundays', 'weekend', 'weekends']);
const HOLIDAY = new GatedPattern(/\b(?:school|summer|easter|half[- ]term|christmas|october)\s+holidays?\b|\bduring (?:the )?(?:holidays|half[- ]term)\b/i, ['holiday', 'holidays', 'during']);
/** A course said to be held in a school holiday ("takes place during the Easter holidays", "runs in half term"). */
const HELD_IN_HOLIDAYS = new GatedPattern(/\b(?:takes? place|is held|are held|held|runs?|falls?)\s+(?:in|during|over)\s+(?:the\s+)?(?:(?:school|summer|easter|christmas|october|february|may)\s+)?(?:holidays?|half[- ]term)\b/i, ['holiday', 'holidays', 'half']);
const INSET_DAY = /\bINSET days?\b|\bstaff training days?\b|\b(?:your|a|the|our|school'?s?) training day\b|\bnon[- ]pupil days?\b|\bstaff development days?\b|\bclosure days?\b|\bdirected time\b/i;
const SELF_PACED = new GatedPattern(/\bself[- ]paced\b|\bat your own pace\b|\bon[- ]demand\b|\bstart (?:at )?any ?time\b/i, ['paced', 'pace', 'demand', 'start']);
/** Spans of months or terms a programme states ("over 18 months", "across two terms", "year-long"). */
const LONG_SPAN = new RegExp(`\\b(?:over|across|throughout|spread over|lasting)\\s+(?:the\\s+)?(?:${N}\\s+)?(terms?|months?|years?|academic year|school year)\\b|\\b${N}[- ](?:terms?|months?)(?!['’]?[- ]+(?:of )?(?:online )?(?:access|licen[cs]e|subscription))['’]?(?![a-z])|\\byear[- ]long\\b|\\b(?:termly|half[- ]termly|fortnightly|monthly|weekly) (?:sessions|meetings|twilights|workshops|coaching)\\b`, 'i');

export interface ScheduleInput {
  course: Course;
  /** The course's words with testimonials, names and navigation blanked out. */
  text: string;
  kind: OpportunityKind;
  hoursPerDay: number;
  /** The gate mask of the course's stems (see text/gate.ts), so long patterns run only where they can match. */
  stems: number;
}

/**
 * The schedule one participant attends: several dates offered as choices are alternatives (one
 * instance counts), contact hours come from sessions before any "N days" phrase, and days out of class
 * count only sessions in school hours (half a day for a half day; none for twilights, weekends,
 * holidays, INSET days or self-paced study).
 */
export function scheduleOf({ course, text, kind, hoursPerDay, stems }: ScheduleInput): ScheduleShape {
  const evidence: InnerMessage[] = [];
  // one start and end months apart is the span a programme runs over, not one session
  const spanned = isSpan(course.sessions ?? []) ? course.sessions![0]! : null;
  const listed = spanned ? [] : onePerDate(course.sessions ?? []);
  // dates listed without times take the times the page states once ("Meetings (4.00pm – 5.30pm)")
  const stated = listed.some((s) => startHour(s.start) === null) ? statedTimes(withoutOwnSessions(text)) : null;
  const dated = stated ? listed.map((s) => (startHour(s.start) === null ? withTime(s, stated) : s)) : listed;
  const dayWord = DAY_GATE.open(stems);
  const contactText = dayWord && NOT_CONTACT_DAYS.test(text) ? text.replace(NOT_CONTACT_ALL, ' ') : text;
  const daysM = dayWord ? DAYS_STATED.exec(contactText) : null;
  const daysN = daysM ? (daysM[1] ? num(daysM[1]) : 1) : null;
  const statedDays = daysN !== null && daysN <= 10 ? daysN : dayWord && HALF_DAY.test(text, stems) ? 0.5 : dayWord && FULL_DAY.test(text, stems) ? 1 : null;
  const countM = COUNT_GATE.open(stems) ? SESSION_COUNT.exec(text) : null;
  const statedSessions = countM && !/days/i.test(countM[0]) ? num(countM[1]!) : null;

  // alternatives: stated as choices, or more dates than the stated length of one attendance
  let alternatives = 0;
  let attended = dated;
  if (dated.length > 1) {
    // "Six Saturday study days" over six dates is the one course's days, whatever else it counts ("two modules")
    const perInstance = statedDays === dated.length ? statedDays : statedSessions ?? (statedDays !== null ? Math.max(1, Math.ceil(statedDays)) : null);
    // the page's own structure said so ("Dates – choose one" over a dates table), else its words do
    const stated = course.choices?.quote ?? (ALTERNATIVES_GATE.open(stems) ? ALTERNATIVES.exec(text)?.[0] : undefined);
    const seriesM = SERIES_GATE.open(stems) ? SERIES.exec(text) : null;
    const series = !!seriesM || dated.some((s) => s.label && /\b(?:session|day|module|part|week)\s*\d/i.test(s.label));
    if (series) evidence.push(seriesM ? msg('schedule.series-quote', { quote: seriesM[0] }) : msg('schedule.series'));
    else if (statedDays !== null && statedDays === dated.length) evidence.push(msg('schedule.one-series', { days: statedDays, dates: dated.length }));
    const inset = kind === 'inset' && !series;
    // dates of different lengths (a launch day, twilights, a half-day workshop) are one programme's parts, not repeats of one course
    const varied = lengthsVary(dated);
    if (stated || inset || (!series && !varied && perInstance !== null && perInstance < dated.length)) {
      const k = Math.min(perInstance ?? 1, dated.length);
      attended = consecutive(dated, k);
      alternatives = dated.length - attended.length;
      evidence.push(stated ? msg('schedule.choose', { quote: stated }) : inset ? msg('schedule.inset-alternatives', { dates: dated.length }) : msg('schedule.alternatives', { dates: dated.length, days: perInstance! }));
    }
  }

  // "a two-day course" with one date published: one participant attends both days
  const extraDays = statedDays !== null && statedDays >= 2 && attended.length > 0 && attended.length < statedDays ? statedDays - attended.length : 0;
  if (extraDays) evidence.push(msg(attended.length === 1 ? 'schedule.days-counted-one' : 'schedule.days-counted', { days: statedDays!, dates: attended.length }));
  // a self-paced course's modules or units are not sessions anyone attends: it has none
  const undatedSelfPaced = !attended.length && course.delivery === 'online-self-paced';
  const sessions = attended.length ? attended.length + extraDays : undatedSelfPaced ? 0 : statedSessions ?? (statedDays !== null ? Math.max(1, Math.ceil(statedDays)) : null);
  let contactHours = hoursOf(course, attended, alternatives > 0, statedDays, hoursPerDay, text, stems, evidence);
  if (extraDays) {
    const timed = attended.every((s) => s.hours !== undefined);
    const perDay = timed ? attended.reduce((n, s) => n + (s.hours ?? 0), 0) / attended.length : hoursPerDay;
    contactHours = Math.round(perDay * (attended.length + extraDays) * 100) / 100;
  }
  // the first and last of the attended sessions' times (those that parse), and how many there are
  let timed = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const s of attended) {
    const time = timeOf(s.start);
    if (!Number.isFinite(time)) continue;
    timed++;
    if (time < first) first = time;
    if (time > last) last = time;
  }
  let spanDays = timed ? Math.round((last - first) / DAY) : null;
  if (spanned && spanDays === null) spanDays = Math.round((Date.parse(spanned.end!.slice(0, 10)) - Date.parse(spanned.start.slice(0, 10))) / DAY);
  // one published start of a programme that states how long it runs ("Duration: 18 months"): the stated span
  else if (course.span && (spanDays === null || (timed <= 1 && course.span.days > spanDays))) spanDays = course.span.days;

  // timing: from the dates themselves, then from what the page says
  const selfPaced = course.delivery === 'online-self-paced' || (!dated.length && SELF_PACED.test(text, stems));
  let timing: ScheduleShape['timing'] = 'unknown';
  let days: number | null = null;
  const insetDay = (course.delivery === 'in-school' || kind === 'inset') && INSET_DAY.test(text);
  if (selfPaced) timing = 'self-paced';
  else if (insetDay) timing = 'inset-day';
  // "Our annual conference takes place during the Easter holidays": the page knows its dates are out of term
  else if (attended.length && HELD_IN_HOLIDAYS.test(text, stems)) timing = 'holiday';
  else if (attended.length) {
    const whens = attended.map(whenOf);
    const inHours = attended.filter((_, i) => whens[i] === 'school-hours');
    timing = inHours.length ? 'school-hours' : whens[0]!;
    const each = contactHours !== null && attended.length ? contactHours / attended.length : null;
    days = inHours.reduce((n, s) => n + sessionDays(s, each), 0);
    if (extraDays && inHours.length === attended.length) days += extraDays;
  } else if (statedDays !== null && statedDays >= 1 && inSchoolHours(text)) {
    // "three face-to-face conference days (9.30am – 3.30pm)" beside twilight sessions: the days need cover
    timing = 'school-hours';
    days = statedDays;
  } else if (WEEKEND.test(text, stems) && !/\bweekdays?\b/i.test(text)) timing = 'weekend';
  else if (TWILIGHT.test(text, stems)) timing = 'twilight';
  else if (HOLIDAY.test(text, stems)) timing = 'holiday';
  else if (statedDays !== null || contactHours !== null) {
    timing = 'school-hours';
    days = statedDays ?? (contactHours! <= 3.5 ? 0.5 : contactHours! <= 8.5 ? 1 : Math.round((contactHours! / hoursPerDay) * 2) / 2);
    if (statedSessions !== null && statedDays === null && contactHours !== null) days = Math.min(days, statedSessions * (contactHours / statedSessions <= 3.5 ? 0.5 : 1));
  }
  if (timing !== 'school-hours' && timing !== 'unknown') days = 0;
  if (timing !== 'unknown' && timing !== 'school-hours') evidence.push(msg(`schedule.runs-${timing}`));

  const sustained = sustainedOf(sessions, spanDays, SPAN_GATE.open(stems) ? text : '', kind, course, evidence);
  const facts = evidence.slice(0, 5);
  return { sessions, contactHours, spanDays, alternatives, sustained, timing, daysOutOfClass: days, evidence: facts.map((e) => english(e).slice(0, 400)), evidenceMessages: facts };
}

/** Whether sessions with stated lengths differ in length (to the half hour). */
function lengthsVary(sessions: readonly Session[]): boolean {
  let seen: number | undefined;
  for (const s of sessions) {
    if (s.hours === undefined) continue;
    const halves = Math.round(s.hours * 2);
    if (seen === undefined) seen = halves;
    else if (halves !== seen) return true;
  }
  return false;
}

/** The sessions in date order, the first listed on each date only. */
function onePerDate(sessions: readonly Session[]): Session[] {
  if (sessions.length < 2) return sessions.slice();
  const seen = new Set<string>();
  const out: Session[] = [];
  for (const s of sessions) {
    const date = s.start.slice(0, 10);
    if (!seen.has(date)) {
      seen.add(date);
      out.push(s);
    }
  }
  // one per date: no two starts are equal, so the order is the same whatever the sort
  return out.length > 16 ? out.sort(byStart) : sortShort(out, byStart);
}

const byStart = (a: Session, b: Session): number => (a.start < b.start ? -1 : 1);

/** The first `k` sessions on consecutive days (one instance of a multi-day course), else the first `k`. */
function consecutive(dated: Session[], k: number): Session[] {
  if (k <= 1) return dated.slice(0, 1);
  for (let i = 0; i + k <= dated.length; i++) {
    const run = dated.slice(i, i + k);
    if (Date.parse(run[k - 1]!.start.slice(0, 10)) - Date.parse(run[0]!.start.slice(0, 10)) <= (k + 2) * DAY) return run;
  }
  return dated.slice(0, k);
}

/** Contact hours of one participant's attendance: sessions first, then a stated total that is contact time. */
const CONTACT_STATED = new GatedPattern(/\b(?:contact (?:time|hours)|total (?:contact )?(?:time|hours)|guided learning(?: hours)?|cpd hours|taught (?:time|hours)|learning hours|oriau dysgu)\s*(?:of|:)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:hours|hrs|h|awr)\b|\b(\d{1,3}(?:\.\d{1,2})?)\s*(?:hours|hrs) (?:of )?(?:contact time|face-to-face contact|guided learning|taught contact|taught sessions?|teaching)\b/i, ['contact', 'total', 'guided', 'cpd', 'taught', 'learning', 'oriau', 'sessions', 'session', 'teaching']);
/** A further series the page states beside the dated days: "Six 90-minute online twilight sessions", "six one-hour tutorials". */
const SERIES_LENGTH = new GatedPattern(new RegExp(`\\b${N}\\s+(?:x\\s+)?(?:(\\d{2,3})[- ]minute|(\\d(?:\\.\\d)?|one|two|three)[- ]hours?)\\s+(?:[a-z-]+\\s+){0,3}?(?:sessions|twilights|tutorials|webinars|workshops|meetings|calls|seminars)\\b`, 'i'), ['minute', 'hour', 'hours']);

/** Contact hours of one participant's attendance: a stated contact total, else sessions (plus a further stated series), else a stated total that is contact time. */
function hoursOf(course: Course, attended: Session[], alternatives: boolean, statedDays: number | null, hoursPerDay: number, text: string, stems: number, evidence: InnerMessage[]): number | null {
  const contact = CONTACT_STATED.exec(text, stems);
  if (contact) return Number(contact[1] ?? contact[2]);
  const more = alternatives ? 0 : seriesHours(text, stems, attended, course.provenance?.totalHours?.raw ?? '');
  const base = sessionHours(course, attended, alternatives, statedDays, hoursPerDay, text, evidence);
  if (base === null) {
    if (more) return more;
    const t = timeRange(text);
    return t && !attended.length ? t.hours : null;
  }
  if (more) evidence.push(msg('schedule.further-hours', { hours: more }));
  return Math.round((base + more) * 100) / 100;
}

/**
 * Hours of a further series of sessions the page states, when it is neither the dated sessions themselves nor
 * the series the course's hours were already read from (`hoursRaw`, "Four twilight sessions, 3.30pm – 5.00pm").
 */
function seriesHours(text: string, stems: number, attended: readonly Session[], hoursRaw: string): number {
  const m = SERIES_LENGTH.exec(text, stems);
  if (!m) return timedSeriesHours(text, stems, attended, hoursRaw);
  if (hoursRaw.toLowerCase().includes(m[0].toLowerCase())) return 0;
  const n = num(m[1]!);
  const each = m[2] ? Number(m[2]) / 60 : num(m[3]!);
  return n >= 1 && Number.isFinite(each) && !counted(attended, n, each) ? Math.round(n * each * 100) / 100 : 0;
}

/** Whether the dated sessions already hold `n` sessions of `each` hours ("four 90-minute twilights" listed with their dates). */
const counted = (attended: readonly Session[], n: number, each: number): boolean =>
  n === attended.length || attended.filter((s) => s.hours !== undefined && Math.abs(s.hours - each) < 0.1).length >= n;

/** Undated sessions counted with their times: "Eight online clinics, 4:00pm – 5:30pm (dates issued at induction)". */
const SERIES_TIMED = new GatedPattern(new RegExp(`\\b${N}\\s+(?:[a-z-]+\\s+){0,2}?(?:${SESSION_NOUNS})\\b[,:]?((?:[^.\\n]|(?<=\\d)\\.(?=\\d)){0,50})`, 'i'), SESSION_NOUNS.split('|'));

function timedSeriesHours(text: string, stems: number, attended: readonly Session[], hoursRaw: string): number {
  const m = SERIES_TIMED.exec(text, stems);
  if (m && hoursRaw.toLowerCase().includes(m[0].slice(0, m[0].length - m[2]!.length).trim().toLowerCase())) return 0;
  const n = m ? num(m[1]!) : NaN;
  const t = m && n >= 2 ? timeRange(m[2]!) : null;
  return t && !counted(attended, n, t.hours) ? Math.round(n * t.hours * 100) / 100 : 0;
}

function sessionHours(course: Course, attended: Session[], alternatives: boolean, statedDays: number | null, hoursPerDay: number, text: string, evidence: InnerMessage[]): number | null {
  const timed = attended.length > 0 && attended.every((s) => s.hours !== undefined);
  const fromSessions = timed ? Math.round(attended.reduce((n, s) => n + (s.hours ?? 0), 0) * 100) / 100 : null;
  const total = course.totalHours;
  const raw = course.provenance?.totalHours?.raw ?? '';
  // the dated sessions' own hours added up, by the page's text or its structured data (whose sum is proposed at the startDate)
  const at = course.provenance?.totalHours?.at ?? '';
  const summed = at === 'text:session-times' || at.endsWith('.startDate');
  // a length in days ("3 days"), not the sessions' own times summed (whose lines may say "Two training days: …")
  const fromDays = !summed && /\bdays?\b/i.test(raw) && !/\bhours?\b/i.test(raw);
  // structured data's duration ("PT2H"), or its start and end on one day, that is a listed session's length is that session's, not the series'
  const each = total !== undefined && (at.endsWith('.duration') || at.endsWith('.startDate')) && attended.length > 1 && timed && attended.some((s) => Math.abs(s.hours! - total) < 0.01) && total < fromSessions!;
  if (total !== undefined && !each && !(fromDays && (fromSessions !== null || NOT_CONTACT_DAYS.test(text) || total > 60)) && !(summed && alternatives)) {
    return total;
  }
  if (total !== undefined && fromDays) evidence.push(msg('schedule.not-contact', { raw: raw.slice(0, 380) }));
  if (fromSessions !== null) return fromSessions;
  if (statedDays !== null) return statedDays * hoursPerDay;
  return null;
}

/** Sustained means spread over weeks with something between sessions, not a word on the page. */
function sustainedOf(sessions: number | null, span: number | null, text: string, kind: OpportunityKind, course: Course, evidence: InnerMessage[]): boolean | null {
  if (span !== null && sessions !== null && sessions >= 2) {
    const yes = (sessions >= 3 && span >= 28) || span >= 56;
    evidence.push(msg(yes ? 'schedule.sessions-over' : span === 0 ? 'schedule.consecutive' : 'schedule.within-days', { sessions, days: span }));
    return yes;
  }
  const long = text && (sessions === null || sessions >= 2) ? LONG_SPAN.exec(text) : null;
  if (long && (sessions === null || sessions >= 2) && !/\b(?:1|one|single)[- ](?:day|session)\b/i.test(text)) {
    evidence.push(msg('schedule.programme-runs', { quote: long[0] }));
    return true;
  }
  if (course.span && course.span.days >= 56 && (sessions ?? 1) <= 1 && span === course.span.days) {
    evidence.push(msg('schedule.programme-runs', { quote: course.span.quote.slice(0, 120) }));
    return true;
  }
  if (sessions === 1 || (span !== null && span <= 7 && (sessions ?? 1) <= 5)) {
    evidence.push(sessions === 1 ? msg('schedule.single') : msg('schedule.within-week', { sessions: sessions! }));
    return false;
  }
  if (kind === 'npq' || kind === 'ecf' || kind === 'apprenticeship') return true;
  if ((kind === 'conference' || kind === 'webinar') && (course.sessions?.length ?? 0) <= 1) return false;
  return null;
}
