/**
 * Facts read from a course's block by its structure: one reader per kind of fact (amounts, VAT,
 * status, funding, trainer, schedule facts, conflicts), each reading parts with their label and
 * heading. `extract/facts-draft.ts` turns them into candidates for the extraction's merge, with the quote each
 * came from as its provenance.
 */
import type { Course, Price } from '../model/course.ts';
import type { Charge, Conflict, FundingStatement, StatedStatus, Trainer } from '../model/facts.ts';
import { readDates } from '../parse/dates.ts';
import { coversIn, FREE_FOR_SOME } from '../parse/price.ts';
import { IN_SCHOOL, withoutOtherOffers } from '../parse/words.ts';
import { chargesOf, chooseFee, isOtherRate, PRICE_WORDS, readAmounts, schoolTypesIn, type TypedAmount } from './amounts.ts';
import { readConflicts } from './conflicts.ts';
import { readFunding } from './funding.ts';
import { readAccess, readChoices, readDeadline, readSpan, type Quoted } from './schedule.ts';
import { readStatus } from './status.ts';
import { OTHER_COURSES, segment, type Part } from './structure.ts';
import { readTrainer } from './trainer.ts';
import { readVat, type VatStated, vatIn } from './vat.ts';

export { segment, inlinePair, partsText, type Part } from './structure.ts';
export { readAmounts, chooseFee, type TypedAmount, type AmountType } from './amounts.ts';
export { readVat, vatIn } from './vat.ts';
export { readStatus } from './status.ts';
export { readFunding } from './funding.ts';
export { readTrainer } from './trainer.ts';
export { readTimeRange } from './times.ts';
export { readAccess, readSpan, readDeadline, readChoices, readFormat } from './schedule.ts';
export { readConflicts } from './conflicts.ts';

/** Everything the readers found in one block. */
export interface PageFacts {
  fee?: TypedAmount;
  /** The fee with the VAT the block states elsewhere, when its own line says nothing. */
  price?: Price;
  charges: Charge[];
  status?: StatedStatus;
  funding: FundingStatement[];
  trainer?: Trainer;
  access?: Quoted<number>;
  span?: Quoted<number>;
  deadline?: Quoted<string>;
  choices?: Quoted<true>;
  conflicts: Conflict[];
  /** Amounts typed as not this course's fee (prose sums, other courses, charges): never the fee. */
  others: number[];
}

/** Words of a price shared by a school, a group or a licence: where they appear, a bare price's basis stays unknown. */
const SHARED = new RegExp(String.raw`\b(?:per|each|for (?:your|the|a))\s+(?:whole\s+)?(?:school|group|team|setting|department|trust|cohort|organisation)\b|\bwhole[- ](?:school|staff|team)\b|\bschool (?:licen[cs]e|subscription|package)\b|\blicen[cs]e\b|\binset\b|${IN_SCHOOL.source}|\bon[- ]site\b|\bat your school\b|\bup to \d+\s+(?:staff|delegates|participants|teachers|people|learners)\b|\bgroups? of (?:up to )?\d+\b`, 'i');

/** Labels of a group's headcount ("Group size", "Maximum number of delegates", "Places"). */
const HEADCOUNT = /^(?:(?:maximum |max\.? )?(?:group|class|cohort) size|maximum (?:group|number(?: of (?:delegates|participants|learners|staff))?)|number of (?:delegates|participants|learners|staff)|maint grŵp)\b/i;
/** A menu's line ("Courses · Leadership · Subjects · In-school · About"): its links price nothing. */
const MENU = /^(?:[^·|•\n]{1,30}\s[·|•]\s){3,}[^·|•\n]{1,30}$/;
/** A price's own words naming one place: a ticket, an individual or a single delegate. */
const ONE_PLACE = /\b(?:(?:standard|individual|single|delegate|full[- ]price|general admission|day) tickets?|(?<!group )tickets? \|)|\bindividual (?:place|rate|booking)\b|\bsingle (?:place|delegate)\b/i;

const CHARGE_TYPES: ReadonlySet<string> = new Set(['early-bird', 'member', 'concession', 'add-on', 'penalty', 'travel', 'deposit']);

/**
 * Which facts a reading needs: all of them, or only the prices, charges, conflicts and choices that a
 * second, page-wide reading adds to the heading's block (the other readers' work would be thrown away).
 */
export type FactsNeeded = 'all' | 'prices';

/** Reads the facts of parts already segmented. */
export function readParts(parts: readonly Part[], hint?: number, title?: string, needs: FactsNeeded = 'all'): PageFacts {
  const amounts = readAmounts(parts);
  const fee = chooseFee(amounts);
  const facts: PageFacts = { charges: [], funding: needs === 'all' ? readFunding(parts) : [], conflicts: readConflicts(parts, amounts, fee, title), others: amounts.filter((a) => a.type !== 'fee').map((a) => a.price.amount) };
  if (fee) {
    facts.fee = fee;
    const price = { ...fee.price };
    if (price.vat === 'unknown') {
      // the same amount said again elsewhere ("The fee for 2026/27 is £2,200. University tuition fees are not subject to VAT.") may say it
      const again = amounts.find((a) => a !== fee && a.price.amount === fee.price.amount && a.price.currency === fee.price.currency && vatIn(a.context));
      const stated = vatIn(fee.quote) ?? vatIn(fee.context) ?? (again ? vatIn(again.context) : undefined) ?? readVat(parts);
      if (stated) price.vat = stated.vat;
    }
    // a price said once, on a page that never speaks of pricing a school, a group or a licence, is for one place
    // and a price whose own row names one place ("Standard ticket | £249 + VAT") is too, whatever group rates sit beside it
    if (price.basis === 'unknown' && price.amount > 0 && (ONE_PLACE.test(`${parts.find((p) => p.text === fee.context)?.label ?? ''} | ${fee.quote}`) || !parts.some((p) => !MENU.test(p.text) && !OTHER_COURSES.test(p.heading) && SHARED.test(`${p.label ?? ''} ${p.heading} ${withoutOtherOffers(p.text)}`)))) price.basis = 'per-participant';
    // "£1,650 plus VAT for up to 35 staff" on a page for training in the school is the school's price, not a group's
    if (price.basis === 'per-group' && !/\b(?:per|a|each) (?:group|team|cohort|department)\b|\bgroups? of\b/i.test(fee.quote) && parts.some((p) => IN_SCHOOL.test(p.text))) price.basis = 'per-school';
    // a shared price's headcount stated as a fact of its own ("Group size: up to 12 learners" beside "Price: £720 per group")
    if ((price.basis === 'per-group' || price.basis === 'per-school') && price.covers === undefined) {
      const size = parts.find((p) => HEADCOUNT.test(p.label ?? ''));
      // or in another sentence of the price's own paragraph ("Package: six visits, supporting up to four teachers. £3,600 + VAT per school.")
      const covers = size ? coversIn(`for up to ${size.text.replace(/^\s*(?:up to|maximum(?: of)?|max\.?)\s+/i, '')}`) : coversIn(fee.context);
      if (covers !== undefined) price.covers = covers;
    }
    facts.price = price;
  }
  for (const a of chargesOf(amounts, fee)) {
    const rate = isOtherRate(a, fee);
    if ((!rate && !CHARGE_TYPES.has(a.type)) || facts.charges.length >= 20) continue;
    const charge: Charge = { type: rate ? 'rate' : (a.type as Charge['type']), amount: a.price.amount, currency: a.price.currency, vat: a.price.vat, quote: a.quote };
    if (rate) charge.for = a.schools!;
    const until = a.until ? readDates(a.until, hint).dates[0] : undefined;
    if (until) charge.until = until;
    facts.charges.push(charge);
  }
  const some = freeForSome(parts);
  if (some && facts.charges.length < 20) facts.charges.push(some);
  // beside a £0 rate for some kinds of school, the fee stated for the others is their rate too ("Independent
  // schools … are charged £450"), whatever price the page's funding words or markup give the course
  if (some?.type === 'rate' && fee?.schools && !fee.schools.some((t) => some.for!.includes(t)) && facts.charges.length < 20) {
    facts.charges.push({ type: 'rate', amount: fee.price.amount, currency: fee.price.currency, vat: fee.price.vat, for: fee.schools, quote: fee.quote });
  }
  if (needs === 'all') readStatements(parts, hint, facts);
  const choices = readChoices(parts);
  if (choices) facts.choices = choices;
  return facts;
}

/** The facts a page states in words of its own: status, trainer, access, span and deadline. */
function readStatements(parts: readonly Part[], hint: number | undefined, facts: PageFacts): void {
  const status = readStatus(parts);
  if (status) facts.status = status;
  const trainer = readTrainer(parts);
  if (trainer) facts.trainer = trainer;
  const access = readAccess(parts);
  if (access) facts.access = access;
  const span = readSpan(parts);
  if (span) facts.span = span;
  const deadline = readDeadline(parts, hint);
  if (deadline) facts.deadline = deadline;
}

/** "There is no charge for state-funded schools": no charge for kinds of school, as FREE_FOR_SOME reads "free for". */
const NO_CHARGE_FOR_KINDS = /\bno (?:charge|cost|fee) (?:to|for) (?:[\w-]+ ){0,2}?(?:(?:state(?:[- ]funded)?|maintained|local authority) schools?|academies)\b/i;
/** Kinds of school by their funding, not one trust or hub's own schools ("Harbour Learning Trust schools"). */
const KINDS_OF_SCHOOL = /\b(?:state(?:[- ]funded)?|maintained|local authority) schools?\b|\bacadem(?:y|ies)\b/i;

/**
 * "Free to Harbour Learning Trust schools": a £0 rate for those named, kept as a member rate with its
 * words, never the course's price (the cost asks whether the school is one of them); "free of charge for
 * state-funded schools" names kinds of school, so it is their rate. Read from a price part, a short line or one
 * stating a price beside it.
 */
function freeForSome(parts: readonly Part[]): Charge | undefined {
  const part = parts.find((p) => p.kind !== 'heading' && (FREE_FOR_SOME.test(p.text) || NO_CHARGE_FOR_KINDS.test(p.text)) && (PRICE_WORDS.test(`${p.label ?? ''} ${p.heading}`) || p.text.length < 120 || /[£€$]\s?\d/.test(p.text)));
  if (!part) return undefined;
  // free for kinds of school ("free of charge for state-funded schools"): a £0 rate the cost gives those schools at once
  const m = (FREE_FOR_SOME.exec(part.text) ?? NO_CHARGE_FOR_KINDS.exec(part.text))!;
  const kinds = KINDS_OF_SCHOOL.test(m[0]) ? schoolTypesIn(m[0]) : [];
  const quote = part.text.slice(0, 300);
  return kinds.length ? { type: 'rate', amount: 0, currency: 'GBP', for: kinds, quote } : { type: 'member', amount: 0, currency: 'GBP', quote };
}

/**
 * The VAT the page's footer states for all it sells ("All fees are subject to VAT at the standard rate",
 * "First aid training delivered by Safehands is exempt from VAT"), for a fee whose block says nothing of it.
 */
export function smallPrintVat(doc: Document, main: Element | null | undefined): { vat: VatStated; quote: string } | undefined {
  const footers = Array.from(doc.querySelectorAll('footer, [role="contentinfo"]')).filter((f) => f !== main && !f.closest('main, article')).slice(-2);
  for (const footer of footers) {
    // the footer's short lines that name no amount of their own (footers are left out of a block's parts)
    for (const el of Array.from(footer.querySelectorAll('p, li, small, span, div')).slice(0, 60)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length > 300 || !/\bvat\b/i.test(text) || /[£€$]\s?\d/.test(text)) continue;
      const found = vatIn(text);
      if (found) return { vat: found.vat, quote: text };
    }
  }
  return undefined;
}

/**
 * The facts with the VAT the page's footer states ("All fees are subject to VAT at the standard rate") for a
 * fee whose block leaves it unsaid; the footer's words join the fee's evidence.
 */
export function withSmallPrintVat(facts: PageFacts, doc: Document, main: Element | null | undefined): PageFacts {
  if (facts.price?.vat !== 'unknown' || facts.price.amount <= 0) return facts;
  const small = smallPrintVat(doc, main);
  if (!small) return facts;
  const out: PageFacts = { ...facts, price: { ...facts.price, vat: small.vat } };
  if (facts.fee) out.fee = { ...facts.fee, quote: `${facts.fee.quote} … ${small.quote}`.slice(0, 300) };
  return out;
}

/** Reads the facts of a course's block (a DOM element), with the page's key-facts sidebar beside it when it has one. */
export function readFacts(root: Element | null | undefined, hint?: number, title?: string, beside?: Element, needs: FactsNeeded = 'all'): PageFacts {
  return readParts(beside && !root?.contains(beside) ? [...segment(root), ...segment(beside)] : segment(root), hint, title, needs);
}

/** Whether a course has any fact the readers add (for views deciding whether to show the facts block). */
export const hasFacts = (c: Course): boolean => !!(c.charges?.length || c.status || c.funding?.length || c.trainer || c.conflicts?.length || c.deadline || c.access || c.span || c.choices);
