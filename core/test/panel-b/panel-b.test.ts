import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatReport, pct, runPanel, type PanelReport } from '../panel/run.ts';
import { CASES } from './cases.ts';
import { CONTEXTS } from './contexts.ts';
import { formatMeasures, measure, type PanelBReport } from '../panel/measure.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel B: a fresh panel written by an author who never saw the engine (see README.md), run through the
 * same runner as core/test/panel. Its expectations are never edited. Figures are reported; the test
 * asserts the panel's shape and that every page expected to have a course extracts one.
 */
const TODAY = '2026-12-07';
const dir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

describe('panel B (fresh, unseen by the engine)', () => {
  let report: PanelReport;
  let more: PanelBReport;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
    report = runPanel(CASES, PAIRS, { dir, contexts: CONTEXTS, today: TODAY });
    more = measure(report.runs.values());
    console.log(`Panel B\n${formatReport(report)}\n${formatMeasures(more)}`);
  });
  afterAll(() => vi.useRealTimers());

  it('is well formed: every page has a case, every pair names cases', () => {
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
    const used = new Set(CASES.map((c) => c.page));
    expect(pages.filter((p) => !used.has(p))).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(34);
    expect(report.pairs.total).toBe(PAIRS.length);
  });

  it('reports its figures', () => {
    expect(pct(report.pairs)).toBeGreaterThanOrEqual(0);
    expect(more.facts.size).toBeGreaterThan(0);
  });
});
