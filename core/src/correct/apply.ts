import type { Course, CourseField, Price, Session } from '../model/course.ts';
import type { Provenance } from '../model/common.ts';
import type { CorrectedSession, Corrections } from '../model/corrections.ts';

/** What a corrected field's provenance says in place of the page's words. */
export const CORRECTED_RAW = 'Corrected by staff';

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A corrected session as the course schema holds it: local date-times, hours when both times are known. */
export function sessionOf(s: CorrectedSession): Session {
  const session: Session = { start: s.start ? `${s.date}T${s.start}:00` : s.date };
  if (s.end) session.end = `${s.date}T${s.end}:00`;
  if (s.start && s.end && minutes(s.end) > minutes(s.start)) session.hours = Math.round(((minutes(s.end) - minutes(s.start)) / 60) * 100) / 100;
  return session;
}

/** The provenance of a corrected field: staff at full confidence, the page's reading kept as the loser. */
function corrected(before: Provenance | undefined, value: string): Provenance {
  if (before?.source === 'user') return before;
  const p: Provenance = { source: 'user', confidence: 1, raw: CORRECTED_RAW };
  // structured data keeps terse raws ("GBP 195"): the fuller of the raw and the value is the page's own words
  const lost = before ? ((before.raw?.length ?? 0) >= value.length ? (before.raw ?? value) : value) : '';
  if (before && lost) p.rejected = [{ source: before.source, confidence: before.confidence, value: lost.slice(0, 300) }];
  return p;
}

/** Corrections merged: the newer entry of each kind wins, kinds not in `next` are kept. */
export function mergeCorrections(prev: Corrections | undefined, next: Corrections): Corrections {
  return { ...prev, ...Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) };
}

/**
 * The course with staff's corrections in place of what the page says: price (amount, basis, staff
 * covered), VAT, sessions (and contact hours when every session is timed), delivery. Each corrected
 * field's provenance says it came from staff; funding and status, which the page's profile holds,
 * are applied when the profile is made (`correctProfile`). Pure; the corrections are kept on the course.
 */
export function applyCorrections(course: Course, corrections: Corrections): Course {
  const all = mergeCorrections(course.corrections, corrections);
  const out: Course = { ...course, corrections: all };
  const provenance: Partial<Record<CourseField, Provenance>> = { ...course.provenance };
  const { price, vat, sessions, delivery } = all;
  if (price) {
    const next: Price = { amount: price.amount, currency: course.price?.currency ?? 'GBP', vat: vat?.value ?? course.price?.vat ?? 'unknown', basis: price.basis };
    if (price.covers !== undefined && price.basis !== 'per-participant') next.covers = price.covers;
    out.price = next;
    provenance.price = corrected(course.provenance?.price, course.price?.text ?? '');
  } else if (vat && course.price) {
    out.price = { ...course.price, vat: vat.value };
  }
  if (sessions) {
    out.sessions = sessions.sessions.map(sessionOf);
    const hours = out.sessions.map((s) => s.hours);
    if (hours.every((h) => h !== undefined)) {
      out.totalHours = Math.round(hours.reduce((a, h) => a + h!, 0) * 100) / 100;
      provenance.totalHours = corrected(course.provenance?.totalHours, course.totalHours === undefined ? '' : String(course.totalHours));
    } else delete out.totalHours;
    provenance.sessions = corrected(course.provenance?.sessions, '');
  }
  if (delivery) {
    out.delivery = delivery.value;
    provenance.delivery = corrected(course.provenance?.delivery, course.delivery ?? '');
  }
  out.provenance = provenance;
  return out;
}
