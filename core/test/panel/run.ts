/**
 * Runs the expert panel: extracts each page with core's extraction, scores it with the default policy
 * in its school context, and measures pair agreement, cost-fact accuracy and band accuracy.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Course, defaultPolicy, extractCourses, scoreCourse, type ScoreOptions } from '../../src/node.ts';
import { view, type PanelView } from './adapter.ts';
import { CONTEXTS, type PanelContext } from './contexts.ts';
import { caseKey, type OneOf, type PageCase, type PanelPair } from './types.ts';

export const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');
/** The panel's "today": one page is deliberately past, the others are in 2027. */
export const TODAY = '2026-11-29';

export interface CaseRun {
  c: PageCase;
  courses: Course[];
  course: Course;
  view: PanelView;
}

export interface Tally {
  ok: number;
  total: number;
  failures: string[];
}

const tally = (): Tally => ({ ok: 0, total: 0, failures: [] });
const pct = (t: Tally): number => (t.total ? t.ok / t.total : 1);
const oneOf = <T>(v: OneOf<T>): readonly T[] => (Array.isArray(v) ? v : [v as T]);
const titleOf = (html: string): string => /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() || 'Untitled page';

/** Where a panel's pages are, its contexts and its "today": this panel's by default; panel-b passes its own. */
export interface PanelSetup {
  dir: string;
  contexts: Readonly<Record<string, PanelContext>>;
  today: string;
}
const OWN: PanelSetup = { dir: pagesDir, contexts: CONTEXTS, today: TODAY };

/** Extracts and scores one case; a page expected to be too thin falls back to its title alone. */
export function runCase(c: PageCase, setup: PanelSetup = OWN): CaseRun {
  const html = readFileSync(join(setup.dir, `${c.page}.html`), 'utf8');
  const url = `https://panel.example.org.uk/${c.page}`;
  const courses = extractCourses(html, url);
  const course: Course = courses[0] ?? { title: titleOf(html), url };
  const ctx = setup.contexts[c.context]!;
  // `now` is the judgement helper's option for status; today's engine ignores it.
  const options = { now: setup.today } as ScoreOptions;
  const result = scoreCourse(course, defaultPolicy, ctx.profile, ctx.plan, options);
  return { c, courses, course, view: view(result, course) };
}

function check(t: Tally, ok: boolean, message: string | (() => string)): void {
  t.total++;
  if (ok) t.ok++;
  else t.failures.push(typeof message === 'string' ? message : message());
}

const near = (a: number | null, b: number | null, tol: number): boolean => (a === null || b === null ? a === b : Math.abs(a - b) <= tol);

/** Checks the cost and delivery facts one case states. */
export function checkFacts(r: CaseRun, t: Tally): void {
  const { c, view: v } = r;
  const at = caseKey(c.page, c.context);
  let first = true;
  const say = (fact: string, want: unknown, got: unknown): string => {
    const why = first ? ` — ${c.why}` : '';
    first = false;
    return `${at} ${fact}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}${why}`;
  };
  const fee = c.fee;
  if (fee) {
    const exVat = fee.exVat;
    if (exVat !== undefined) check(t, near(exVat, v.fee, 1), () => say('fee ex VAT', exVat, v.fee));
    check(t, near(fee.paid, v.paid, 1), () => say('fee paid', fee.paid, v.paid));
  }
  if (c.coverDays !== undefined) check(t, near(c.coverDays, v.coverDays, 1e-9), () => say('cover days', c.coverDays, v.coverDays));
  if (c.contactHours !== undefined) check(t, near(c.contactHours, v.contactHours, 0.5), () => say('contact hours', c.contactHours, v.contactHours));
  if (c.funding !== undefined) check(t, oneOf(c.funding).includes(v.funding as never), () => say('funding', c.funding, v.funding));
  check(t, oneOf(c.kind).includes(v.kind as never) || oneOf(c.kind).includes(PROGRAMMES[v.kind ?? ''] as never), () => say('kind', c.kind, v.kind));
  check(t, oneOf(c.status).includes(v.status as never), () => say('status', c.status, v.status));
}

/**
 * The engine's finer kinds that are programmes in the format's vocabulary: the fresh panels' authors were
 * given only course, programme, conference, lesson-study, statutory, inset, webinar and unknown, so an NPQ
 * they call a programme is the engine's 'npq'.
 */
export const PROGRAMMES: Record<string, string> = { npq: 'programme', ecf: 'programme', apprenticeship: 'programme', qualification: 'programme' };

export interface PanelReport {
  pairs: Tally;
  facts: Tally;
  bands: Tally;
  reasons: Tally;
  runs: Map<string, CaseRun>;
}

/** Runs every case and pair and returns the tallies. */
export function runPanel(cases: readonly PageCase[], pairs: readonly PanelPair[], setup: PanelSetup = OWN): PanelReport {
  const runs = new Map<string, CaseRun>();
  for (const c of cases) runs.set(caseKey(c.page, c.context), runCase(c, setup));
  const report: PanelReport = { pairs: tally(), facts: tally(), bands: tally(), reasons: tally(), runs };
  for (const r of runs.values()) {
    checkFacts(r, report.facts);
    const at = caseKey(r.c.page, r.c.context);
    check(report.bands, r.c.bands.includes(r.view.band as never), `${at} band: want ${r.c.bands.join('|')}, got ${r.view.band} (${r.view.total}) — ${r.c.why}`);
    for (const id of r.c.reasons.for) check(report.reasons, r.view.reasonsFor.includes(id), `${at} reason for: ${id}`);
    for (const id of r.c.reasons.against) check(report.reasons, r.view.reasonsAgainst.includes(id), `${at} reason against: ${id}`);
  }
  for (const p of pairs) {
    const hi = runs.get(caseKey(p.higher, p.context));
    const lo = runs.get(caseKey(p.lower, p.context));
    const ok = !!hi && !!lo && hi.view.total > lo.view.total;
    check(report.pairs, ok, `[${p.context}] ${p.higher} (${hi?.view.total}) > ${p.lower} (${lo?.view.total}) — ${p.why}`);
  }
  return report;
}

/** A readable report: the figures, then every failing pair and fact with its reason. */
export function formatReport(r: PanelReport): string {
  const line = (name: string, t: Tally): string => `${name.padEnd(18)} ${(pct(t) * 100).toFixed(1).padStart(5)}%  (${t.ok}/${t.total})`;
  const out = [
    'Expert panel',
    line('pair agreement', r.pairs),
    line('cost accuracy', r.facts),
    line('band accuracy', r.bands),
    line('key reasons', r.reasons),
    '',
    'Scores:',
    ...[...r.runs.values()].map((x) => `  ${caseKey(x.c.page, x.c.context).padEnd(48)} ${String(x.view.total).padStart(3)} ${x.view.band}`),
  ];
  for (const [name, t] of [['Failing pairs', r.pairs], ['Failing cost facts', r.facts], ['Failing bands', r.bands]] as const) {
    if (t.failures.length) out.push('', `${name} (${t.failures.length}):`, ...t.failures.map((f) => `  ✗ ${f}`));
  }
  return out.join('\n');
}

export { pct, check, tally, near, oneOf };
