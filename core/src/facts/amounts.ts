/**
 * Every amount of money in a course's block, typed by where it sits: the label it is the value of,
 * the heading above it and the words around it. Only a `fee` is what the course costs; a cancellation
 * or non-attendance charge, an optional add-on, travel, a deposit, an early-bird or member price, and
 * a sum in prose ("£100m of investment") are kept as what they are, never taken as the fee.
 */
import type { SchoolType } from '../model/common.ts';
import type { Price } from '../model/course.ts';
import { coversIn, readPrice } from '../parse/price.ts';
import { OTHER_COURSES, type Part } from './structure.ts';

export type AmountType = 'fee' | 'early-bird' | 'member' | 'concession' | 'add-on' | 'penalty' | 'travel' | 'deposit' | 'prose' | 'other-course';

/** One amount as read in its context, with the sentence it came from. */
export interface TypedAmount {
  type: AmountType;
  price: Price;
  /** Whether its label or heading names a price ("Fee", "Cost", "Price"). */
  labelled: boolean;
  /** Whether the words before it name who the amount is for ("Maintained schools:", "Trainees"). */
  qualified: boolean;
  /** The last day it applies, when stated beside it ("until 31 March 2027"). */
  until?: string;
  /** The kinds of school it is for, when the words before it name them ("Independent schools: £99"). */
  schools?: SchoolType[];
  quote: string;
  /** The whole part the amount sits in (its sentence's neighbours say VAT: "£300 per school. There is no VAT on this programme."). */
  context: string;
}

const MONEY = /(?:£|€|\$)\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:m|bn|k)\b|\s(?:million|billion))?/gi;
export const PRICE_WORDS = /\b(?:cost|costs|price|prices|pricing|fees?|tickets?|investment|charge|booking|rates?|how much|pris|ffi|cost per)\b/i;
const PROSE_SUM = /\b(?:investment|invested|investing|budget|funding pot|fund of|grant of|worth|raised|turnover|spent|spend|million|billion)\b/i;
const PENALTY = /\b(?:cancell?ations?|cancel|non[- ]attendance|no[- ]shows?|(?:did|do|does) not attend|(?:don|doesn)'?t attend|without notice|per missed|missed (?:workshops?|sessions?|meetings?|days?)|fail(?:s|ing)? to attend|late (?:booking|cancellation|fee)|re-?submission|resits?|re-?takes?|admin(?:istration)? (?:fee|charge)|transfer fee|replacement|refunds?|penalty)\b/i;
const TRAVEL = /\b(?:travel|mileage|expenses|accommodation|overnight|subsistence|hotel)\b/i;
/** A deposit, or payment by instalments ("£250 deposit, then three payments of £500 – total £1,750"): a way to pay, not another fee. */
const DEPOSIT = /\bdeposit\b|\binstal?ments?\b|\b(?:monthly|termly) payments?\b/i;
const ADD_ON = /\b(?:optional|add-?on|additional|upgrade|extra|supplement|also available|can be added|in addition)\b/i;
const EARLY = /\bearly[- ]?bird\b|\bearly booking\b|\b(?:if )?booked? (?:before|by)\b|\bbefore \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\b/i;
const MEMBER = /\b(?:members?(?! of (?:staff|the|your|our)\b)|member schools?|subscribers?|subscribing|alumni|partner schools?)\b(?!\s*-)|\bwith (?:an? )?(?:[\w-]+ ){0,2}(?:subscription|membership)\b/i;
const NOT_MEMBER = /\bnon[- ]?(?:members?|subscrib\w*)\b|\bwithout (?:an? )?(?:[\w-]+ )?(?:subscription|membership)\b/i;
/** A rate for anyone ("Standard", "Full price"): a non-member's, unless members are named beside it ("Member · Standard" is the members' standard rate). */
const PLAIN_RATE = /\bstandard\b|\bfull price\b/i;
/** Words that say an amount is not the members' rate. */
const nonMember = (words: string): boolean => NOT_MEMBER.test(words) || (PLAIN_RATE.test(words) && !MEMBER.test(words));
/** A lower rate for some participants: trainees, a second colleague from the same school, a group. */
const CONCESSION = /\b(?:trainees?|students?|retired|concessions?|additional (?:colleagues?|delegates?|participants?|places?|teachers?)|second (?:colleague|delegate|place|teacher)|each additional|further (?:colleagues?|delegates?)|same school|from one school|bring a colleague|groups? of \d|group (?:rate|booking|discount|price)|\d+ or more (?:from|delegates?|people|places|staff|teachers|participants))\b|\bgroup \(\d/i;
/** Who an amount is for, named before it: a school type, members, a trust's own schools. */
export const AUDIENCE = /\b(?:(?:non-)?levy(?:-paying)? employers?|employers?|hub partner|maintained|independent|state|member|non-member|partner|trust|other|academ(?:y|ies)|early years|schools? outside|outside the|individual|whole[- ]school|school licence|members?|trainees?|students?|colleagues?)\b/i;
const PER_SCHOOL_BEFORE = /\b(?:whole[- ]school|school (?:licence|subscription|package)|per school|for your (?:whole )?school)\b/i;
const PER_PERSON_BEFORE = /\b(?:individual|per (?:person|delegate|participant|teacher))\b/i;
const UNTIL = /\b(?:[Uu]ntil|[Bb]y|[Bb]efore|[Ee]nds?|[Cc]loses?)\s+((?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)/;
/** UNTIL in a lower-cased label ("early bird (until 31 october 2026)"). */
const LABEL_UNTIL = new RegExp(UNTIL.source, 'i');

const SCHOOL_TYPES: readonly [SchoolType, RegExp][] = [
  ['maintained', /\b(?:maintained|local authority|la) schools?\b|\bmaintained\b|\bstate(?:-funded)? schools?\b/i],
  ['academy', /\bacadem(?:y|ies)\b|\bstate(?:-funded)? schools?\b|\btrusts?\b/i],
  ['independent', /\bindependent\b|\bprivate schools?\b/i],
];

/** The kinds of school the words before an amount name ("Maintained schools and academies:"), if any. */
export function schoolTypesIn(before: string): SchoolType[] {
  return SCHOOL_TYPES.filter(([, re]) => re.test(before)).map(([t]) => t);
}

/** Reads the typed amounts of a block's parts (at most 40). */
export function readAmounts(parts: readonly Part[]): TypedAmount[] {
  const out: TypedAmount[] = [];
  for (const part of parts) {
    if (part.kind === 'heading' || !/[£€$]\s?\d/.test(part.text)) continue;
    const scope = `${part.label ?? ''} ${part.heading}`;
    // a section heading labels its amounts when it is a heading about price ("Fees and booking"), not a
    // sentence that mentions one ("The credit card sized PC that cost only $35")
    // a label naming who pays ("Maintained schools and academies: £79") leaves the price heading in force
    const labelled = PRICE_WORDS.test(part.label ?? '') || ((!part.label || AUDIENCE.test(part.label)) && part.heading.length <= 40 && PRICE_WORDS.test(part.heading));
    MONEY.lastIndex = 0;
    for (let m = MONEY.exec(part.text); m && out.length < 40; m = MONEY.exec(part.text)) {
      const price = readPrice(part.text.slice(m.index, m.index + 200));
      if (!price) continue;
      const before = clause(part.text.slice(Math.max(0, m.index - 90), m.index));
      const tail = part.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const after = tail.split(/[.;·|,]|\s[–—]\s|\bor\b|[£€$]/)[0] ?? '';
      // a table row's first cell names the amount in the next ("Super Early Bird (until 30 November 2026) | £199 + VAT | Ended")
      const cell = part.label ? undefined : rowLabel(part.text, m.index);
      const named = cell ? { ...part, label: cell } : part;
      // the words of its sentence before it, across a question ("Looking for face-to-face training? Our … course runs in March – £195")
      const leadIn = part.text.slice(Math.max(0, m.index - 200), m.index);
      const type = typeOf(m[0], before, after, named, scope, labelled, leadIn.slice(leadIn.lastIndexOf('. ') + 1));
      if (price.basis === 'unknown') {
        const said = `${part.label ?? ''} ${before}`;
        const covers = coversIn(said);
        if (PER_SCHOOL_BEFORE.test(said)) price.basis = 'per-school';
        else if (PER_PERSON_BEFORE.test(said)) price.basis = 'per-participant';
        // "Full day for up to 60 staff: £2,400 + VAT": a price for a group the words before it count
        else if (covers !== undefined && covers > 1) {
          price.basis = 'per-group';
          price.covers = covers;
        }
      }
      const who = `${part.label ?? ''} ${before}`;
      const found: TypedAmount = { type, price, labelled, qualified: AUDIENCE.test(who), quote: sentence(part.text, m.index), context: part.text.slice(0, 600) };
      // the kinds of school before it ("Independent schools: £345") or after it ("£345 per participant for independent schools")
      const schools = schoolTypesIn(/^\s*(?:per [\w-]+\s+)?for\b/i.test(after) ? `${who} ${after}` : who);
      if (schools.length) found.schools = schools;
      const until = type === 'early-bird' ? (UNTIL.exec(tail.split(/[£€$]/)[0] ?? '') ?? (cell ? UNTIL.exec(cell) : null) ?? (part.label ? LABEL_UNTIL.exec(part.label) : null)) : null;
      if (until) found.until = until[1]!;
      out.push(found);
    }
  }
  return out;
}

/** The cell before the one an amount opens in a table row read as "cell | cell | cell", if it does. */
function rowLabel(text: string, at: number): string | undefined {
  const cells = text.slice(0, at).split(' | ');
  if (cells.length < 2 || cells[cells.length - 1]!.trim()) return undefined;
  return cells[cells.length - 2]!.trim() || undefined;
}

/** The words before an amount back to the last sentence or list break. */
function clause(before: string): string {
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(' | '), before.lastIndexOf(') '), before.lastIndexOf('· '));
  return cut >= 0 ? before.slice(cut + 2) : before;
}

/** "$25 hosting credit", "£20 off", "a £50 voucher", "resources worth £300": given or taken off, never the price paid. */
const BONUS_AFTER = /^\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:credit|vouchers?|gift cards?|off|discount|saving|cashback)\b/i;
const BONUS_BEFORE = /\b(?:worth|valued at|saving of|save|saving|discount of)\s*$/i;

/** A sentence offering another course ("Looking for face-to-face training? Our Preparing to Mark course runs in March – £195 + VAT", "We also run …"). */
const OFFERS_ANOTHER = /\b[Ll]ooking for (?:[\w-]+ ){0,3}(?:training|courses?|cpd|support|events?)\?|\b[Ww]e also (?:run|offer|deliver)\b/;

/** A price for pupils' visits or workshops ("£4 per pupil (minimum charge £120)"): not what a member of staff's training costs. */
export const PUPIL_PRICE = /\bper (?:pupil|child|learner in your class)\b|\bpupils? (?:pay|cost)\b/i;

function typeOf(money: string, before: string, after: string, part: Part, scope: string, labelled: boolean, lead: string): AmountType {
  if (part.offer || OTHER_COURSES.test(part.heading) || PUPIL_PRICE.test(`${before} ${after}`) || OFFERS_ANOTHER.test(lead)) return 'other-course';
  if (/\d\s?(?:m|bn|k)\b|million|billion/i.test(money) || BONUS_AFTER.test(after) || BONUS_BEFORE.test(before)) return 'prose';
  const near = `${before} ${after}`;
  const label = part.label ?? '';
  if (PENALTY.test(label) || PENALTY.test(before) || PENALTY.test(part.heading) || (PENALTY.test(after) && /\b(?:charges?|charged|fee|penalty)\b/i.test(`${before} ${after}`))) return 'penalty';
  if (TRAVEL.test(label) || TRAVEL.test(before) || /^\s*(?:for |towards )?(?:travel|expenses|mileage|accommodation)\b/i.test(after)) return 'travel';
  if (DEPOSIT.test(label) || DEPOSIT.test(near)) return 'deposit';
  if (CONCESSION.test(label) || CONCESSION.test(before) || /^\s*(?:each |per )?(?:for )?(?:additional|second|further) (?:colleague|delegate|place)/i.test(after)) return 'concession';
  if (ADD_ON.test(label) || ADD_ON.test(before) || /^\s*(?:for (?:the|an?) )?optional\b/i.test(after)) return 'add-on';
  // an early-bird column's head ends in its own brackets ("Early bird (until 30 November) £175"), which the clause before the amount stops at
  if (EARLY.test(label) || EARLY.test(before) || (EARLY.test(lead) && !/[£€$]\s?\d/.test(lead)) || /^\s*(?:\([^)]*\)\s*)?(?:early[- ]?bird|if booked|book(?:ed)? by|until)\b/i.test(after)) return 'early-bird';
  // members named right before the amount ("Members £199" under a "Standard" row) say whose price it is, whatever the row's label
  const membersBefore = MEMBER.test(before) && !nonMember(before);
  if ((membersBefore || (!nonMember(`${label} ${near}`) && (MEMBER.test(label) || MEMBER.test(before) || /\b(?:for |to )?members?\b|\bmember (?:price|rate|schools?)\b/i.test(near)))) && !/\bmembers? of staff\b/i.test(near)) return 'member';
  if (!labelled && !PRICE_WORDS.test(scope) && PROSE_SUM.test(before) && !/\b(?:per|a|each)\s+(?:delegate|person|participant|school|place)\b|\bvat\b/i.test(after)) return 'prose';
  return 'fee';
}

/** The sentence holding the amount, for evidence. */
function sentence(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 1, at - 150, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? Math.min(text.length, at + 150) : Math.min(end + 1, at + 150)).trim().slice(0, 300);
}

/**
 * The course fee among the typed amounts: a labelled fee first, then any fee, then a concession or
 * member price when no other is given, then an early-bird price. An early-bird price beside a fee is
 * kept as a charge with its deadline: the cost takes it while the deadline has not passed.
 * Undefined when the block states no fee.
 */
export function chooseFee(amounts: readonly TypedAmount[]): TypedAmount | undefined {
  const fees = amounts.filter((a) => a.type === 'fee');
  return fees.find((a) => a.labelled) ?? fees[0] ?? amounts.find((a) => a.type === 'concession') ?? amounts.find((a) => a.type === 'member') ?? amounts.find((a) => a.type === 'early-bird');
}

/** Amounts that are not the fee and belong to this course: charges kept beside it. */
export const chargesOf = (amounts: readonly TypedAmount[], fee: TypedAmount | undefined): TypedAmount[] =>
  amounts.filter((a) => a !== fee && a.type !== 'other-course' && a.type !== 'prose' && (a.type !== 'fee' || isOtherRate(a, fee)));

/** A fee for other kinds of school than the chosen fee's ("Independent schools: £99" beside "Maintained schools: £79"). */
export const isOtherRate = (a: TypedAmount, fee: TypedAmount | undefined): boolean =>
  a.type === 'fee' && !!fee?.schools && !!a.schools && a.price.currency === fee.price.currency && !a.schools.some((t) => fee.schools!.includes(t));
