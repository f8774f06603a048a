/**
 * A fresh panel's suite (panel B, panel C): run through the same runner as this panel, figures reported,
 * and only the panel's shape asserted, so a fresh panel's expectations are never tuned to pass.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTEXTS } from './contexts.ts';
import { formatMeasures, measure, type PanelBReport } from './measure.ts';
import { formatReport, pct, runPanel, type PanelReport } from './run.ts';
import type { PageCase, PanelPair } from './types.ts';

/** Defines the suite of a fresh panel in `dir` (its pages under `dir/pages`), dated `today`. */
export function freshPanelSuite(name: string, dir: string, cases: readonly PageCase[], pairs: readonly PanelPair[], minPages: number, today = '2026-12-07'): void {
  const pages = join(dir, 'pages');
  describe(name, () => {
    let report: PanelReport;
    let more: PanelBReport;
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(`${today}T12:00:00Z`));
      report = runPanel(cases, pairs, { dir: pages, contexts: CONTEXTS, today });
      more = measure(report.runs.values());
      console.log(`${name}\n${formatReport(report)}\n${formatMeasures(more)}`);
    });
    afterAll(() => vi.useRealTimers());

    it('is well formed: every page has a case, every pair names cases', () => {
      const files = readdirSync(pages).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
      const used = new Set(cases.map((c) => c.page));
      expect(files.filter((p) => !used.has(p))).toEqual([]);
      expect(files.length).toBeGreaterThanOrEqual(minPages);
      expect(report.pairs.total).toBe(pairs.length);
    });

    it('reports its figures', () => {
      expect(pct(report.pairs)).toBeGreaterThanOrEqual(0);
      expect(more.facts.size).toBeGreaterThan(0);
    });
  });
}
