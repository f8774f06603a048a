import type { Location, Price, Session } from '../../model/index.ts';
import { cleanText, safeUrl } from '../clean.ts';
import { type LineDates, readDates } from '../../parse/dates.ts';
import { weeklyDates } from '../../parse/weekly.ts';
import { agendaSpan } from '../../parse/agenda.ts';
import { readTimeRange } from '../../facts/times.ts';
import { OWN_SESSIONS, readHours } from '../../parse/hours.ts';
import { PRICE_LABEL, readFreeOrFunded, readPrice } from '../../parse/price.ts';
import { hoursBetween, londonIso } from '../../parse/time.ts';
import { accreditationOf, audienceOf, deliveryOf } from '../../parse/words.ts';
import { type Draft, propose } from '../types.ts';

const NOT_COURSE_DATE = /\b(?:deadline|closes?|closing|book(?:ings?)? by|register by|apply by|published|posted|updated|modified|copyright|©|early[- ]bird|expires|ends|until|last day|issued|born|founded|since|cancellation|refund|terms (?:and|&) conditions|terms of (?:use|service|business|booking|sale)|utc|submissions?|nominations?|call for (?:papers|proposals|abstracts)|abstracts? due|anmeldeschluss|einsendeschluss|anmeldungen? (?:sind |ist )?bis|date limite|uiterlijk|hyd at|dyddiad cau|yn cau)\b/i;
// (?![a-z]) rather than \b: text from table cells and widgets runs together ("Date13 September 2023").
/** A byline or comment stamp, never a course date even when it starts with a weekday ("Monday … @ 11:10 PM UTC"). */
const BYLINE = /\b(?:UTC|[Ww]rote|[Pp]osted|[Pp]ublished|[Uu]pdated)\b|\bby\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+/;
const DATE_LABEL = /^(?:dates?|when(?: and where)?|session|sessions|day (?:\d|one|two|three)|dag \d|start(?:s|ing)?|time|times|course dates?|event dates?|dyddiad(?:au)?|pryd|next (?:cohort|date)|cohort|schedule|programme dates?|module \d|twilight \d|wanneer|vanaf|datum|from)(?![a-z])|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|^dydd (?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)\b/i;
const STOP = /^(?:other|related|similar|more|upcoming|you may also|see also|recently viewed|latest news)\b.{0,30}\b(?:courses|events|training|like|webinars|programmes)?/i;
const VENUE = /^(?:venue|location|where|address|lleoliad|ort|veranstaltungsort|lieu|locatie)\b\s*:?\s*(.*)$/i;
/** A label run into its value by a widget's markup: "LocationEindhoven". */
const VENUE_GLUED = /^(?:Venue|Location|Where|Address)([A-Z].*)$/;
const AUDIENCE = /^(?:who is (?:it|this|the course) for|audience|suitable for|aimed at|for|who should attend|designed for|target audience|ar gyfer)\b\s*[:?]?\s*(.*)$/i;
const BOOK = /\b(?:book|booking|register|enrol|reserve|sign up|apply|buy|get (?:your |a )?tickets?|add to (?:basket|cart)|start your application|join the (?:network|programme|course|work ?group)|request a date|archebu|cofrestru)\b/i;
/** A price shown struck through beside the price asked ("$89$82"): a price display, whatever its label. */
export const SALE = /[£€$]\s?\d[\d,.]*\s?[£€$]\s?\d/;
const NOT_BOOKING = /newsletter|subscri|log ?in|sign ?in|account|password|mailing list|comment/i;
/** A "Sign up" whose own sentence is about a newsletter, or a "Register" to comment, books nothing either. */
const NOT_BOOKING_AROUND = /newsletter|subscri|mailing list|comment/i;
/** A venue that is the school's own ("Venue: your school – you provide a room"): training brought to it, no place to travel to. */
const OWN_SCHOOL = /^(?:at )?your (?:own )?(?:school|setting|premises|site)\b/i;
export const VENUE_WORD = /\b(?:centre|center|hall|academy|hotel|stadium|rooms|house|campus|library|college|school)\b/i;
/** A sentence placing the event somewhere (English, German, French, Dutch). */
const HELD_AT = /\b(?:takes? place|will be held|is held|being held|hosted)\b[^.\n]{0,80}?\b(?:at|in) (?:the )?[A-Z][\w-]+|\bfindet\b(?:[^.\n]|\d\.){0,80}\b(?:in|im) [A-ZÄÖÜ][^.\n]{0,60}\bstatt\b|\bveranstaltet\b(?:[^.\n]|\d\.){0,60}\b(?:in|im) [A-ZÄÖÜ]|\baura lieu\b[^.\n]{0,60}\b(?:à|au) [A-Z]|\bvindt plaats\b[^.\n]{0,60}\b(?:in|op) [A-Z]/;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/;

const YEAR = /\b(?:19[9]\d|20\d\d)\b/;
const MONTH_YEAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{4})\b/i;

/**
 * The year for dates written without one ("6 March", "Saturday April 30"): the first full date the page
 * states, else a "June 2023" or "Spring 2016" line near the top, else the page's publication year.
 */
export function yearHint(lines: readonly string[], published?: string): number | undefined {
  let heading: number | undefined;
  for (const line of lines.slice(0, 400)) {
    const year = dateYear(line);
    if (year !== undefined) return year;
    if (heading === undefined && line.length < 120) {
      // "June 2023" anywhere near the top, or a bare year in a heading line ("Spring 2016 training day")
      const m = MONTH_YEAR.exec(line) ?? (YEAR.test(line) ? [line, YEAR.exec(line)![0]] : null);
      if (m && Number(m[1]) >= 1990 && Number(m[1]) <= 2100) heading = Number(m[1]);
    }
  }
  const pub = published ? Number(published.slice(0, 4)) : NaN;
  return heading ?? (pub >= 1990 && pub <= 2100 ? pub : undefined);
}

/** The year of the first full date a line states (not a deadline or a stamp), if any: the step of yearHint that decides alone. */
function dateYear(line: string): number | undefined {
  if (NOT_COURSE_DATE.test(line)) return undefined;
  const d = readDates(line).dates[0];
  return d ? Number(d.slice(0, 4)) : undefined;
}

/**
 * The year hint of the first of `lines` that states a full date, among the first 400 as yearHint reads
 * them, or undefined when none does. A caller holding only the top of a page's lines uses it to settle
 * the hint without reading the whole page: yearHint returns at that line whatever follows.
 */
export function earlyYearHint(lines: readonly string[]): number | undefined {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const year = dateYear(lines[i]!);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The course's own lines: up to a heading that starts other courses ("Related training", "Upcoming events"). */
export function ownLines(lines: readonly string[]): readonly string[] {
  for (let i = 3; i < lines.length; i++) if (lines[i]!.length < 60 && STOP.test(lines[i]!)) return lines.slice(0, i);
  return lines;
}

/** Sessions from date lines: labelled lines and lines with times first, other dated lines only when none. */
export function readSessions(lines: readonly string[], hint: number | undefined): { sessions: Session[]; strong: boolean; raw: string } {
  const strong: Session[] = [];
  const weak: Session[] = [];
  let raw = '';
  let pending: Session[] = [];
  // under a table header naming dates ("Session | Date | Focus") every row is labelled, not only the first
  let columns = false;
  // "All sessions are 4:00pm – 6:00pm": the times of every dated session that states none
  let shared: { start: number; end: number | undefined; minutes?: number } | undefined;
  // the times a line ending in a colon gives the dates listed under it
  let listed: LineDates | undefined;
  for (let i = 0; i < lines.length && i < 600; i++) {
    const line = lines[i]!;
    // A section heading such as "Upcoming events" ends the course's own text, unless it is the page's top line.
    if (STOP.test(line) && line.length < 60 && i > 2) break;
    // a day's timetable on one line ("8.30 Registration · 9.00 Welcome · … · 16.30 Close") times the date above it from start to close
    const span = pending.length ? agendaSpan(line) : undefined;
    if (span) {
      for (const s of pending) withTimes(s, span.start, span.end);
      pending = [];
      continue;
    }
    if ((NOT_COURSE_DATE.test(line) && !DATE_LABEL.test(line)) || BYLINE.test(line) || WINDOW.test(line)) continue;
    // a value under its label ("Booking closes" / "Friday 26 February 2027"): a deadline's date is not a session
    const label = i > 0 ? lines[i - 1]! : '';
    if (label.length < 40 && NOT_COURSE_DATE.test(label) && !DATE_LABEL.test(label) && !readDates(label, hint).dates.length) continue;
    const r = readDates(beforeDeadline(line), hint);
    const cells = line.includes(' | ') ? line.split(' | ') : undefined;
    if (!cells) columns = false;
    else if (!r.dates.length && cells.some((c) => c.length < 30 && DATE_LABEL.test(c.trim()))) columns = true;
    if (!r.dates.length) {
      // "… take place at Pennine Vale Academy from 9:30am to 3:30pm on:", or a short heading "Online clinics (4.00 – 5.00pm)",
      // times the list of dates under it, and only that list
      // (a short times line under a dated one gives that date's times instead: see pending)
      listed = r.start !== undefined && (/:\s*$/.test(line) || (line.length < 60 && !pending.length)) ? r : undefined;
      if (r.start !== undefined && ALL_SESSIONS.test(line)) shared = { start: r.start, end: r.end, minutes: r.minutes };
      // ("Six online facilitated sessions (twilights, 4.00pm–5.30pm)" under the dates of three days times its own sessions, not them)
      if (r.start !== undefined && pending.length) {
        if (!OWN_SESSIONS.test(line)) for (const s of pending) withTimes(s, r.start, r.end, r.minutes);
        pending = [];
      }
      continue;
    }
    // a label line above the dates, short or giving their times ("Dates (Tuesdays, 4:00pm – 5:30pm, on Zoom)")
    const above = lines[i - 1];
    const labelled = above !== undefined && DATE_LABEL.test(above) && !readDates(above, hint).dates.length ? readDates(above, hint) : undefined;
    const labelTimes = labelled?.start !== undefined && above!.length < 100 ? labelled : listed;
    const isStrong = DATE_LABEL.test(line) || r.start !== undefined || (columns && !!cells) || !!listed || (!!labelled && (above!.length < 30 || !!labelTimes));
    // "Every Wednesday … from 13 January to 24 March (no session on 17 February)": the weeks between, not the three dates named
    const made = (weeklyDates(line, r.dates) ?? r.dates).map((date) => {
      const s: Session = { start: date };
      if (r.start !== undefined) withTimes(s, r.start, r.end, r.minutes);
      else if (labelTimes) withTimes(s, labelTimes.start!, labelTimes.end, labelTimes.minutes);
      return s;
    });
    pending = r.start === undefined && !labelTimes ? made : [];
    if (isStrong && !raw) raw = line;
    (isStrong ? strong : weak).push(...made);
    if (strong.length > 200) break;
  }
  const chosen = strong.length ? strong : weak.slice(0, 3);
  if (shared) for (const s of chosen) if (s.start.length === 10) withTimes(s, shared.start, shared.end, shared.minutes);
  const seen = new Set<string>();
  const sessions = chosen.filter((s) => !seen.has(s.start.slice(0, 10)) && !!seen.add(s.start.slice(0, 10))).sort((a, b) => (a.start < b.start ? -1 : 1)).slice(0, 200);
  return { sessions, strong: strong.length > 0, raw };
}

/** A window to arrange a visit in ("Between 26 April and 21 May 2027"): no session of its own. */
const WINDOW = /(?:^|\|)\s*(?:(?:some|any) ?time |at a (?:time|date) (?:to suit )?|to be arranged )?between\b[^|]*\band\b/i;

/** A line giving the times of every session ("All sessions are 4:00pm – 6:00pm", "Each twilight runs 4–5.30pm"). */
const ALL_SESSIONS = /\b(?:all|each|every|both)\s+(?:of the\s+)?(?:(?:training|coaching|course|programme|conference|workshop|online|face-to-face)\s+)?(?:sessions?|twilights?|meetings?|days?|workshops?|webinars?|modules?)\b/i;

function withTimes(s: Session, start: number, end: number | undefined, minutes?: number): void {
  const date = s.start.slice(0, 10);
  s.start = londonIso(date, start);
  if (end !== undefined) {
    s.end = londonIso(date, end);
    const h = minutes !== undefined ? Math.round((minutes / 60) * 100) / 100 : hoursBetween(s.start, s.end);
    if (h !== undefined) s.hours = h;
  }
}

/** Amounts that are no fee ("£100m of inward investment", "$1bn firm"). */
const BIG_MONEY = /[£€$]\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)\b/i;
/** Lines about another charge or another free thing than the course ("cancellation is free of charge"). */
const NOT_FEE = /\b(?:cancell?\w*|refunds?|substitut\w*|parking|postage|shipping|returns)\b/i;

/**
 * Whether a line prices the course (issue 19): a price label opens it ("Cost: £195") or it is short
 * ("£195 per delegate"); an amount inside a sentence ("the PC that cost only $35") is not a price.
 */
function priceContext(line: string): boolean {
  return PRICE_LABEL.test(line) && (line.length < 80 || PRICE_LABEL.exec(line)!.index < 4);
}

/** The price a page states: labelled lines first ("Cost: £195 + VAT"), then "fully funded"/"free" statements. */
export function readPagePrice(lines: readonly string[], loose = false): { price: Price; raw: string; confidence: number } | undefined {
  for (let i = 0; i < lines.length && i < 600; i++) {
    const line = lines[i]!;
    // A section heading such as "Upcoming events" ends the course's own text, unless it is the page's top line.
    if (STOP.test(line) && line.length < 60 && i > 2) break;
    if (!PRICE_LABEL.test(line) && !/[£€$]\s?\d/.test(line)) continue;
    if (NOT_FEE.test(line) || BIG_MONEY.test(line)) continue;
    let joined = line;
    // "Cost: Free. Optional hot lunch £15": the statement that opens the line is the price, not the add-on after it
    const free = readFreeOrFunded(line);
    let price = free && line.search(/[£€$]\s?\d/) > line.indexOf(free.text ?? '') ? free : (readPrice(line) ?? free);
    // A label above its amount, or above a table of amounts ("Fee" / "PhD candidates" / "€70 (early bird)").
    for (let k = 1; !price && line.length < 40 && k <= (line.length < 25 ? 3 : 1) && lines[i + k]; k++) {
      joined = `${line}\n${lines[i + k]}`;
      price = readPrice(joined) ?? readFreeOrFunded(joined);
    }
    if (price && (loose || priceContext(joined) || SALE.test(joined) || price.vat !== 'unknown' || price.basis !== 'unknown')) return { price, raw: joined, confidence: 0.75 };
  }
  for (let i = 0; i < lines.length && i < 600; i++) {
    const line = lines[i]!;
    if (STOP.test(line) && line.length < 60 && i > 2) break;
    if (NOT_FEE.test(line)) continue;
    const price = readFreeOrFunded(line);
    // "helps teachers through free training and tutorials" in a long paragraph is prose, not this course's price.
    if (price && line.length > 160 && /^free [a-z]/i.test(price.text ?? '')) continue;
    if (price) return { price, raw: line, confidence: 0.65 };
  }
  return undefined;
}

const OPTIONAL = /^\s*optional\b|\boptional (?:extra|add-?on|follow-?up|visit|session)\b/i;

/**
 * A labelled date line up to the sentence that turns to a deadline ("Start: September 2027. Applications
 * close on Friday 30 April 2027."): the deadline's date is not a session.
 */
function beforeDeadline(line: string): string {
  const m = NOT_COURSE_DATE.exec(line);
  if (!m || m.index === 0) return line;
  const stop = Math.max(line.lastIndexOf('. ', m.index), line.lastIndexOf('; ', m.index));
  return stop > 0 ? line.slice(0, stop + 1) : line;
}

/** An undated course's day as its times state it ("Timings are agreed with you, typically 9:00am – 3:30pm"). */
function dayTimes(lines: readonly string[]): { hours: number; raw: string } | undefined {
  for (let i = 0; i < lines.length && i < 300; i++) {
    const line = lines[i]!;
    if (line.length > 200 || OPTIONAL.test(line)) continue;
    const r = readDates(line);
    if (r.dates.length || r.start === undefined || r.end === undefined) continue;
    // the day's later parts, on this line or the timetable's next lines ("Morning session 9.00am–12.00pm; afternoon session 1.00pm–3.00pm")
    const hours = readTimeRange(lines.slice(i, i + 8).join('\n'))?.hours ?? (r.end - r.start) / 60;
    if (hours >= 1 && hours <= 10) return { hours: Math.round(hours * 100) / 100, raw: line.slice(0, 200) };
  }
  return undefined;
}

/** Hours since midnight of an ISO date-time as written ("2027-03-09T09:30+00:00" is 9.5). */
const clock = (iso: string | undefined): number | undefined => (iso && iso.length >= 16 ? Number(iso.slice(11, 13)) + Number(iso.slice(14, 16)) / 60 : undefined);

/**
 * The hours of a day whose timetable the page gives in parts ("9.30am – 3.15pm" on the date line, then
 * "Session 1, 9.30am–12.00pm … Session 2, 12.45pm–3.15pm"): the parts without the lunch between them,
 * when every dated session runs over that same day.
 */
function dayParts(lines: readonly string[], sessions: readonly Session[]): number | undefined {
  const start = clock(sessions[0]?.start);
  const end = clock(sessions[0]?.end);
  if (start === undefined || end === undefined || sessions.some((s) => clock(s.start) !== start || clock(s.end) !== end)) return undefined;
  for (let i = 0; i < lines.length && i < 300; i++) {
    const line = lines[i]!;
    if (line.length > 300 || !/\d[.:]\d\d/.test(line) || readDates(line).dates.length) continue;
    const day = readTimeRange(lines.slice(i, i + 8).join('\n'));
    if (day && Math.abs(day.end - end) < 0.01 && day.hours < end - start && Math.abs(day.start - start) <= 0.5) return day.hours;
  }
  return undefined;
}

/** Text heuristics over a page's or a card's lines: dates, price, hours, delivery, venue, audience, accreditation. */
export function textDraft(lines: readonly string[], hint: number | undefined, confidence = 1, loose = false): Draft {
  const d: Draft = {};
  const { sessions, strong, raw } = readSessions(lines, hint);
  const parts = dayParts(lines, sessions);
  if (parts !== undefined) for (const s of sessions) s.hours = parts;
  // Unlabelled dates anywhere on a whole page (tweets, news, footers) say nothing about the course; in a
  // card or the title's own block (confidence 1, or loose) they do.
  if (strong || loose || confidence >= 1) propose(d, 'sessions', sessions, 'text', (strong ? 0.7 : 0.4) * confidence, raw, 'text:dates');
  const price = readPagePrice(lines, loose);
  if (price) propose(d, 'price', price.price, 'text', price.confidence * confidence, price.raw, 'text:price');
  // an optional add-on's length ("Optional: a follow-up half-day visit") is not the course's
  const body = lines.slice(0, 300).filter((l) => !OPTIONAL.test(l)).join('\n');
  const hours = readHours(body) ?? (sessions.length ? undefined : dayTimes(lines));
  if (hours) propose(d, 'totalHours', hours.hours, 'text', 0.6 * confidence, hours.raw, 'text:hours');
  else if (sessions.length && sessions.every((s) => s.hours !== undefined)) {
    propose(d, 'totalHours', Math.round(sessions.reduce((a, s) => a + (s.hours ?? 0), 0) * 100) / 100, 'text', 0.5 * confidence, raw, 'text:session-times');
  }
  let location: Location | undefined;
  for (let i = 0; i < lines.length && i < 600; i++) {
    const line = lines[i]!;
    const venue = VENUE.exec(line) ?? VENUE_GLUED.exec(line);
    const delivery = /^(?:delivery|format|mode|how|venue|location|where|address|cyflwyno)\b\s*(?:[:?–-]|$)/i.test(line) ? deliveryOf(`${line} ${line.length < 20 ? (lines[i + 1] ?? '') : ''}`) : undefined;
    if (delivery && !d.delivery) propose(d, 'delivery', delivery, 'text', 0.7 * confidence, line, 'text:delivery');
    if (venue && !location) {
      const rest = (venue[1] || lines[i + 1] || '').trim();
      if (/[a-z]{3}/i.test(rest) && !OWN_SCHOOL.test(rest) && !deliveryOf(rest)?.startsWith('online') && !/\b(?:zoom|teams|webex|webinar|livestream)\b/i.test(rest)) {
        location = { name: cleanText(rest.split(/,\s*/)[0], 200) };
        const address = cleanText(rest, 300);
        if (address !== location.name) location.address = address;
        const pc = POSTCODE.exec(`${rest} ${lines[i + 1] ?? ''}`);
        if (pc) location.postcode = `${pc[1]} ${pc[2]}`;
      }
    }
    const aud = AUDIENCE.exec(line);
    if (aud && !d.audience) propose(d, 'audience', audienceOf(`${aud[1]} ${aud[1]!.length < 5 ? (lines[i + 1] ?? '') : ''}`), 'text', 0.6 * confidence, line, 'text:audience');
  }
  if (location?.name) propose(d, 'location', location, 'text', 0.6 * confidence, location.address ?? location.name, 'text:venue');
  if (!d.delivery) {
    // "blended" or "self-paced" is said on purpose; a bare "online" may be a passing mention.
    const mode = deliveryOf(body);
    propose(d, 'delivery', mode, 'text', (mode === 'blended' || mode === 'online-self-paced' ? 0.6 : 0.5) * confidence, undefined, 'text:delivery');
  }
  // A stated venue outweighs a passing mention of "online" elsewhere on the page.
  if (location) propose(d, 'delivery', 'face-to-face', 'text', 0.55 * confidence, location.name, 'text:venue');
  else if (!d.delivery && (POSTCODE.test(body) || (loose && VENUE_WORD.test(body)))) propose(d, 'delivery', 'face-to-face', 'text', 0.4 * confidence, undefined, 'text:venue');
  else if (!d.delivery) {
    // "will take place … at the University of Twente", "findet … in Köln statt", "veranstaltet am … im Seminar Eichstätt"
    const held = HELD_AT.exec(body.slice(0, 6000));
    if (held) propose(d, 'delivery', 'face-to-face', 'text', 0.45 * confidence, held[0], 'text:held-at');
  }
  const accreditation = accreditationOf(body);
  propose(d, 'accreditation', accreditation, 'text', 0.6 * confidence, accreditation[0], 'text:accreditation');
  return d;
}

/** The first link that books a place ("Book now", "Register", "Add to basket"), resolved and http(s) only. */
export function bookingLink(root: Element | null, base: string): string | undefined {
  if (!root) return undefined;
  // Tag lookups rather than a selector: cheaper on every DOM, and this runs once per catalogue card;
  // read by index rather than copied into arrays (the first 500 links, then the first 20 forms).
  const anchors = root.getElementsByTagName('a');
  const forms = root.getElementsByTagName('form');
  const nA = Math.min(anchors.length, 500);
  const n = nA + Math.min(forms.length, 20);
  for (let i = 0; i < n; i++) {
    const a = i < nA ? anchors[i]! : forms[i - nA]!;
    if (!a.hasAttribute('href') && !a.hasAttribute('action')) continue;
    const label = `${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''}`.slice(0, 200);
    if (!BOOK.test(label) && !(a.tagName.toUpperCase() === 'FORM' && BOOK.test(a.querySelector('button, [type="submit"]')?.textContent ?? ''))) continue;
    const href = a.getAttribute('href') ?? a.getAttribute('action') ?? '';
    // Signing up to a newsletter or an account books nothing.
    if (NOT_BOOKING.test(label) || NOT_BOOKING.test(href) || NOT_BOOKING_AROUND.test(a.parentElement?.textContent?.slice(0, 300) ?? '')) continue;
    if (href.startsWith('#')) continue;
    const url = safeUrl(href, base);
    if (url) return url;
  }
  return undefined;
}
