import type { Location, Price } from '../../model/index.ts';
import { cleanText, safeUrl } from '../clean.ts';
import { readHours } from '../../parse/hours.ts';
import { PRICE_LABEL, readFreeOrFunded, readPrice } from '../../parse/price.ts';
import { PUPIL_PRICE } from '../../facts/amounts.ts';
import { accreditationOf, audienceOf, deliveryOf } from '../../parse/words.ts';
import { type Draft, propose } from '../types.ts';
import { dayParts, dayTimes, OPTIONAL, readSessions, seriesHours, STOP } from './sessions.ts';

export { earlyYearHint, ownLines, readSessions, yearHint } from './sessions.ts';

const VENUE = /^(?:venue|location|where|address|lleoliad|ort|veranstaltungsort|lieu|locatie)\b\s*:?\s*(.*)$/i;
/** A label run into its value by a widget's markup: "LocationEindhoven". */
const VENUE_GLUED = /^(?:Venue|Location|Where|Address)([A-Z].*)$/;
const AUDIENCE = /^(?:who is (?:it|this|the course) for|audience|suitable for|aimed at|for|who should attend|designed for|target audience|ar gyfer)\b\s*[:?]?\s*(.*)$/i;
const BOOK = /\b(?:book|booking|register|enrol|reserve|sign up|apply|buy|(?:get|grab) (?:your |a )?tickets?|add to (?:basket|cart)|start your application|join the (?:network|programme|course|work ?group)|request a date|archebu|cofrestru)\b/i;
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
    // a price per pupil is a product's or a pupils' workshop's ("MarkSmart for schools from £3.50 per pupil per year"), not a member of staff's training
    if (NOT_FEE.test(line) || BIG_MONEY.test(line) || PUPIL_PRICE.test(line)) continue;
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

/**
 * The hours the body states in words ("6 hours CPD", "two days"), or an undated course's day from its lines' times;
 * undefined where the dated sessions' own times say more: "three full-day sessions" beside those days' times,
 * or nothing stated beside dated sessions. A bare "full day" or "half day" gives way to the day's own timetable
 * ("09:00–12:00 Keynote", "13:00–15:00 Workshop").
 */
function statedHours(body: string, lines: readonly string[], dated: boolean, timed: boolean): { hours: number; raw: string } | undefined {
  const stated = readHours(body);
  if (!stated) return dated ? undefined : dayTimes(lines);
  if (timed && /\bdays?\b/i.test(stated.raw) && !/\bhours?\b/i.test(stated.raw)) return undefined;
  if (!dated && /^(?:half|full)[- ]day$/i.test(stated.raw.trim())) return dayTimes(lines) ?? stated;
  return stated;
}

/** Text heuristics over a page's or a card's lines: dates, price, hours, delivery, venue, audience, accreditation. */
export function textDraft(lines: readonly string[], hint: number | undefined, confidence = 1, loose = false): Draft {
  const d: Draft = {};
  const { sessions, strong, raw } = readSessions(lines, hint);
  const parts = dayParts(lines, sessions);
  if (parts !== undefined) for (const s of sessions) s.hours = parts;
  // dates with no times of their own, on a page whose timetable gives the day ("9.00am – 12.00pm … 1.00pm – 3.30pm"): each date is such a day
  else if (sessions.length && sessions.every((s) => s.hours === undefined && !s.start.includes('T'))) {
    const day = dayTimes(lines, false);
    if (day) for (const s of sessions) s.hours = day.each;
  }
  // Unlabelled dates anywhere on a whole page (tweets, news, footers) say nothing about the course; in a
  // card or the title's own block (confidence 1, or loose) they do.
  if (strong || loose || confidence >= 1) propose(d, 'sessions', sessions, 'text', (strong ? 0.7 : 0.4) * confidence, raw, 'text:dates');
  const price = readPagePrice(lines, loose);
  if (price) propose(d, 'price', price.price, 'text', price.confidence * confidence, price.raw, 'text:price');
  // an optional add-on's length ("Optional: a follow-up half-day visit") is not the course's
  const body = lines.slice(0, 300).filter((l) => !OPTIONAL.test(l)).join('\n');
  const timed = sessions.length > 0 && sessions.every((s) => s.hours !== undefined);
  const hours = statedHours(body, lines, sessions.length > 0, timed);
  if (hours) propose(d, 'totalHours', hours.hours, 'text', 0.6 * confidence, hours.raw, 'text:hours');
  else if (timed) {
    // the dated sessions' hours, and those of a series the page counts besides them ("eight online clinics, 7.00pm – 8.30pm")
    const series = seriesHours(lines, sessions);
    const total = sessions.reduce((a, s) => a + (s.hours ?? 0), 0) + (series?.hours ?? 0);
    propose(d, 'totalHours', Math.round(total * 100) / 100, 'text', 0.5 * confidence, series ? `${raw}\n${series.raw}` : raw, 'text:session-times');
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

/** A control inside a newsletter or comment box ("Sign up to our mailing list – Register"): it books nothing. */
const besideSignUp = (el: Element): boolean => NOT_BOOKING_AROUND.test(el.parentElement?.textContent?.slice(0, 300) ?? '');

/**
 * Whether the block has a control that books a place on the page itself: a button, or a link to "#" or to a
 * script ("<a href=\"#\">Book</a>", "<button>Register</button>"), as booking widgets draw them.
 */
export function bookingControl(root: Element | null): boolean {
  if (!root) return false;
  for (const tag of ['a', 'button']) {
    const els = root.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < 300; i++) {
      const el = els[i]!;
      const href = el.getAttribute('href') ?? '';
      if (tag === 'a' && !/^(?:#|javascript:)/i.test(href)) continue;
      const label = `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`.slice(0, 200);
      if (BOOK.test(label) && !NOT_BOOKING.test(label) && !besideSignUp(el)) return true;
    }
  }
  return false;
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
    if (NOT_BOOKING.test(label) || NOT_BOOKING.test(href) || besideSignUp(a)) continue;
    if (href.startsWith('#')) continue;
    const url = safeUrl(href, base);
    if (url) return url;
  }
  return undefined;
}
