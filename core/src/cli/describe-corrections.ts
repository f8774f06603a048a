import type { Course } from '../model/course.ts';
import { money } from './table.ts';

const BASIS = { 'per-participant': 'per participant', 'per-school': 'per school', 'per-group': 'per group' } as const;

/** The facts staff corrected, in one line ("Corrected by staff: price £1,250.00 per school for up to 40 staff; VAT excluded"), or undefined. */
export function correctionsLine(course: Course): string | undefined {
  const c = course.corrections;
  if (!c) return undefined;
  const parts: string[] = [];
  if (c.price) parts.push(`price ${money(c.price.amount, course.price?.currency ?? 'GBP')} ${BASIS[c.price.basis]}${c.price.covers ? ` for up to ${c.price.covers} staff` : ''}`);
  if (c.vat) parts.push(`VAT ${c.vat.value === 'unknown' ? 'not stated' : c.vat.value}`);
  if (c.sessions) parts.push(`sessions ${c.sessions.sessions.map((s) => (s.start && s.end ? `${s.date} ${s.start}–${s.end}` : s.date)).join(', ')}`);
  if (c.delivery) parts.push(`delivery ${c.delivery.value}`);
  if (c.funding) parts.push(`funding ${c.funding.route}`);
  if (c.status) parts.push(`status ${c.status.value}`);
  return parts.length ? `Corrected by staff: ${parts.join('; ')}.` : undefined;
}
