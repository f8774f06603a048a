/**
 * Facts the page states two ways: a price and "free", a venue and "online via Zoom", "one day" and
 * "six weeks". Both values are kept with their words and become a question naming both; the reading
 * never silently picks one.
 */
import type { Conflict } from '../model/facts.ts';
import { money } from '../text/format.ts';
import type { TypedAmount } from './amounts.ts';
import { AUDIENCE, PRICE_WORDS } from './amounts.ts';
import type { Part } from './structure.ts';
import { titleKey } from '../text/title-key.ts';
import { FREE_FOR_SOME } from '../parse/price.ts';

const FREE = /^(?:free|free of charge|free to attend|no charge|£0(?:\.00)?)\b|\b(?:this|the) (?:[\w-]+ )?(?:course|event|session|training|webinar|programme|network|twilight|workshop|day) is (?:completely )?free\b|\bfree to attend\b|\bfree (?:for|to) all\b|\bfree (?:cpd|training|courses?|events?|webinars?|sessions?|places?|programmes?)\b(?! certificates?)/i;
const PLACE_LABEL = /^(?:venue|location|where|address)$/;
const MODE_LABEL = /^(?:delivery|format|mode|how|venue|location|where)$/;
const ONLINE = /\b(?:online|zoom|teams|webinar|virtual|remote)\b/i;
/** Said of the course itself: "Live online via Zoom". */
const LIVE_ONLINE = /\b(?:live online|online via|via zoom|on zoom|via (?:microsoft )?teams|delivered online|runs online|held online)\b/i;
/** Online parts that are not the course's delivery: recordings, resources, booking, follow-up calls. */
const NOT_THE_COURSE = /\b(?:record|resource|material|portal|book|follow[- ]up|clinic|call|coaching|also available|alternatively)/i;
const BOTH = /\b(?:blended|hybrid|and online|or online|online and|in person and|face[- ]to[- ]face and|choice of)\b/i;
const LENGTH_LABEL = /^(?:duration|length|course length|format|time commitment|how long)$/;
const ONE_DAY = /\b(?:one|1|a single)[- ]day\b(?! (?:a|per) week)/i;
const WEEKS = /\b(?:over|across|lasting)?\s*(?:(\d{1,2}|two|three|four|five|six|seven|eight|ten|twelve))[- ]weeks?\b(?![- ]+(?:access|notice|before|after))/i;

/** The conflicts among a block's typed amounts and labelled parts. */
export function readConflicts(parts: readonly Part[], amounts: readonly TypedAmount[], fee: TypedAmount | undefined, title?: string): Conflict[] {
  const out: Conflict[] = [];
  if (fee && fee.price.amount > 0) {
    const free = parts.find((p) => FREE.test(p.text) && !FREE_FOR_SOME.test(p.text) && !freeForNamed(p) && !ALLOCATED.test(p.text) && !/^[“"]/.test(p.text) && !/\b(?:related|other|more|upcoming)\b/i.test(p.heading) && (PRICE_WORDS.test(p.label ?? '') || !/^free\b/i.test(p.text) || /^free (?:cpd|training|course|event|webinar)/i.test(p.text) || /^free[.!]?$/i.test(p.text.trim())));
    if (free) out.push({ field: 'price', values: [shown(fee), 'free'], quotes: [fee.quote, free.text.slice(0, 300)] });
    // two fees for the same participants, neither saying who it is for (before it or after it, "… for independent schools"),
    // of a size that could be the same course's (a £29.99 toolkit beside a £175 day is something else): the page contradicts itself
    const comparable = (a: TypedAmount): boolean => Math.min(a.price.amount, fee.price.amount) >= 0.5 * Math.max(a.price.amount, fee.price.amount);
    const other = amounts.find((a) => a.type === 'fee' && a !== fee && a.quote !== fee.quote && a.price.amount !== fee.price.amount && sameBasis(a, fee) && a.price.currency === fee.price.currency && !a.qualified && !fee.qualified && !a.schools && !fee.schools && comparable(a) && !namesAnother(a, title));
    if (other && !out.length) out.push({ field: 'price', values: [shown(fee), shown(other)], quotes: [fee.quote, other.quote] });
  }
  const place = parts.find((p) => PLACE_LABEL.test(p.label ?? '') && !ONLINE.test(p.text) && /[A-Z][a-z]{2,}/.test(p.text));
  const online = parts.find((p) => (MODE_LABEL.test(p.label ?? '') ? ONLINE.test(p.text) : LIVE_ONLINE.test(p.text) && p.text.length < 200 && !NOT_THE_COURSE.test(p.text)) && !BOTH.test(p.text));
  if (place && online) out.push({ field: 'delivery', values: [place.text.slice(0, 120), online.text.slice(0, 120)], quotes: [place.text.slice(0, 300), online.text.slice(0, 300)] });
  // a length counts only as a labelled fact ("Duration: one day") against another stated length
  const day = parts.find((p) => ONE_DAY.test(p.text) && !/^[“"]/.test(p.text) && !WEEKS.test(p.text));
  const weeks = parts.find((p) => WEEKS.test(p.text) && !/^[“"]/.test(p.text) && !ONE_DAY.test(p.text) && !/\b(?:per|a|each|every) week\b|\bweeks? (?:before|after|notice|later|apart)\b|\bgap\b|\bfollow/i.test(p.text));
  if (day && weeks && (LENGTH_LABEL.test(day.label ?? '') || LENGTH_LABEL.test(weeks.label ?? ''))) out.push({ field: 'length', values: [ONE_DAY.exec(day.text)![0], WEEKS.exec(weeks.text)![0].trim()], quotes: [day.text.slice(0, 300), weeks.text.slice(0, 300)] });
  return out.slice(0, 6);
}

/** Two amounts for the same basis: one per participant ("£395 + VAT per delegate") and a fee that does not say ("The fee of £450 + VAT covers both days") are. */
const sameBasis = (a: TypedAmount, b: TypedAmount): boolean =>
  a.price.basis === b.price.basis || (a.price.basis === 'unknown' && b.price.basis === 'per-participant' && FEE_WORD.test(a.quote)) || (a.price.basis === 'per-participant' && b.price.basis === 'unknown' && FEE_WORD.test(b.quote));
/** An amount its own sentence calls the fee or the price ("The fee of £450 + VAT covers both days"), not another course's ("Retrieval practice masterclass – £150"). */
const FEE_WORD = /\b(?:the|our|course|programme) (?:fee|price|cost)\b/i;

/** A number of free places given to some ("receive one free place per school"): an allowance, not the course's price. */
const ALLOCATED = /\b(?:one|two|three|four|\d{1,2}) free places?\b/i;

/** "Hub partner schools: two free places per school": free for those it names, not for everyone. */
function freeForNamed(p: Part): boolean {
  const at = p.text.search(/\bfree\b/i);
  return AUDIENCE.test(p.label ?? '') || (at > 0 && AUDIENCE.test(p.text.slice(Math.max(0, at - 60), at).split(/[.!?]\s/).pop() ?? ''));
}

const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:live|online|book|booking|now|price|cost|fee|fees|standard|from|only)$/i;

/**
 * Whether an amount is another course's, named before it ("The Outstanding Lesson in 20 Minutes – £175",
 * "NPQ Senior Leadership (self-funded £1,090)"): the words that open its line name something that is
 * not this course's title (the course's own banner, "Calm Classrooms – 18 March – £185", does).
 */
function namesAnother(a: TypedAmount, title: string | undefined): boolean {
  if (!title) return false;
  const at = a.quote.search(/[£€$]\s?\d/);
  const lead = (at < 0 ? '' : a.quote.slice(0, at)).split(/\s[–—-]\s|\(|:|\s·\s|\|/)[0]!.trim();
  const named = (lead.match(/\b[A-Z][A-Za-z]{2,}\b/g) ?? []).filter((w) => !DATE_WORD.test(w));
  if (named.length < 2) return false;
  const own = titleKey(title);
  const theirs = titleKey(lead);
  return !own.includes(theirs) && !theirs.includes(own);
}

const shown = (a: TypedAmount): string => `${a.price.currency === 'GBP' ? money(a.price.amount) : `${a.price.amount} ${a.price.currency}`}`;
