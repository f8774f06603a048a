import type { Charge, Course, CourseField, Provenance, Source } from '../model/index.ts';
import { isSpan } from '../course-profile/times.ts';
import type { Candidate, Draft } from './types.ts';

/**
 * Precedence of sources, per field: adapter > json-ld > microdata > rdfa > meta > text.
 *
 * A site adapter knows its provider's layout, so it wins; structured data is written for machines and
 * is usually exact; microdata and RDFa are structured but often partial; meta tags carry a title and
 * blurb written for sharing; text heuristics are the last resort. Confidence can overturn precedence
 * only by a clear margin: a later source wins when its confidence exceeds the current winner's by
 * more than OVERRIDE_MARGIN (e.g. a placeholder JSON-LD value marked weak). Every other value that
 * differs from the winner is kept in `provenance[field].rejected`, with its source and confidence.
 */
export const PRECEDENCE: readonly Source[] = ['user', 'adapter', 'json-ld', 'microdata', 'rdfa', 'meta', 'text', 'feed'];
export const OVERRIDE_MARGIN = 0.3;

const rank = (s: Source): number => PRECEDENCE.indexOf(s);

/** Shows a candidate value as short text for `rejected`. */
function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

/** Picks the winning candidate of one field by precedence and confidence. */
export function pick<T>(candidates: readonly Candidate<T>[]): Candidate<T> | undefined {
  // most fields of a catalogue row have one candidate: nothing to sort or overturn
  if (candidates.length < 2) return candidates[0];
  const sorted = [...candidates].sort((a, b) => rank(a.source) - rank(b.source) || b.confidence - a.confidence);
  let winner = sorted[0];
  for (const c of sorted.slice(1)) if (winner && c.confidence - winner.confidence > OVERRIDE_MARGIN) winner = c;
  return winner;
}

/** Merges drafts from several sources into one course with provenance for every field. */
export function mergeDrafts(drafts: readonly Draft[]): Partial<Course> {
  const course: Record<string, unknown> = {};
  const provenance: Partial<Record<CourseField, Provenance>> = {};
  const all: Draft = {};
  for (const d of drafts) {
    for (const key of Object.keys(d) as CourseField[]) {
      const list = d[key] as Candidate[] | undefined;
      if (list) ((all as Record<string, Candidate[]>)[key] ??= []).push(...list);
    }
  }
  for (const field of Object.keys(all) as CourseField[]) {
    const candidates = (all as Record<string, Candidate[]>)[field]!;
    let winner = pick(candidates);
    if (!winner) continue;
    if (field === 'price') winner = feeOverTier(grossOfStated(winner as Candidate<NonNullable<Course['price']>>, candidates as Candidate<NonNullable<Course['price']>>[]), candidates as Candidate<NonNullable<Course['price']>>[], all.charges as Candidate<Charge[]>[] | undefined);
    if (field === 'sessions') winner = datesInSpan(winner as Candidate<NonNullable<Course['sessions']>>, candidates as Candidate<NonNullable<Course['sessions']>>[]);
    let value = winner.value;
    if (field === 'price') value = refinePrice(value as NonNullable<Course['price']>, candidates, all.charges as Candidate<Charge[]>[] | undefined);
    course[field] = value;
    const p: Provenance = { source: winner.source, confidence: Math.round(winner.confidence * 100) / 100 };
    if (winner.raw) p.raw = winner.raw.slice(0, 300);
    if (winner.at) p.at = winner.at.slice(0, 300);
    // the winner's text is needed only to compare with other candidates (most fields have none)
    const shown = candidates.length > 1 ? show(value) : '';
    const rejected = candidates
      .filter((c) => c !== winner && show(c.value) !== shown)
      .slice(0, 20)
      .map((c) => ({ source: c.source, confidence: Math.round(c.confidence * 100) / 100, value: show(c.value) }));
    if (rejected.length) p.rejected = rejected;
    provenance[field] = p;
  }
  course['provenance'] = provenance;
  return course as Partial<Course>;
}

/**
 * A span from structured data gives way to the dated sessions the page lists within it, and so does a single
 * start (a series' "startDate") to the page's list of sessions that opens on that day, or a cohort's start to
 * the timetable of three or more sessions that follows it.
 */
function datesInSpan<T extends NonNullable<Course['sessions']>>(winner: Candidate<T>, candidates: readonly Candidate<T>[]): Candidate<T> {
  if (winner.value.length === 1 && !isSpan(winner.value)) {
    const day = winner.value[0]!.start.slice(0, 10);
    // (or a cohort's start, "2027-02", before a programme's timetable of three or more sessions)
    return candidates.find((c) => c !== winner && c.source === 'text' && c.value.length >= 2 && c.value.every((s) => s.start.slice(0, 10) >= day) && (c.value[0]!.start.slice(0, 10) === day || c.value.length >= 3)) ?? winner;
  }
  if (!isSpan(winner.value)) return winner;
  const span = winner.value[0]!;
  const inside = (s: { start: string }): boolean => s.start.slice(0, 10) >= span.start.slice(0, 10) && s.start.slice(0, 10) <= span.end!.slice(0, 10);
  return candidates.find((c) => c !== winner && c.value.length >= 2 && c.value.every(inside)) ?? winner;
}

/** UK VAT at the standard rate, to recognise a structured-data price as a stated fee with its VAT added. */
const UK_VAT = 0.2;

/**
 * Structured data often gives the price with VAT added (£234) where the page states "£195 + VAT": the
 * page's own fee, typed by its label, is the same price and says what VAT does, so it is the one kept.
 */
function grossOfStated<T extends NonNullable<Course['price']>>(winner: Candidate<T>, candidates: readonly Candidate<T>[]): Candidate<T> {
  if (winner.source === 'text' || winner.source === 'user') return winner;
  const stated = candidates.find((c) => c.at === 'facts:fee' && c.value.vat === 'excluded' && c.value.currency === winner.value.currency);
  return stated && Math.abs(stated.value.amount * (1 + UK_VAT) - winner.value.amount) <= 1 ? stated : winner;
}

/**
 * The lower tiers of one ticket that structured data may give as its price, and that are not the price a school
 * pays. An early bird is left out: while it runs it is the price today, and structured data gives no deadline.
 */
const TIERS = new Set<Charge['type']>(['member', 'concession']);

/**
 * Structured data giving only the members' price ("GBP 695") of a page whose fees table types £695 as the
 * members' rate and £845 as the non-members' fee: the page's fee is the price, and the members' rate stays a
 * charge.
 */
function feeOverTier<T extends NonNullable<Course['price']>>(winner: Candidate<T>, candidates: readonly Candidate<T>[], charges: readonly Candidate<Charge[]>[] = []): Candidate<T> {
  if (winner.source === 'text' || winner.source === 'user') return winner;
  const fee = candidates.find((c) => c.at === 'facts:fee' && c.value.currency === winner.value.currency && c.value.amount > winner.value.amount);
  const tier = charges.some((c) => c.value.some((ch) => TIERS.has(ch.type) && ch.amount === winner.value.amount && ch.currency === winner.value.currency));
  return fee && tier ? fee : winner;
}

/**
 * Structured data rarely says "+ VAT" or "per school": take those from text that states the same amount,
 * or from the page's early-bird price of that amount (an offer's "GBP 189" is the "£189 + VAT" early bird
 * beside the "£229 + VAT per delegate" fee, a tier of the same ticket).
 */
function refinePrice(price: NonNullable<Course['price']>, candidates: readonly Candidate[], charges: readonly Candidate<Charge[]>[] = []): NonNullable<Course['price']> {
  const out = { ...price };
  if (out.amount === 0 && candidates.some((c) => (c.value as { basis?: string }).basis === 'funded')) out.basis = 'funded';
  if (out.vat !== 'unknown' && out.basis !== 'unknown') return out;
  for (const c of candidates) {
    const other = c.value as NonNullable<Course['price']>;
    if (other === price || other.amount !== price.amount || other.currency !== price.currency) continue;
    if (out.vat === 'unknown' && other.vat !== 'unknown') out.vat = other.vat;
    if (out.basis === 'unknown' && other.basis !== 'unknown') out.basis = other.basis;
    if (other.covers && !out.covers) out.covers = other.covers;
    if (other.text && !out.text?.match(/[£€$]/)) out.text = other.text;
  }
  const tier = charges.flatMap((c) => c.value).find((ch) => ch.type === 'early-bird' && ch.amount === out.amount && ch.currency === out.currency);
  if (tier) {
    const fee = candidates.find((c) => c.at === 'facts:fee')?.value as NonNullable<Course['price']> | undefined;
    if (out.vat === 'unknown' && tier.vat && tier.vat !== 'unknown') out.vat = tier.vat;
    if (out.basis === 'unknown' && fee && fee.basis !== 'unknown' && fee.basis !== 'free' && fee.basis !== 'funded') out.basis = fee.basis;
  }
  return out;
}
