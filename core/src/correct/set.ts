import { CORRECTABLE, Corrections, type CorrectedSession } from '../model/corrections.ts';
import { check, type Checked, type Problem } from '../model/validate.ts';

const BASES: Record<string, 'per-participant' | 'per-school' | 'per-group'> = {
  participant: 'per-participant',
  person: 'per-participant',
  head: 'per-participant',
  delegate: 'per-participant',
  school: 'per-school',
  group: 'per-group',
};
const PRICE = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(?:\/|\bper\s+)\s*([a-z]+)$/i;
const SESSION = /^(\d{4}-\d{2}-\d{2})(?:[T@ ](\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2}))?$/;
const FIELDS = ['price', 'covers', 'vat', 'sessions', 'dates', 'delivery', 'funding', 'status'] as const;

/** Adds `by: 'staff'` and the time to each correction that lacks them (a hand-written JSON file), leaving the rest to the schema. */
export function stampCorrections(raw: unknown, at: string): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) out[k] = v && typeof v === 'object' && !Array.isArray(v) && (CORRECTABLE as readonly string[]).includes(k) ? { by: 'staff', at, ...v } : v;
  return out;
}

/** Checks corrections from outside (a file, a stored record), stamped with `at` where they say nothing of who and when. */
export function readCorrections(raw: unknown, at: string): Checked<Corrections> {
  return check(Corrections, stampCorrections(raw, at));
}

function sessionsOf(value: string): CorrectedSession[] | string {
  const out: CorrectedSession[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = SESSION.exec(part);
    if (!m) return `"${part}" is not a date (2026-03-14) or a date with times (2026-03-14@09:30-16:00)`;
    out.push(m[2] ? { date: m[1]!, start: m[2], end: m[3]! } : { date: m[1]! });
  }
  return out.length ? out : 'name at least one date';
}

/**
 * Corrections from `field=value` pairs, as the CLI's `--set` takes them: `price=1250/school`,
 * `covers=40`, `vat=excluded`, `sessions=2026-03-14@09:30-16:00,2026-04-02`, `delivery=face-to-face`,
 * `funding=none`, `status=full`. Every problem names its field.
 */
export function parseSets(pairs: readonly string[], at: string): Checked<Corrections> {
  const raw: Record<string, Record<string, unknown>> = {};
  const problems: Problem[] = [];
  let covers: number | undefined;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const field = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : pair.slice(eq + 1).trim();
    if (!(FIELDS as readonly string[]).includes(field)) {
      problems.push({ path: field || pair, message: `is not a fact that can be set (use ${FIELDS.join(', ')})` });
      continue;
    }
    if (!value) {
      problems.push({ path: field, message: `needs a value: ${field}=…` });
      continue;
    }
    if (field === 'price') {
      const m = PRICE.exec(value);
      const basis = m ? BASES[m[3]!.toLowerCase().replace(/s$/, '')] : undefined;
      if (!m || !basis) problems.push({ path: 'price', message: `"${value}" should be an amount and whom it is for: 1250/school, 195/participant or 600/group` });
      else raw.price = { amount: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')), basis };
    } else if (field === 'covers') {
      covers = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(covers) || covers < 1 || covers > 10_000) problems.push({ path: 'covers', message: `"${value}" should be a whole number of staff from 1 to 10000` });
    } else if (field === 'sessions' || field === 'dates') {
      const sessions = sessionsOf(value);
      if (typeof sessions === 'string') problems.push({ path: field, message: sessions });
      else raw.sessions = { sessions };
    } else if (field === 'funding') raw.funding = { route: value };
    else raw[field] = { value };
  }
  if (covers !== undefined && Number.isFinite(covers)) {
    if (!raw.price) problems.push({ path: 'covers', message: 'needs the price it belongs to: --set price=1250/school --set covers=40' });
    else if (raw.price.basis === 'per-participant') problems.push({ path: 'covers', message: 'applies to a per-school or per-group price, not a price per participant' });
    else raw.price.covers = covers;
  }
  if (problems.length) return { ok: false, problems };
  return readCorrections(raw, at);
}
