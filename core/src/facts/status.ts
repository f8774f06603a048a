/**
 * The booking status a page states: bookings closed, sold out, waiting list, cancelled, taken place (past), or open.
 * Read from short parts (a banner, a button, a label), not from testimonials ("the course was full of
 * ideas") or terms ("if the course is cancelled we refund").
 */
import type { StatedStatus } from '../model/facts.ts';
import { readDates } from '../parse/dates.ts';
import type { Part } from './structure.ts';

const RULES: readonly [StatedStatus['value'], RegExp][] = [
  ['past', /\b(?:this|the) (?:event|course|session|conference|training|webinar) (?:has )?(?:now )?(?:taken place|finished|ended|happened)\b|(?<!\b(?:once|after|when|until|before|if) (?:the |a |your )?(?:\w+ ){0,2})\bhas (?:now )?taken place\b|\bthis event has passed\b|\bpast event\b/i],
  ['cancelled', /^(?:cancell?ed|postponed|wedi['’]i (?:ohirio|ganslo))\b|\b(?:this|the) (?:event|course|session|conference|training|webinar|workshop|seminar|programme)\b[^.]{0,80}\b(?:has been|is|was) (?:cancell?ed|postponed)\b/i],
  ['closed', /\b(?:bookings?|registrations?|applications?) (?:for (?:this|the) [\w-]+ )?(?:are |is |have |has )?(?:now )?closed\b|\bno longer (?:taking|accepting) (?:bookings|registrations|applications)\b/i],
  ['sold-out', /\bsold out\b|\bfully booked\b|\bno (?:places|spaces|seats|tickets) (?:left|remaining|available)\b/i],
  ['waiting-list', /\bwaiting list\b|\bwait ?list\b/i],
  ['open', /\b(?:places|spaces|seats|tickets) (?:still )?(?:available|remaining|left)\b|\bbooking (?:is )?(?:now )?open\b|\bnow (?:taking|accepting) bookings\b|\b\d{1,3} places? left\b/i],
];
const FULL = /\bsold out\b|\bfully booked\b|\bwait ?(?:ing )?list\b|\bno (?:places|spaces|seats|tickets)\b/i;
/** A waiting list for another cohort or a later date: this one is not full. */
const LATER = /\blist (?:for|of) (?:the |a |our )?(?:next|future|later|another|autumn|spring|summer|january|september|\d{4}|[A-Z])/i;
/** Postponed to a new date: still on, not cancelled ("postponed to 12 June", "will now take place on …"). */
const NEW_DATE = /\b(?:postponed|moved|rescheduled|re-?arranged) (?:to|until|till|for)\b(?! further notice)|\bwill now (?:take place|be held|run|go ahead)\b|\bnew date\b(?!s? (?:will be|is to be|to be|has yet|tbc|tba))/i;
/** An amount of money in a part. */
const PRICE = /[£€$]\s?\d/;
/** Conditional or hypothetical use: terms and conditions, not a status. */
const CONDITIONAL = /\b(?:if|should|in the (?:unlikely )?event|where|when|may be|might|reserve the right|unless|refund)\b/i;

/** The status the block states, with the words; the first stated (most severe first within a part). */
export function readStatus(parts: readonly Part[]): StatedStatus | undefined {
  const texts = parts.map((p) => (p.label ? `${p.label}: ${p.text}` : p.text));
  // which parts give a date or a price, asked only when a part says it is full
  let dated: boolean[] | undefined;
  let priced: boolean[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const text = texts[i]!;
    if (text.length > 400 || /^[“"]/.test(text)) continue;
    for (const [status, re] of RULES) {
      const m = re.exec(text);
      if (!m) continue;
      if (status === 'cancelled' && /postponed/i.test(m[0]) && (NEW_DATE.test(text) || readDates(text.slice(m.index + m[0].length)).dates.length > 0)) continue;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (CONDITIONAL.test(before) || (status === 'waiting-list' && (/\bjoin\b.*\bif\b|\bwhen\b/i.test(text) || LATER.test(text.slice(m.index, m.index + 80))) && !/\bonly\b|\bfull\b|\bsold out\b/i.test(text))) continue;
      // "Fully booked" beside one date of several: that date is full, not the course; and "SOLD OUT" beside one
      // price of several ("Early-bird | £229 + VAT | SOLD OUT" above "Standard | £299 + VAT | Buy"): that price is gone
      const others = (marked: boolean[]): boolean => marked[i]! && texts.some((q, j) => j !== i && marked[j] && !FULL.test(q));
      if ((status === 'sold-out' || status === 'waiting-list') && (others((dated ??= texts.map((t) => readDates(t).dates.length > 0))) || others((priced ??= texts.map((t) => PRICE.test(t)))))) continue;
      return { value: status, quote: text.slice(0, 300) };
    }
  }
  return undefined;
}
