/**
 * Schedule facts that are not sessions: an access period ("12 months' access" is how long the
 * material stays open, not a programme's length), a span ("over two terms"), a deadline ("Apply by
 * 3 March"), dates offered as choices ("Available January to July, including 4 January and 6 April"),
 * and the format a page states (keynote, one day, programme, self-paced).
 */
import { collapseSpaces } from '../parse/spaces.ts';
import { readDates } from '../parse/dates.ts';
import type { Part } from './structure.ts';

const COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24, a: 1 };
const N = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|a)';
const num = (s: string): number => COUNT[s.toLowerCase()] ?? Number(s);
const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30, term: 91, year: 365 };

const ACCESS = new RegExp(`\\b${N}[- ](day|week|month|year)s?['’]?\\s+(?:of\\s+)?(?:online\\s+)?(?:access|licen[cs]e|subscription)\\b|\\baccess (?:to [^.]{0,40}?)?for ${N} (day|week|month|year)s?\\b|\\b(?:available|accessible) for ${N} (day|week|month|year)s?\\b`, 'i');
const SPAN = new RegExp(`\\b(?:over|across|throughout|spread over|lasting|runs for|during)\\s+(?:the\\s+)?(?:${N}\\s+)?(term|month|year|week)s?\\b|\\b(?:over|across|throughout)\\s+the\\s+(?:academic|school)\\s+year\\b|\\byear[- ]long\\b|\\b${N}[- ](term|month|year)s?[- ](?:part[- ]time|full[- ]time)\\b|\\b${N}[- ](term|month|week)s?[- ](?:programme|course|course of study)\\b`, 'i');
/** What SPAN needs: its unit, a term, month, year or week. */
const SPAN_UNIT = /term|month|year|week/i;
const EARLY_BIRD = /\bearly[- ]?bird\b|\bearly booking\b/i;
const DEADLINE_LABEL = /\b(?:deadline|apply by|book by|register by|closing date|(?:applications?|bookings?|registrations?)(?: for [^.\n]{1,40}?)? (?:close[sd]?|end)|last date to book|dyddiad cau|ceisiadau(?:'n| yn) cau)\b/i;
/** Dates offered as choices: a range of months "including" some dates, "choose a date", "dates available". */
/** The same course run in several places ("The same workshop runs in three cities"): its dates are choices (read here and by the schedule's profile). */
export const SEVERAL_PLACES = String.raw`\bruns? in (?:two|three|four|five|several|\d) (?:cities|venues|locations|places)\b`;
const CHOICES = new RegExp(String.raw`\bavailable\b[^.]{0,60}\bincluding\b|\b(?:dates?|sessions?)\s*[–—:-]\s*(?:choose|select|pick|book) (?:one|a date|your date)\b|\b(?:choose|select|pick)\b[^.]{0,30}\b(?:dates?|sessions?|days?)\b|\bdates? (?:available|to choose from)\b|\bavailable dates\b|\b(?:also|is) (?:running|runs|repeated|available) on\b|\battend (?:one|any one|any) of\b|\bone of the (?:following|dates|sessions)\b|\brepeated on\b|\bon request\b[^.]{0,40}\bincluding\b|\b(?:each|every) (?:session|date|day) is the same\b|\bthe same (?:content|course|session|training|workshop|day|event|webinar) (?:runs|is repeated|on (?:each|every|both|all))\b|${SEVERAL_PLACES}`, 'i');
const KEYNOTE = /\bkeynote\b|\b(?:an?|one) (?:hour|90[- ]minute|60[- ]minute)[- ](?:talk|lecture|session|presentation)\b/i;
const SELF_PACED = /\bself[- ]paced\b|\bat your own pace\b|\bon[- ]demand\b/i;

export interface Quoted<T> {
  value: T;
  quote: string;
}

/** The access period the block states, in days. */
export function readAccess(parts: readonly Part[]): Quoted<number> | undefined {
  for (const p of parts) {
    const m = ACCESS.exec(p.text);
    if (!m) continue;
    const n = num(m[1] ?? m[3] ?? m[5]!);
    const unit = (m[2] ?? m[4] ?? m[6]!).toLowerCase();
    return { value: n * DAYS_PER[unit]!, quote: p.text.slice(0, 300) };
  }
  return undefined;
}

const DURATION_LABEL = /^(?:duration|length|programme length|course length|how long|hyd|hyd y cwrs)\b/i;
const LABELLED_SPAN = new RegExp(`^\\s*(?:about |around |up to )?${N}\\s+(term|month|year|week)s?\\b`, 'i');

/** The span the block states ("over two terms" ≈ 182 days), not counting an access period. */
export function readSpan(parts: readonly Part[]): Quoted<number> | undefined {
  for (const p of parts) {
    // a labelled length: "Duration: 18 months plus end-point assessment"
    const name = p.label ?? (p.heading.length < 30 ? p.heading : '');
    const own = DURATION_LABEL.test(name) ? LABELLED_SPAN.exec(p.text) : null;
    if (own) return { value: num(own[1]!) * DAYS_PER[own[2]!.toLowerCase()]!, quote: `${name}: ${p.text}`.slice(0, 300) };
    const said = p.label ? `${p.label}: ${p.text}` : p.text;
    // every span names its unit: a part without one is let go before the access and span patterns run
    if (!SPAN_UNIT.test(said)) continue;
    const text = said.replace(ACCESS, ' ');
    const m = SPAN.exec(text);
    if (!m) continue;
    if (/year[- ]long|academic|school/i.test(m[0]) && !m[2]) return { value: 300, quote: p.text.slice(0, 300) };
    const n = m[1] ?? m[3] ?? m[5];
    const unit = (m[2] ?? m[4] ?? m[6] ?? 'month').toLowerCase();
    return { value: (n ? num(n) : 1) * DAYS_PER[unit]!, quote: p.text.slice(0, 300) };
  }
  return undefined;
}

/** A booking or application deadline: a date under a deadline label or after "apply by". */
export function readDeadline(parts: readonly Part[], hint?: number): Quoted<string> | undefined {
  for (const p of parts) {
    const labelled = DEADLINE_LABEL.test(p.label ?? '');
    const m = labelled ? null : DEADLINE_LABEL.exec(p.text);
    if (!labelled && !m) continue;
    // "£380 + VAT – book by 30 November" is an early-bird price's last day (a charge keeps it), not the course's deadline
    if (!labelled && (EARLY_BIRD.test(p.text) || /[£€$]\s?\d/.test(p.text.slice(0, m!.index)))) continue;
    // read after the words ("Applications for the September 2027 intake close on 29 January": the intake is not the deadline)
    const date = readDates(labelled ? p.text : p.text.slice(m!.index + m![0].length), hint).dates[0];
    if (date) return { value: date, quote: p.text.slice(0, 300) };
  }
  return undefined;
}

/** Whether the block offers its dates as choices of one course, with the words, or by listing one run a place. */
export function readChoices(parts: readonly Part[]): Quoted<true> | undefined {
  for (const p of parts) {
    const m = CHOICES.exec(p.text) ?? CHOICES.exec(p.label ?? '') ?? CHOICES.exec(p.heading);
    if (m) return { value: true, quote: p.text.slice(0, 300) };
  }
  return runsByPlace(parts);
}

/** A series' own words on a dated line ("Session 2", "Day 1", "Spring term meeting"): its days are parts of one course. */
const SERIES_LINE = /\b(?:session|part|day|module|unit|week|meeting|twilight|workshop|sesiwn|diwrnod|rhan)\s*(?:\d|one|two|three|four|five|six|un|dau|tri)\b|\b(?:autumn|spring|summer)(?: term)?\b|\b(?:first|second|third|final|follow-up|review)\b/i;
/** Words of a dated line that are its date and times, not its place. */
const DATE_WORDS = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bdydd \w+|\b(?:ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)\b|\b(?:am|pm|to|and|until|from)\b|[\d.:–—·|,()-]+/gi;

/** Words that name a place ("Manchester, Piccadilly Conference Suite"): every long word capitalised, unlike a session's topic ("Launch: disciplinary literacy"). */
const placeLike = (words: string): boolean => words.length <= 80 && words.split(' ').every((w) => w.length < 4 || /^[\p{Lu}(]/u.test(w));

/**
 * The same day run in several places ("Friday 5 March 2027 – Manchester – 9.30am to 3.30pm", "Friday 14 May
 * 2027 – Bristol – 9.30am to 3.30pm"): two or more dated lines with the same times, each naming another place
 * and none numbering a series' parts, are runs to choose from. Undefined otherwise.
 */
function runsByPlace(parts: readonly Part[]): Quoted<true> | undefined {
  const runs: { place: string; times: string; text: string }[] = [];
  for (const p of parts) {
    if (p.kind === 'heading' || p.text.length > 200 || SERIES_LINE.test(`${p.label ?? ''} ${p.text}`)) continue;
    const r = readDates(p.text);
    if (r.dates.length !== 1 || r.start === undefined) continue;
    const place = collapseSpaces(p.text.replace(DATE_WORDS, ' ')).trim();
    if (/[a-z]{4}/i.test(place) && placeLike(place)) runs.push({ place: place.toLowerCase(), times: `${r.start}-${r.end}`, text: p.text });
  }
  if (runs.length < 2 || runs.some((r) => r.times !== runs[0]!.times)) return undefined;
  return new Set(runs.map((r) => r.place)).size === runs.length ? { value: true, quote: runs[0]!.text.slice(0, 300) } : undefined;
}

export type StatedFormat = 'keynote' | 'self-paced';

/** A format the block states that changes how it is costed and judged. */
export function readFormat(parts: readonly Part[], title: string): Quoted<StatedFormat> | undefined {
  if (KEYNOTE.test(title)) return { value: 'keynote', quote: title.slice(0, 300) };
  for (const p of parts) {
    if (/^[“"]/.test(p.text)) continue;
    if (SELF_PACED.test(p.text)) return { value: 'self-paced', quote: p.text.slice(0, 300) };
  }
  return undefined;
}
