import type { Cell } from './table.ts';

/** How a column's text becomes a field's value. */
export type Kind = 'text' | 'id' | 'money' | 'number' | 'date' | 'dates' | 'ids' | 'objectives' | 'group' | 'status' | 'rating' | 'levels' | 'word';

/** A converted value, or why the cell could not be read (said about the cell, which the caller locates). */
export type Converted = { ok: true; value: unknown } | { ok: false; message: string };

/** An SDP objective as the import resolves codes and titles to ids. */
export interface ObjectiveRef {
  id: string;
  code?: string;
  title: string;
}

const ok = (value: unknown): Converted => ({ ok: true, value });
const bad = (message: string): Converted => ({ ok: false, message });
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const quote = (cell: Cell): string => `“${String(cell).slice(0, 40)}”`;

/** Makes an identifier of any text ("j.smith@oak.sch.uk" → "j.smith-oak.sch.uk"), the same way every time. */
export function toId(value: string): string {
  return value.trim().replace(/[^\w.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 120);
}

const GROUPS: Record<string, string> = {
  teaching: 'teaching', teacher: 'teaching', teachers: 'teaching', 'teaching staff': 'teaching', ect: 'teaching',
  support: 'support', 'support staff': 'support', 'associate staff': 'support', 'teaching assistant': 'support', ta: 'support', 'non teaching': 'support',
  leadership: 'leadership', leader: 'leadership', leaders: 'leadership', slt: 'leadership', 'senior leadership': 'leadership', 'leadership team': 'leadership', 'senior leader': 'leadership',
};
const STATUSES: Record<string, string> = {
  draft: 'draft', submitted: 'submitted', pending: 'submitted', requested: 'submitted', new: 'submitted', 'awaiting approval': 'submitted', 'pending approval': 'submitted', 'in review': 'submitted',
  approved: 'approved', accepted: 'approved', agreed: 'approved', declined: 'declined', rejected: 'declined', refused: 'declined', cancelled: 'declined',
  booked: 'booked', 'place booked': 'booked', completed: 'completed', complete: 'completed', attended: 'completed', done: 'completed',
};
const LEVELS: Record<string, string> = {
  reaction: 'reaction', satisfaction: 'reaction', 'participant satisfaction': 'reaction', learning: 'learning', 'participant learning': 'learning',
  use: 'use', practice: 'use', 'use in practice': 'use', organisation: 'organisation', organization: 'organisation', 'organisational support and change': 'organisation',
  pupils: 'pupils', 'impact on pupils': 'pupils', 'pupil outcomes': 'pupils',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel date serial (1900 system: day 1 = 1900-01-01, with its leap-year quirk) as ISO 8601. */
function fromSerial(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return serial % 1 ? `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : date;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A date as schools' exports write it: ISO, a spreadsheet serial, 14/10/2026 (day first, as in the UK;
 * month first only when the second number cannot be a month), or 14 Oct 2026; a time may follow.
 */
export function toDate(cell: Cell): Converted {
  if (typeof cell === 'number') return cell > 0 && cell < 2_958_466 ? ok(fromSerial(cell)) : bad(`${quote(cell)} is not a date`);
  const s = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(s)) return ok(s);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i.exec(s);
  let y = 0, mo = 0, d = 0;
  if (m) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else {
    m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9}),? (\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/.exec(s);
    if (!m) return bad(`${quote(cell)} is not a date (write 2026-10-14 or 14/10/2026)`);
    [d, mo, y] = [Number(m[1]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[3])];
  }
  if (y < 100) y += 2000;
  if (!validDay(y, mo, d)) return bad(`${quote(cell)} is not a date (write 2026-10-14 or 14/10/2026)`);
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!m[4]) return ok(date);
  let h = Number(m[4]);
  if (m[7]?.toLowerCase() === 'pm' && h < 12) h += 12;
  if (m[7]?.toLowerCase() === 'am' && h === 12) h = 0;
  return h < 24 ? ok(`${date}T${pad(h)}:${m[5]}:${m[6] ?? '00'}`) : bad(`${quote(cell)} has a time that does not exist`);
}

function toNumber(cell: Cell, what: string, money: boolean): Converted {
  if (typeof cell === 'number') return Number.isFinite(cell) && (!money || cell >= 0) ? ok(cell) : bad(`${quote(cell)} is not ${what}`);
  const s = cell.replace(/[£$€\s,]|GBP|EUR/gi, '').replace(/(hours?|hrs?|h|days?)$/i, '');
  const n = s === '' ? NaN : Number(s);
  if (!Number.isFinite(n) || (money && n < 0)) return bad(`${quote(cell)} is not ${what}`);
  return ok(n);
}

/** The items of a multi-value cell: "A; B", "A, B", SharePoint's ";#A;#B;#", one per line. */
const items = (cell: Cell): string[] => String(cell).split(/;#|[;,\n]/).map((s) => s.trim()).filter(Boolean);

/** Finds an objective by id, code ("SDP1"), title, or "code title" as a choice column shows it. */
function objectiveId(value: string, objectives: readonly ObjectiveRef[]): string {
  const v = norm(value);
  const found = objectives.find((o) => norm(o.id) === v || (o.code && (norm(o.code) === v || v.startsWith(`${norm(o.code)} `))) || norm(o.title) === v);
  return found ? found.id : toId(value);
}

function word(cell: Cell, table: Record<string, string>, what: string, own: Record<string, string>): Converted {
  const v = norm(String(cell));
  const mine = Object.entries(own).find(([k]) => norm(k) === v)?.[1];
  const found = mine ?? table[v];
  return found ? ok(found) : bad(`${quote(cell)} is not a ${what} this import knows (map it under "values")`);
}

/** Converts one cell to a field's value; `own` is the mapping's own words for this field. */
export function convert(cell: Cell, kind: Kind, own: Record<string, string> = {}, objectives: readonly ObjectiveRef[] = []): Converted {
  const mine = Object.entries(own).find(([k]) => norm(k) === norm(String(cell)))?.[1];
  switch (kind) {
    case 'text':
      return ok(mine ?? String(cell).trim());
    case 'id':
      return ok(toId(mine ?? String(cell)));
    case 'money':
      return toNumber(cell, 'an amount of money', true);
    case 'number':
      return toNumber(cell, 'a number', false);
    case 'date':
      return toDate(cell);
    case 'dates': {
      const out: string[] = [];
      for (const part of typeof cell === 'number' ? [cell] : items(cell)) {
        const d = toDate(part);
        if (!d.ok) return d;
        out.push(d.value as string);
      }
      return ok(out);
    }
    case 'ids':
      return ok(items(cell).map(toId));
    case 'objectives':
      return ok(items(cell).map((v) => own[v] ?? objectiveId(v, objectives)));
    case 'group':
      return word(cell, GROUPS, 'staff group (teaching, support or leadership)', own);
    case 'status':
      return word(cell, STATUSES, 'request status', own);
    case 'levels': {
      const out: string[] = [];
      for (const part of items(cell)) {
        const r = word(part, LEVELS, 'level of the five', own);
        if (!r.ok) return r;
        out.push(r.value as string);
      }
      return ok(out);
    }
    case 'rating': {
      const n = typeof cell === 'number' ? cell : Number(/^\s*(\d+)/.exec(cell)?.[1]);
      return Number.isInteger(n) && n >= 1 && n <= 5 ? ok(n) : bad(`${quote(cell)} is not a rating from 1 to 5`);
    }
    case 'word':
      return ok(mine ?? norm(String(cell)).replace(/ /g, '-'));
  }
}
