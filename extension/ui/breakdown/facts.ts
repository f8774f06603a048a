import { CORRECTED_RAW, money, type Course, type ScoreResult } from '@cpd-lens/core';
import type { FactsMessages } from '../../i18n/facts.ts';
import { fill } from '../../i18n/locale.ts';
import type { EventStatus } from '../../messaging/protocol.ts';

/** The facts the label lists; all but travel can be corrected. */
export type FactId = 'price' | 'vat' | 'travel' | 'sessions' | 'delivery' | 'funding' | 'status';

/** One fact as the label shows it: its value ("not stated" when unknown), the page's words, whether staff corrected it. */
export interface ShownFact {
  id: FactId;
  value: string;
  known: boolean;
  /** The page's own words the value was read from, quoted as written. */
  evidence?: string;
  corrected: boolean;
  /** What the page said before staff corrected it. */
  pageSaid?: string;
  correctable: boolean;
}

const TRAVEL = /\b(?:plus|\+)\s*travel\b|\btravel (?:costs?|expenses)\b|\bexpenses\b|\bmileage\b/i;

/** The page's words, unless they are the marker a correction leaves or a machine value (an ISO date from structured data). */
const quote = (raw: string | undefined): string | undefined => (raw && raw !== CORRECTED_RAW && !/^\d{4}-\d{2}-\d{2}(T[\d:.+-]*Z?)?$/.test(raw.trim()) ? raw : undefined);

function priceValue(course: Course, t: FactsMessages): string | null {
  const p = course.price;
  if (!p) return null;
  if (p.basis === 'funded') return t.funded;
  if (p.basis === 'free' || p.amount === 0) return t.free;
  const amount = money(p.amount, p.currency);
  if (p.basis === 'unknown') return `${amount}, ${t.whoNotStated}`;
  const basis = `${amount} ${t.basis[p.basis]}`;
  if (p.basis === 'per-participant') return basis;
  return `${basis}, ${p.covers ? fill(t.upTo, { covers: p.covers }) : t.capNotStated}`;
}

/** "10 Mar 2026, 09:00–15:30" from the session's own date and times (browsers' Welsh dates vary, so the month names are ours). */
function sessionText(start: string, end: string | undefined, t: FactsMessages): string {
  const [y, m, d] = start.slice(0, 10).split('-').map(Number);
  const date = y && m && d ? `${d} ${t.months[m - 1] ?? m} ${y}` : start.slice(0, 10);
  const time = (iso: string | undefined) => (iso && iso.length >= 16 ? iso.slice(11, 16) : '');
  const from = time(start);
  const to = time(end);
  return from ? `${date}, ${from}${to ? `–${to}` : ''}` : date;
}

function sessionsValue(course: Course, result: ScoreResult, t: FactsMessages): string | null {
  const sessions = course.sessions ?? [];
  if (!sessions.length) return null;
  const shown = sessions.slice(0, 3).map((s) => sessionText(s.start, s.end, t));
  if (sessions.length > 3) shown.push(fill(t.more, { count: sessions.length - 3 }));
  const hours = result.profile?.schedule.contactHours;
  return hours ? `${shown.join('; ')} · ${fill(t.hours, { hours })}` : shown.join('; ');
}

/**
 * The facts the score and cost rest on, each with the page's words as evidence, "not stated" for
 * what the page leaves unknown (VAT, travel, the staff a school price covers) and marked where staff
 * corrected it, with what the page said before.
 */
export function factsOf(course: Course, result: ScoreResult, status: EventStatus, t: FactsMessages): ShownFact[] {
  const c = course.corrections ?? {};
  const prov = course.provenance ?? {};
  const said = (field: 'price' | 'sessions' | 'delivery') => prov[field]?.rejected?.[0]?.value;
  const fact = (id: FactId, value: string | null, evidence: string | undefined, corrected: boolean, pageSaid?: string): ShownFact => {
    const shown: ShownFact = { id, value: value ?? t.notStated, known: value !== null, corrected, correctable: id !== 'travel' };
    if (evidence && !corrected) shown.evidence = evidence.slice(0, 300);
    if (corrected && pageSaid) shown.pageSaid = pageSaid.slice(0, 300);
    return shown;
  };
  // structured data keeps terse raws ("GBP 195"): the fuller of the two is the page's own words
  const priceRaw = [quote(prov.price?.raw), course.price?.text].reduce<string | undefined>((a, b) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a), undefined);
  const vat = course.price?.vat ?? c.vat?.value;
  const vatRaw = [course.price?.text, priceRaw].find((s) => s && /\bVAT\b/i.test(s));
  const travelRaw = [priceRaw, course.price?.text, course.description].find((s) => s && TRAVEL.test(s));
  const funding = result.profile?.funding;
  const shownStatus = c.status?.value ?? status;
  return [
    fact('price', priceValue(course, t), priceRaw, !!c.price, said('price')),
    fact('vat', vat && vat !== 'unknown' ? t.vat[vat] : null, vatRaw, !!c.vat),
    fact('travel', travelRaw ? t.travelExtra : null, travelRaw && TRAVEL.exec(travelRaw) ? sentenceWith(travelRaw) : undefined, false),
    fact('sessions', sessionsValue(course, result, t), quote(prov.sessions?.raw), !!c.sessions, said('sessions')),
    fact('delivery', course.delivery ? t.delivery[course.delivery] : null, quote(prov.delivery?.raw), !!c.delivery, said('delivery')),
    fact('funding', c.funding?.route === 'none' ? t.funding.none : funding ? t.funding[funding.route] : t.noFunding, quote(funding?.evidence[0]), !!c.funding),
    fact('status', shownStatus === 'unknown' ? null : t.status[shownStatus], undefined, !!c.status),
  ];
}

/** The sentence of a longer text that mentions travel, so the quote stays short. */
function sentenceWith(text: string): string {
  const m = TRAVEL.exec(text);
  if (!m || text.length <= 200) return text;
  const start = Math.max(text.lastIndexOf('.', m.index) + 1, m.index - 120);
  const end = text.indexOf('.', m.index);
  return text.slice(start, end < 0 ? m.index + 80 : end + 1).trim();
}
