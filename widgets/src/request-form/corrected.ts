import type { Course } from '@cpd-lens/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../internal/format.ts';
import '../internal/i18n-corrected.ts'; // the note's English text
import type { Locale, MessageKey } from '../internal/i18n.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
/** The order of `corrected.words`: price bases, then the other facts. */
const WORDS = ['per-participant', 'per-school', 'per-group', 'vat', 'sessions', 'delivery', 'funding', 'status'] as const;

/** The facts the member of staff corrected in CPD Lens, in words ("fee £1,250 per school, up to 40 staff; VAT"), or '' when none. */
export function correctedFacts(course: Course | undefined, t: Translate, locale: Locale): string {
  const c = course?.corrections;
  if (!c) return '';
  const words = t('corrected.words').split('|');
  const word = (k: (typeof WORDS)[number]) => words[WORDS.indexOf(k)] ?? k;
  const facts: string[] = [];
  if (c.price) {
    const price = t('corrected.price', { amount: formatMoney(c.price.amount, locale, course.price?.currency), basis: word(c.price.basis) });
    facts.push(c.price.covers ? `${price}, ${t('corrected.covers', { covers: c.price.covers })}` : price);
  }
  for (const k of ['vat', 'sessions', 'delivery', 'funding', 'status'] as const) if (c[k]) facts.push(word(k));
  return facts.join('; ');
}

/** A note above the form saying which facts of the handed-off course the member of staff corrected, so approvers know. */
export function renderCorrected(course: Course | undefined, t: Translate, locale: Locale): TemplateResult | typeof nothing {
  const facts = correctedFacts(course, t, locale);
  return facts ? html`<p class="notice" part="corrected">${t('corrected.lead', { facts })}</p>` : nothing;
}
