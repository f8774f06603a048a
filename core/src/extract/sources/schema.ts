import type { Location, Price, Session } from '../../model/index.ts';
import { cleanText, safeUrl } from '../clean.ts';
import { isoHours } from '../../parse/hours.ts';
import { readAmount, readFreeOrFunded } from '../../parse/price.ts';
import { readDates } from '../../parse/dates.ts';
import { CURRENCY_SIGN } from '../../parse/price.ts';
import { hoursBetween, londonIso, normaliseIso } from '../../parse/time.ts';
import { audienceOf, CPD_WORDS, deliveryOf, formatOf } from '../../parse/words.ts';
import { type Draft, propose } from '../types.ts';
import { nodeVerdict, type Rejected, STRONG_LEARNING } from '../learning.ts';

/** A schema.org node read from JSON-LD, microdata or RDFa: a null-prototype bag of property values. */
export type SNode = Record<string, unknown>;
type Src = 'json-ld' | 'microdata' | 'rdfa';
/**
 * How structured sources read a page: `loose` accepts any event-like type that is not a show or goods;
 * `currency` is the page's own; `learns` says the page itself speaks of learning (a generic Event on it
 * counts); what is turned away is added to `rejected`.
 */
export interface ReadOptions {
  loose?: boolean;
  currency?: string;
  learns?: boolean;
  rejected?: Rejected[];
  /** Counts the candidates turned away as plainly something else (a show, sport, goods). */
  firm?: { count: number };
}

/** Types that describe a bookable learning opportunity; music or sports events do not. */
const EDU_WORDS = /\b(?:teach\w*|schools?|pupils?|classroom|curriculum|education\w*|learning|lessons?|sencos?|phonics|leaders?|governors?|staff|research|data|science)\b/i;
/** Events that are plainly not professional learning, whatever words they share with it. */
export const NOT_EDU = /\b(?:exhibition|tentoonstelling|tentoonstellingen|expositie|concerts?|gigs?|tour dates|live music|match|fixtures)\b/i;
const COURSE_TYPES = new Set(['Course', 'CourseInstance', 'EducationEvent', 'Event', 'BusinessEvent', 'EducationalOccupationalProgram', 'Product', 'SocialEvent', 'Hackathon']);

/** A schema.org type or property name without its prefix ("schema:name", "http://schema.org/Course"). */
export function bare(name: string): string {
  return name.replace(/^(?:https?:\/\/schema\.org\/|schema:|sdo:)/i, '').trim();
}

/** Whether a value is a plain object node. */
export const isNode = (v: unknown): v is SNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The node's types, unprefixed. */
export function typesOf(node: SNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map(bare);
}

/** All values of a property, as a list. */
export function vals(node: SNode | undefined, key: string): unknown[] {
  if (!node) return [];
  const v = node[key];
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

const first = (node: SNode | undefined, key: string): unknown => vals(node, key)[0];

/** A property's value as plain text: strings, numbers, {@value}, or a node's name. */
export function textVal(v: unknown, max = 300): string {
  if (typeof v === 'string' || typeof v === 'number') return cleanText(v, max);
  if (Array.isArray(v)) return textVal(v[0], max);
  if (isNode(v)) return textVal(v['@value'] ?? v['name'] ?? v['value'], max);
  return '';
}

/** Whether a node is event-like or goods: a candidate for a course at all. */
function candidateType(types: string[]): boolean {
  return types.some((t) => COURSE_TYPES.has(t) || /Event$/.test(t));
}

/**
 * Whether a node is a learning opportunity (issue 19). Shows, sport, goods and events with no sign of
 * learning are turned away in every context, each added to `read.rejected` with why. Browsing, a
 * Product or an Event of no more specific type must also speak of learning itself.
 */
export function isCourseNode(node: SNode, read: ReadOptions = {}): boolean {
  const types = typesOf(node);
  if (!candidateType(types)) return false;
  const name = textVal(node['name'] ?? node['headline']);
  const words = `${textVal(node['category'])} ${textVal(node['description'], 600)}`;
  const performers = vals(node, 'performer').filter(isNode).flatMap(typesOf);
  const host = ['organizer', 'provider'].map((k) => textVal(vals(node, k)[0], 200)).join(' ');
  const verdict = nodeVerdict({ types, name, words, performers, host }, read.learns ?? false);
  let why = verdict?.why;
  if (verdict?.firm && read.firm) read.firm.count++;
  if (!why && !read.loose) {
    if (!types.some((t) => COURSE_TYPES.has(t)) && !STRONG_LEARNING.test(name)) why = 'not a course type, and read while browsing';
    else if (types.every((t) => t === 'Product' || t === 'Event' || t === 'SocialEvent') && !(CPD_WORDS.test(`${name} ${words}`) || EDU_WORDS.test(`${name} ${words}`))) why = 'an event or product that does not name learning, read while browsing';
  }
  if (why && read.rejected && read.rejected.length < 50 && name) read.rejected.push({ title: name, why });
  return !why;
}

/** Turns one course-like node into field candidates. */
export function schemaDraft(node: SNode, source: Src, pageUrl: string, path: string, deref: (v: unknown) => unknown = (v) => v, currency = 'GBP'): Draft {
  const d: Draft = {};
  const node$ = (v: unknown): SNode | undefined => { const x = deref(v); return isNode(x) ? x : undefined; };
  const types = typesOf(node);
  const title = textVal(first(node, 'name') ?? first(node, 'headline'), 300);
  propose(d, 'title', title, source, 0.95, title, `${path}.name`);
  propose(d, 'description', textVal(first(node, 'description'), 5000), source, 0.9, undefined, `${path}.description`);
  for (const key of ['provider', 'organizer', 'brand', 'seller', 'publisher']) {
    const p = textVal(deref(first(node, key)), 200);
    if (p) { propose(d, 'provider', p, source, 0.9, p, `${path}.${key}`); break; }
  }
  const url = safeUrl(textVal(first(node, 'url'), 2048) || undefined, pageUrl);
  propose(d, 'url', url, source, 0.8, url, `${path}.url`);
  const instances = [...vals(node, 'hasCourseInstance'), ...vals(node, 'subEvent')].map(node$).filter((x): x is SNode => !!x).slice(0, 200);
  const own = [node, ...instances];
  const sessions: Session[] = [];
  for (const n of own) {
    const sched = node$(first(n, 'eventSchedule') ?? first(n, 'courseSchedule'));
    const start = dateOf(first(n, 'startDate')) ?? dateOf(first(sched, 'startDate'));
    if (!start) continue;
    const end = dateOf(first(n, 'endDate'));
    const s: Session = { start };
    if (end && end >= start) s.end = end;
    const h = hoursBetween(start, s.end);
    if (h !== undefined) s.hours = h;
    if (!sessions.some((x) => x.start.slice(0, 10) === s.start.slice(0, 10))) sessions.push(s);
  }
  sessions.sort((a, b) => (a.start < b.start ? -1 : 1));
  propose(d, 'sessions', sessions, source, 0.9, sessions[0]?.start, `${path}.startDate`);
  for (const n of own) {
    for (const key of ['timeRequired', 'courseWorkload', 'duration']) {
      const h = isoHours(textVal(first(n, key), 30));
      if (h !== undefined) { propose(d, 'totalHours', h, source, 0.8, textVal(first(n, key)), `${path}.${key}`); break; }
    }
    if (d.totalHours) break;
  }
  if (!d.totalHours && sessions.length && sessions.every((s) => s.hours !== undefined)) {
    const sum = Math.round(sessions.reduce((a, s) => a + (s.hours ?? 0), 0) * 100) / 100;
    propose(d, 'totalHours', sum, source, 0.75, sessions[0]!.start, `${path}.startDate`);
  }
  for (const n of own) {
    const modes = [...vals(n, 'courseMode'), ...vals(n, 'eventAttendanceMode'), ...vals(n, 'educationalProgramMode')].map((v) => textVal(v, 80)).join(' ');
    const loc = node$(first(n, 'location'));
    const virtual = loc && typesOf(loc).includes('VirtualLocation') ? ' online' : '';
    const mode = deliveryOf(`${modes.replace(/https?:\/\/schema\.org\//g, '')}${virtual}`.replace(/\bonsite\b/i, 'face-to-face'));
    if (mode) { propose(d, 'delivery', mode, source, 0.85, modes || 'VirtualLocation', `${path}.courseMode`); break; }
  }
  for (const n of own) {
    const loc = locationOf(deref(first(n, 'location')), deref);
    if (loc) { propose(d, 'location', loc, source, 0.85, loc.name ?? loc.address, `${path}.location`); break; }
  }
  // Only a Place, no mode: weak, so what the page says ("blended", "online via Zoom") can overrule it.
  if (!d.delivery && d.location) propose(d, 'delivery', 'face-to-face', source, 0.15, 'Place', `${path}.location`);
  const offers = own.flatMap((n) => vals(n, 'offers')).map(node$).filter((x): x is SNode => !!x);
  for (const o of offers) {
    const price = priceOf(o, node$, currency);
    if (price) { propose(d, 'price', price, source, 0.9, price.text, `${path}.offers`); break; }
  }
  if (!d.price && (first(node, 'isAccessibleForFree') === true || textVal(first(node, 'isAccessibleForFree')) === 'true')) {
    propose(d, 'price', { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'free' }, source, 0.8, 'isAccessibleForFree', `${path}.isAccessibleForFree`);
  }
  // no offer: the event's own description may say it is free ("This event is free to attend, but registration is required")
  const stated = d.price ? undefined : readFreeOrFunded(textVal(first(node, 'description'), 600));
  if (stated) propose(d, 'price', stated, source, 0.6, stated.text, `${path}.description`);
  for (const o of offers) {
    const target = safeUrl(textVal(first(o, 'url'), 2048) || undefined, pageUrl);
    if (target) { propose(d, 'bookingUrl', target, source, 0.85, target, `${path}.offers.url`); break; }
  }
  const action = node$(first(node, 'potentialAction'));
  const target = action ? first(action, 'target') : undefined;
  const actionUrl = safeUrl(isNode(target) ? textVal(target['urlTemplate'], 2048) : textVal(target, 2048), pageUrl);
  propose(d, 'bookingUrl', actionUrl, source, 0.8, actionUrl, `${path}.potentialAction`);
  const audience = [first(node, 'audience'), first(node, 'educationalLevel')].map((v) => { const n = node$(v); return n ? textVal(n['audienceType'] ?? n['name']) : textVal(v); }).join(' ');
  const aud = audience.trim() ? audienceOf(audience) : undefined;
  propose(d, 'audience', aud, source, 0.7, audience, `${path}.audience`);
  const creds = [...vals(node, 'educationalCredentialAwarded'), ...vals(node, 'occupationalCredentialAwarded')].map((v) => textVal(deref(v), 200)).filter(Boolean).slice(0, 20);
  propose(d, 'accreditation', creds, source, 0.85, creds[0], `${path}.educationalCredentialAwarded`);
  const format = types.includes('EducationalOccupationalProgram') ? 'programme' : (formatOf(title) ?? (types.includes('Course') ? 'course' : undefined));
  propose(d, 'format', format, source, 0.6, types.join(','), `${path}.@type`);
  return d;
}

/** A structured date: ISO (repaired when malformed), else a written date ("Sat 30 April 2016, 7pm"). */
function dateOf(v: unknown): string | undefined {
  const raw = textVal(v, 60);
  const iso = normaliseIso(raw.slice(0, 40));
  if (iso || !raw) return iso;
  const r = readDates(raw);
  const date = r.dates[0];
  return date && r.start !== undefined ? londonIso(date, r.start) : date;
}

function priceOf(offer: SNode, node$: (v: unknown) => SNode | undefined, pageCurrency: string): Price | undefined {
  const spec = node$(first(offer, 'priceSpecification'));
  const raw = first(offer, 'price') ?? first(offer, 'lowPrice') ?? first(spec, 'price');
  const amount = readAmount(typeof raw === 'number' ? raw : textVal(raw, 40));
  if (amount === undefined) {
    return /^free$/i.test(textVal(first(offer, 'category'), 40)) ? { amount: 0, currency: pageCurrency, vat: 'unknown', basis: 'free', text: 'Free' } : undefined;
  }
  const cur = textVal(first(offer, 'priceCurrency') ?? first(spec, 'priceCurrency'), 10).toUpperCase();
  // The page's own currency when the offer names none: never GBP by default on a euro page (issue 10).
  const currency = /^[A-Z]{3}$/.test(cur) ? cur : (CURRENCY_SIGN[cur] ?? pageCurrency);
  const vatFlag = first(spec, 'valueAddedTaxIncluded') ?? first(offer, 'valueAddedTaxIncluded');
  const vat = vatFlag === true || vatFlag === 'true' ? 'included' : vatFlag === false || vatFlag === 'false' ? 'excluded' : 'unknown';
  return { amount, currency, vat, basis: amount === 0 ? 'free' : 'unknown', text: `${currency} ${amount}` };
}

function locationOf(v: unknown, deref: (v: unknown) => unknown): Location | undefined {
  if (typeof v === 'string') {
    const name = cleanText(v, 200);
    return name ? { name } : undefined;
  }
  if (!isNode(v) || typesOf(v).includes('VirtualLocation')) return undefined;
  const out: Location = {};
  const name = textVal(v['name'], 200);
  if (name) out.name = name;
  const addr = deref(first(v, 'address')) ?? (typesOf(v).includes('PostalAddress') ? v : undefined);
  if (typeof addr === 'string') out.address = cleanText(addr, 300);
  else if (isNode(addr)) {
    const parts = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode'].map((k) => textVal(addr[k], 120)).filter(Boolean);
    if (parts.length) out.address = parts.join(', ').slice(0, 300);
    const pc = textVal(addr['postalCode'], 10);
    if (pc) out.postcode = pc;
  }
  return Object.keys(out).length ? out : undefined;
}
