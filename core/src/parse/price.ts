import type { Price, PriceBasis } from '../model/index.ts';
import { collapseSpaces } from './spaces.ts';

const MONEY =
  /(£|€|\$|\b(?:GBP|EUR|USD)\s?)\s?(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?(?![\d,]\d)|\b(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.(\d{1,2}))?\s?(GBP|EUR|USD)\b/gi;
const SYMBOL: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD', GBP: 'GBP', EUR: 'EUR', USD: 'USD' };
/** Currency signs to ISO codes. */
export const CURRENCY_SIGN: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', $: 'USD' };

/** The currency a page prices in: its first £, € or $ sign or GBP/EUR/USD code; GBP when it shows none. */
export function pageCurrency(text: string): string {
  const m = /[£€$]|\b(?:GBP|EUR|USD)\b/.exec(text.slice(0, 50_000));
  return m ? (SYMBOL[m[0]] ?? 'GBP') : 'GBP';
}

const VAT_EXCL = /^\s*\(?\s*(?:\+|plus)\s*vat|^[^£€$]{0,25}?\b(?:ex|exc|excl|excluding|exclusive of|before|not including)\.?\s+vat\b|^[^£€$]{0,25}?\b(?:exclusief|excl\.?) btw/i;
const VAT_INCL = /^[^£€$]{0,25}?\b(?:inc|incl|including|inclusive of)\.?\s+(?:vat|tax)\b|^[^£€$]{0,25}?\b(?:vat|tax) (?:included|inclusive|incl)/i;
const VAT_EXEMPT = /^[^£€$]{0,30}?\b(?:no vat|vat[- ]exempt|exempt from vat|vat (?:is )?not (?:payable|applicable|charged))/i;
const PER_PERSON = /^[^£€$]{0,40}?\b(?:per|a|each|\/)\s?(?:delegate|person|participant|attendee|head|teacher|learner|place|ticket|individual|member of staff|candidate|practitioner|governor|pupil|child|user|seat|TA|teaching assistant|trainee|ECT|apprentice)\b|^\s{0,3}y (?:cynrychiolydd|person|mynychwr|cyfranogwr|athro|athrawes)\b/i;
const PER_SCHOOL = /^[^£€$]{0,40}?\b(?:per|a|each|\/)\s?(?:school|setting|academy|trust|site|organisation|institution|federation)\b|^[^£€$]{0,40}?\b(?:whole[- ]school|school licence|school subscription)/i;
const PER_GROUP = /^[^£€$]{0,40}?\b(?:per|a|each)\s?(?:group|team|cohort|department)\b|^[^£€$]{0,40}?\bfor (?:a group of |up to )(\d{1,4})\b/i;
const COUNT_WORD: Record<string, number> = { one: 1, both: 2, two: 2, pair: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40 };
const N = `(\\d{1,4}|${Object.keys(COUNT_WORD).join('|')})`;
const WHO = '(?:[a-z-]+\\s+){0,2}?(?:members? of staff|staff|teachers?|delegates?|participants?|people|places?|colleagues?|attendees?|practitioners?|leads?|leaders?|persons?|learners?)\\b';
/** The staff a shared price covers: "for up to 40 staff", "covering three teachers", "covering the pair of teachers", "(one place at each meeting)", "group of up to 12 learners". */
const COVERS = new RegExp(`\\bfor (?:a group of |up to )${N}\\b|\\bgroups? of (?:up to )?${N}\\b|\\b(?:cover(?:s|ing)?|for|includes?|including|allows?|admits?|up to)\\s+(?:up to\\s+)?${N}\\s+${WHO}|\\(\\s*${N}\\s+${WHO}|\\b(?:cover(?:s|ing)?|for|includes?|including)\\s+(?:the |a )?(pair)\\b`, 'i');

/** The number of staff a shared price covers, as a text states it, or undefined. */
export function coversIn(text: string): number | undefined {
  const m = COVERS.exec(text);
  const said = m?.slice(1).find((g) => g !== undefined)?.toLowerCase();
  const n = said === undefined ? 0 : (COUNT_WORD[said] ?? Number(said));
  return n >= 1 && n <= 10_000 ? n : undefined;
}
/** A charge that is not the course fee: "a resubmission fee of £150", "cancellation charge: £50". */
const EXTRA_CHARGE = /\b(?:re-?submission|resits?|re-?takes?|late(?: booking)?|cancell?ation|non-attendance|admin(?:istration)?|replacement|transfer)\s+(?:fees?|charges?)\s*(?:of|is|:)?\s*$/i;
const STRUCK = /\b(?:was|rrp|usually|normally|save|saving|worth)\s*:?\s*$/i;

/** Reads a number such as "1,250", "195.00" or "£195" from structured data; absurd values are refused. */
export function readAmount(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 && input <= 10_000_000 ? input : undefined;
  if (typeof input !== 'string' || input.length > 40) return undefined;
  const m = /^\s*(?:[£€$]|GBP|EUR|USD)?\s*(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.(\d{1,2})\d*)?\s*(?:GBP|EUR|USD)?\s*$/i.exec(input);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
  return n <= 10_000_000 ? n : undefined;
}

const amountOf = (m: RegExpMatchArray): number => Number((m[2] ?? m[4] ?? '').replace(/,/g, '') + (m[3] ?? m[5] ? `.${m[3] ?? m[5]}` : ''));

/** The first advertised price in a snippet, with its VAT treatment and basis ("£195 + VAT per delegate"). */
export function readPrice(text: string): Price | undefined {
  const s = text.slice(0, 2000);
  // exec on the one global pattern rather than matchAll, which copies the RegExp on every call (every line with a £)
  const all: RegExpExecArray[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(s); m && all.length < 50; m = MONEY.exec(s)) all.push(m);
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    const start = m.index;
    if (STRUCK.test(s.slice(Math.max(0, start - 14), start)) || EXTRA_CHARGE.test(s.slice(Math.max(0, start - 40), start))) continue;
    // "$89$82", "£120 £95": a struck-through price shown right before the price asked.
    const sale = all[k + 1];
    if (sale && sale.index - (start + m[0].length) <= 1 && (sale[1] ?? '').trim() === (m[1] ?? '').trim() && amountOf(sale) < amountOf(m)) continue;
    const code = SYMBOL[(m[1] ?? m[6] ?? '').trim().toUpperCase()] ?? SYMBOL[(m[1] ?? '').trim()] ?? 'GBP';
    const whole = (m[2] ?? m[4] ?? '').replace(/,/g, '');
    const pence = m[3] ?? m[5];
    const amount = Number(whole + (pence ? `.${pence}` : ''));
    if (!Number.isFinite(amount) || amount > 10_000_000) continue;
    const end = start + m[0].length;
    const next = s.slice(end).search(/[£€$]/);
    const cut = s.slice(end, next < 0 ? end + 80 : end + Math.min(next, 80));
    const after = cut.split('\n')[0]!;
    const price: Price = { amount, currency: code, vat: vatOf(after), basis: amount === 0 ? 'free' : basisOf(after) };
    const covers = price.basis === 'per-group' || price.basis === 'per-school' ? coversIn(after) : undefined;
    if (covers !== undefined) price.covers = covers;
    price.text = collapseSpaces(m[0] + after).trim().slice(0, 120);
    return price;
  }
  return undefined;
}

function vatOf(after: string): Price['vat'] {
  if (VAT_EXCL.test(after)) return 'excluded';
  if (VAT_INCL.test(after)) return 'included';
  if (VAT_EXEMPT.test(after)) return 'exempt';
  return 'unknown';
}

function basisOf(after: string): PriceBasis {
  if (PER_PERSON.test(after)) return 'per-participant';
  if (PER_SCHOOL.test(after)) return 'per-school';
  if (PER_GROUP.test(after)) return 'per-group';
  return 'unknown';
}

const FUNDED = /\b(?:fully[- ]funded|(?:dfe|government)[- ]funded|funded by the (?:dfe|department for education)|scholarship funding|fully subsidised|at no cost to (?:your |the )?school|funded places?)\b/i;
const FREE = /^(?:cost|costs|price|fee|fees|ticket|tickets|charge|admission|pris|cost per delegate)s?\s*:?\s*(?:[-–:]\s*)?free\b|\bfree of charge\b|\bno charge\b|\bfree to attend\b|\b(?:event|course|session|workshop|webinar|training) is free\b|\(free\) (?:event|course|session|workshop|webinar)\b|\bfree (?:webinar|event|course|session|place|places|training|cpd|online event)\b|\bfree for (?:all )?(?:schools|teachers|staff)\b|(?:^|\|)\s*free\b(?! (?:delivery|shipping|returns|postage|p&p|gift|trial|download|parking|wifi|wi-fi))|\b(?:entrance|entry|admission|participation|attendance) (?:is )?free\b|\bfree (?:admission|entry|entrance)\b|\b(?:teilnahme|eintritt)\b[^.\n]{0,90}\b(?:kostenlos|kostenfrei|frei)\b|\bam ddim\b|\b(?:cost|price|fee|tickets?)\s*:\s*free\b|\b(?:ticket|price|cost)s?\s*:?\s*£0(?:\.00)?\b/i;

/**
 * Free only for some ("Free to Harbour Learning Trust schools", "free for members", "free for maintained
 * schools"): a rate for those named, not the price for every school (issue 22). "Free to attend", "free
 * for all", "free for schools" and "free for teachers" say nothing of who is left out.
 */
export const FREE_FOR_SOME = /\b[Ff]ree(?: of charge)? (?:to|for) (?:[Aa]ll )?(?:[Oo]ur |[Tt]he )?(?!(?:[Aa]ll\b(?! (?:[Oo]ur )?(?:[Mm]ember|[Pp]artner|[Ss]ubscriber))|[Aa]ny|[Ee]very(?:one|body)?|[Ss]chools?|[Tt]eachers?|[Ss]taff|[Ee]ducators?|[Pp]articipants?|[Dd]elegates?|[Aa]ttend|[Dd]ownload|[Uu]se|[Jj]oin|[Bb]ook|[Rr]egister|[Yy]ou|UK)\b)(?:[Mm]embers?(?! and non-?members?)|[Mm]ember schools?|[Pp]artners?|[Pp]artner schools?|[Ss]ubscribers?|[Tt]rust schools?|[Mm]aintained schools?|[Aa]cadem(?:y|ies)|[Ss]tate(?:[- ]funded)? schools?|[A-Z][\w'’-]*)\b/;

/** "Fully funded" or "Free" statements, as zero prices that say why the school pays nothing; never "free" for some only. */
export function readFreeOrFunded(text: string): Price | undefined {
  const s = text.slice(0, 600);
  const f = FUNDED.exec(s);
  if (f) return { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'funded', text: f[0] };
  const m = FREE.exec(s);
  if (!m) return undefined;
  const some = FREE_FOR_SOME.exec(s);
  if (some && some.index <= m.index + m[0].length && m.index <= some.index + some[0].length) return undefined;
  return { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'free', text: m[0] };
}

/** Labels that make a line a price line ("Cost:", "Fee", "Tickets", "£195 + VAT"). */
export const PRICE_LABEL = /\b(?:cost|costs|price|prices|fee|fees|ticket|tickets|investment|charge|booking|per delegate|per person|per school|vat|pris|ffi|cost:)\b/i;
