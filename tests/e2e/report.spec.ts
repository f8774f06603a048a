import { axe } from '../support/axe.ts';
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetRollup, type StaffMember } from '../../core/src/budget/rollup.ts';
import { renderImpactReportHtml } from '../../core/src/report/html.ts';
import { impactReport } from '../../core/src/report/impact.ts';
import type { CpdRequest, ImpactEvaluation, SchoolPlan } from '../../core/src/index.ts';
import { artifactsDir, repoRoot } from '../support/paths.ts';
import { startServer } from '../support/server.ts';

const yearDir = join(repoRoot, 'core/test/fixtures/year');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(yearDir, name), 'utf8')) as T;

test('the governors’ impact report for a year renders with its figures, passes axe, and is saved as a screenshot', async ({ page }) => {
  const plan = read<SchoolPlan>('plan.json');
  const report = impactReport(read<ImpactEvaluation[]>('evaluations.json'), plan);
  const budget = budgetRollup(plan, read<CpdRequest[]>('requests.json'), read<StaffMember[]>('staff.json'));
  const out = join(artifactsDir, 'report');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'impact-report.html'), renderImpactReportHtml(report, { school: plan.school, year: plan.year, budget }));
  const server = await startServer({ '/report': out });
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/report/impact-report.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPD impact report 2026-27: Oak Lane Primary School');
    await expect(page.getByText('5 impact evaluations from 5 members of staff')).toBeVisible();
    const value = page.getByRole('table', { name: 'Value for money: all CPD evaluated this year' });
    await expect(value.getByRole('row', { name: /Cost of the CPD evaluated/ })).toContainText('£2,342');
    await expect(value.getByRole('row', { name: /Cost per person per hour of training/ })).toContainText('£50.37');
    await expect(page.getByRole('table', { name: 'The INSET budget' }).getByRole('row', { name: /Spent/ })).toContainText('£4,842All CPD paid for this year');
    const support = page.getByRole('table', { name: 'Who gets CPD' }).getByRole('row', { name: /Support/ });
    await expect(support).toContainText('17%');
    await expect(page.getByRole('img', { name: 'Mean rating at each level (out of 5)' })).toBeVisible();
    // the evaluation text typed by staff is shown nowhere as markup
    expect(await page.locator('script').count()).toBe(0);
    const checked = await axe(page, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
    expect(checked.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'impact-report.png'), fullPage: true });
    // readable on a phone: no sideways scrolling at 320–480 px, and the charts' text never shrunk below 12 px
    for (const width of [320, 400, 480, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `report at ${width}px`).toBeLessThanOrEqual(0);
      if (width >= 400) {
        const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect().height)));
        expect(smallest, `chart text at ${width}px`).toBeGreaterThanOrEqual(12);
      }
      mkdirSync(join(artifactsDir, 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(artifactsDir, 'screenshots', `impact-report-${width}.png`), fullPage: true });
    }
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
