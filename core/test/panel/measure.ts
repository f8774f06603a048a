/**
 * Measures beside the runner's tallies, for any panel: each fact kind's precision and recall, pages with
 * every cost fact right, and, where a panel states them (panel B does), VAT, the list price and its
 * basis, dated sessions, reasons against a criterion the page plainly evidences and self-contradictions.
 */
import { type CaseRun, PROGRAMMES } from './run.ts';
import { caseKey, type CriterionId, type PageCase as BaseCase } from './types.ts';

/** A case with the optional facts panel B adds (its types.ts extends the shared PageCase the same way). */
type PageCase = BaseCase & {
  vat?: 'plus-vat' | 'includes-vat' | 'no-vat' | 'not-stated';
  listPrice?: { amount: number; basis: string; covers?: number } | null;
  sessions?: number;
  notAgainst?: readonly CriterionId[];
  conflicts?: readonly string[];
};

/** Precision and recall of one fact kind: a claim is a value the engine gives; a statement is one the panel expects. */
export interface FactScore {
  tp: number;
  fp: number;
  fn: number;
  /** Cases where the panel expects nothing and the engine claims nothing. */
  tn: number;
  failures: string[];
}

const score = (): FactScore => ({ tp: 0, fp: 0, fn: 0, tn: 0, failures: [] });
const near = (a: number | null | undefined, b: number | null | undefined, tol: number): boolean => (a === null || a === undefined || b === null || b === undefined ? (a ?? null) === (b ?? null) : Math.abs(a - b) <= tol);
const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T]);

/** Records one case's fact: `want` null means the page states none; `got` null means the engine claims none. */
function tallyFact(s: FactScore, at: string, want: unknown, got: unknown, same: boolean): void {
  const stated = want !== null && want !== undefined;
  const claimed = got !== null && got !== undefined;
  if (!stated && !claimed) s.tn++;
  else if (stated && claimed && same) s.tp++;
  else {
    if (claimed) s.fp++;
    if (stated) s.fn++;
    s.failures.push(`${at}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
}

const VAT: Record<string, string | null> = { 'plus-vat': 'excluded', 'includes-vat': 'included', 'no-vat': 'exempt', 'not-stated': null };
const CONFLICT: Record<string, string> = { price: 'price', venue: 'delivery', format: 'length', dates: 'dates', status: 'status' };

export interface PanelBReport {
  facts: Map<string, FactScore>;
  /** Pages with fee, VAT, cover days and contact hours all right (each as far as the panel states it). */
  costPages: { ok: number; total: number; failures: string[] };
  /** Reasons against a criterion the page plainly evidences. */
  contradicted: string[];
  notAgainstChecked: number;
}

/** Measures every case run. */
export function measure(runs: Iterable<CaseRun>): PanelBReport {
  const facts = new Map<string, FactScore>();
  const f = (name: string): FactScore => facts.get(name) ?? (facts.set(name, score()), facts.get(name)!);
  const report: PanelBReport = { facts, costPages: { ok: 0, total: 0, failures: [] }, contradicted: [], notAgainstChecked: 0 };
  for (const r of runs) {
    const c = r.c as PageCase;
    const v = r.view;
    const at = caseKey(c.page, c.context);
    const price = r.course.price;
    const bad: string[] = [];
    if (c.listPrice !== undefined) {
      const want = c.listPrice;
      // a funded route is no price the page states: the format leaves listPrice to each author, and some write
      // null for "fully funded", others £0 (the funding itself is measured as its own fact)
      const funded = price?.basis === 'funded' && price.amount === 0;
      const got = price && !(funded && want === null) ? { amount: price.amount, basis: price.basis, ...(price.covers ? { covers: price.covers } : {}) } : null;
      const same = !!want && !!got && near(want.amount, got.amount, 1) && (want.amount === 0 || want.basis === got.basis) && (want.covers === undefined || want.covers === got.covers);
      tallyFact(f('list price'), at, want, got, same);
      if (want === null ? got !== null : !same) bad.push('price');
    }
    if (c.fee) {
      const same = near(c.fee.paid, v.paid, 1) && (c.fee.exVat === undefined || near(c.fee.exVat, v.fee, 1));
      tallyFact(f('fee paid'), at, c.fee.paid, v.paid, same);
      if (!same) bad.push(`fee ${v.paid}≠${c.fee.paid}`);
    }
    if (c.vat !== undefined) {
      const want = VAT[c.vat] ?? null;
      const got = price && price.vat !== 'unknown' && price.amount > 0 ? price.vat : null;
      tallyFact(f('VAT'), at, want, got, want === got);
      if (want !== got) bad.push(`VAT ${got}≠${want}`);
    }
    if (c.coverDays !== undefined) {
      const same = near(c.coverDays, v.coverDays, 1e-9);
      tallyFact(f('cover days'), at, c.coverDays, v.coverDays, same);
      if (!same) bad.push(`cover ${v.coverDays}≠${c.coverDays}`);
    }
    if (c.contactHours !== undefined) {
      const same = near(c.contactHours, v.contactHours, 0.5);
      tallyFact(f('contact hours'), at, c.contactHours, v.contactHours, same);
      if (!same) bad.push(`hours ${v.contactHours}≠${c.contactHours}`);
    }
    if (c.sessions !== undefined) {
      const got = r.view.sessions;
      tallyFact(f('sessions'), at, c.sessions, got, got === c.sessions);
    }
    if (c.funding !== undefined) {
      const want = list(c.funding);
      const stated = want.some((w) => w !== null);
      tallyFact(f('funding'), at, stated ? want : null, v.funding, want.includes(v.funding as never));
    }
    const status = list(c.status);
    const known = status.filter((s) => s !== 'unknown' && s !== 'open');
    // open is the default of a bookable page: only a stated past, full or closed status counts as a fact here
    tallyFact(f('status (past/full/closed)'), at, known.length ? known : null, v.status === 'open' || v.status === 'unknown' ? null : v.status, status.includes(v.status as never));
    tallyFact(f('kind'), at, list(c.kind), v.kind, list(c.kind).includes(v.kind as never) || list(c.kind).includes(PROGRAMMES[v.kind ?? ''] as never));
    const wantConflicts = (c.conflicts ?? []).map((k) => CONFLICT[k]!);
    const gotConflicts = (r.course.conflicts ?? []).map((k) => k.field as string);
    for (const k of new Set([...wantConflicts, ...gotConflicts])) {
      tallyFact(f('conflicts'), `${at} ${k}`, wantConflicts.includes(k) ? k : null, gotConflicts.includes(k) ? k : null, true);
    }
    if (!wantConflicts.length && !gotConflicts.length) f('conflicts').tn++;
    for (const id of c.notAgainst ?? []) {
      report.notAgainstChecked++;
      if (v.reasonsAgainst.includes(id)) report.contradicted.push(`${at}: reason against ${id}, which the page evidences — ${c.why}`);
    }
    if (c.fee || c.coverDays !== undefined || c.contactHours !== undefined || c.vat !== undefined) {
      report.costPages.total++;
      if (bad.length) report.costPages.failures.push(`${at}: ${bad.join('; ')}`);
      else report.costPages.ok++;
    }
  }
  return report;
}

const pc = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** The report's lines: per fact kind precision and recall, cost pages, contradicted reasons. */
export function formatMeasures(r: PanelBReport): string {
  const out = ['', 'Per fact kind           precision       recall        (right when the page is silent)'];
  for (const [name, s] of r.facts) {
    out.push(`  ${name.padEnd(26)} ${pc(s.tp, s.tp + s.fp).padStart(6)} (${s.tp}/${s.tp + s.fp})  ${pc(s.tp, s.tp + s.fn).padStart(6)} (${s.tp}/${s.tp + s.fn})  ${s.tn}`);
  }
  out.push('', `pages with fee, VAT, cover and hours right: ${pc(r.costPages.ok, r.costPages.total)} (${r.costPages.ok}/${r.costPages.total})`);
  out.push(`reasons contradicting the page (notAgainst): ${r.contradicted.length} of ${r.notAgainstChecked} checked`);
  out.push('', 'Cost pages wrong:', ...r.costPages.failures.map((x) => `  ✗ ${x}`));
  out.push('', 'Contradicted reasons:', ...r.contradicted.map((x) => `  ✗ ${x}`));
  for (const [name, s] of r.facts) if (s.failures.length) out.push('', `${name} wrong:`, ...s.failures.map((x) => `  ✗ ${x}`));
  return out.join('\n');
}
