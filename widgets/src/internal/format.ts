import { intlTag, type Locale } from './i18n.ts';

const money = new Map<string, Intl.NumberFormat>();

/** An amount as money in the locale, e.g. "£1,250" or "£12.50" (pence only when there are some). */
export function formatMoney(amount: number, locale: Locale, currency = 'GBP'): string {
  const pence = Math.round(amount * 100) % 100 !== 0;
  const key = `${locale}:${currency}:${pence}`;
  let f = money.get(key);
  if (!f) {
    const digits = pence ? 2 : 0;
    f = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    money.set(key, f);
  }
  return f.format(amount);
}

/** A number in the locale (1.5 → "1.5"). */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 }).format(n);
}

/**
 * A time, "10:42" when it is today, else with its day: "10:42 on Tuesday 8 December" ("10:42 ar dydd
 * Mawrth 8 Rhagfyr"), with the year when it is another year. A server's Retry-After of a day must not
 * read as a time later today (issue 20).
 */
export function formatTime(epochMs: number, locale: Locale, now = Date.now()): string {
  const at = new Date(epochMs);
  const time = new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit' }).format(at);
  const today = new Date(now);
  if (at.toDateString() === today.toDateString()) return time;
  const year = at.getFullYear() !== today.getFullYear() ? { year: 'numeric' as const } : {};
  const day = new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', day: 'numeric', month: 'long', ...year }).format(at);
  return `${time} ${locale === 'cy' ? 'ar' : 'on'} ${day}`;
}

/** A date, "2 December 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** Reads an amount typed by a person: "£1,250.50", " 150 " → 1250.5, 150; null when it is not a number. */
export function parseAmount(typed: string): number | null {
  const cleaned = typed.replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Only http(s) links are ever bound to href: Lit does not sanitise attribute URLs. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, globalThis.location?.href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Days of cover in words, plurals right: "half a day", "1 day", "1.5 days" ("hanner diwrnod", "2 diwrnod"). */
export function formatDays(days: number, locale: Locale): string {
  if (locale === 'cy') return days === 0.5 ? 'hanner diwrnod' : `${formatNumber(days, locale)} diwrnod`;
  if (days === 0.5) return 'half a day';
  return `${formatNumber(days, locale)} ${days === 1 ? 'day' : 'days'}`;
}
