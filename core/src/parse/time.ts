/** UK calendar helpers: valid dates, Europe/London offsets by the EU/UK DST rule, ISO strings. */

/** Earliest and latest years a course date may have; anything else is treated as absurd. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Whether y-m-d (month 1-12) is a real calendar day in the accepted year range. */
export function validDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function lastSunday(y: number, m: number): number {
  const last = new Date(Date.UTC(y, m, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The Europe/London offset ("+00:00" or "+01:00") for a local wall-clock time (month 1-12). */
export function londonOffset(y: number, m: number, d: number, h: number): string {
  let bst = m > 3 && m < 10;
  if (m === 3) {
    const ls = lastSunday(y, 3);
    bst = d > ls || (d === ls && h >= 2);
  } else if (m === 10) {
    const ls = lastSunday(y, 10);
    bst = d < ls || (d === ls && h < 2);
  }
  return bst ? '+01:00' : '+00:00';
}

/** A plain ISO date "YYYY-MM-DD". */
export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An ISO date-time for a London wall-clock time, with its offset; minutes since midnight. */
export function londonIso(date: string, minutes: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const h = Math.floor(minutes / 60);
  return `${date}T${pad(h)}:${pad(minutes % 60)}${londonOffset(y, m, d, h)}`;
}

// Extra ":00" groups are tolerated and dropped: real JSON-LD writes "2016-01-25T12:30:00:00+01:00" (issue 10).
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?::\d{2}){0,2}(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Normalises an ISO-ish date or date-time from structured data: keeps a given offset, gives local
 * times the London offset, and returns undefined for anything invalid or absurd.
 */
export function normaliseIso(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 40) return undefined;
  const m = ISO.exec(input.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validDate(y, mo, d)) return undefined;
  const date = isoDate(y, mo, d);
  if (m[4] === undefined) return date;
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? undefined : Number(m[6]);
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return undefined;
  const time = `${pad(h)}:${pad(mi)}${s === undefined ? '' : `:${pad(s)}`}`;
  let zone = m[7];
  if (!zone) zone = londonOffset(y, mo, d, h);
  else if (zone.toUpperCase() === 'Z') zone = 'Z';
  else if (zone.length === 5) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59)) return undefined;
  return `${date}T${time}${zone}`;
}

/** Hours between two ISO date-times on the same day, when both carry a time. */
export function hoursBetween(start: string, end: string | undefined): number | undefined {
  if (!end || start.length < 16 || end.length < 16 || start.slice(0, 10) !== end.slice(0, 10)) return undefined;
  const a = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
  const b = Number(end.slice(11, 13)) * 60 + Number(end.slice(14, 16));
  return b > a ? Math.round(((b - a) / 60) * 100) / 100 : undefined;
}
