/**
 * The CPL leader's policy editor in Chromium: change a weight, turn a criterion off, change a cover
 * rate, meet a validation error and fix it, download policy.json and have `cpd policy check` accept it;
 * load files (too big, broken, valid); publish to an address; axe in English and Welsh; screenshots.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe } from '../support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { repoRoot } from '../support/paths.ts';
import type { LocalServer } from '../support/server.ts';
import { bundleMissing, bundleMissingReason, serveIntranet, watchConsole } from './widgets-helpers.ts';

test.skip(bundleMissing, bundleMissingReason);
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const shots = join(repoRoot, 'tests/artifacts/screenshots');
let server: LocalServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function open(page: Page, lang = 'en'): Promise<void> {
  server = await serveIntranet();
  await page.goto(`${server.origin}/intranet/policy-editor.html`);
  if (lang !== 'en') await page.evaluate((l) => document.documentElement.setAttribute('lang', l), lang);
  await expect(page.locator('cpd-policy-editor h2').first()).toBeVisible();
}

test('a CPL leader edits the policy without JSON and downloads a file `cpd policy check` accepts', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page);
  const editor = page.locator('cpd-policy-editor');
  await expect(editor.locator('[part="status"]')).toHaveText('This policy has no problems.');

  await editor.getByLabel('Weight of “Meets identified development priorities”').fill('5');
  await editor.getByLabel('Use “Respects cultural diversity”').uncheck();
  await expect(editor.getByLabel('Weight of “Respects cultural diversity”')).toHaveValue('0');
  await editor.getByLabel('Day rate for primary').fill('240');
  await editor.getByLabel('Senior approval is needed for requests costing more than (£)').fill('750');

  // A weight over 100: the message is beside the field at once, and the summary on download.
  const weight = editor.getByLabel('Weight of “Helps raise pupils’ achievement”');
  await weight.fill('250');
  await expect(editor.locator('#f-criteria-2-weight-error')).toHaveText(/Weight of “Helps raise pupils’ achievement” should be at most 100/);
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('[part="status"]')).toHaveText(/1 problem/);
  await editor.getByRole('button', { name: 'Download policy.json' }).click();
  const summary = editor.locator('[part="error-summary"]');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /Weight of “Helps raise pupils’ achievement” should be at most 100/ }).click();
  await expect(weight).toBeFocused();
  await weight.fill('2');
  await expect(summary).toHaveCount(0);
  await expect(editor.locator('[part="status"]')).toHaveText('This policy has no problems.');

  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Download policy.json' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('policy.json');
  const dir = join(tmpdir(), `cpd-policy-editor-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'policy.json');
  await file.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { criteria: { id: string; weight: number }[]; costs: Record<string, unknown> };
  expect(saved.criteria.find((c) => c.id === 'priorities')?.weight).toBe(5);
  expect(saved.criteria.find((c) => c.id === 'cultural-diversity')?.weight).toBe(0);
  expect((saved.costs.supplyCoverDayRateByPhase as Record<string, number>).primary).toBe(240);
  expect(saved.costs.approvalThreshold).toBe(750);

  const schema = editor.getByRole('link', { name: /policy JSON Schema/ });
  const schemaAnswer = await page.request.get(new URL((await schema.getAttribute('href'))!, page.url()).href);
  expect(((await schemaAnswer.json()) as { title?: string; $schema?: string }).$schema).toBeTruthy();

  const cli = spawnSync(process.execPath, [join(repoRoot, 'core/src/cli/main.ts'), 'policy', 'check', path], { encoding: 'utf8' });
  expect(cli.stderr + cli.stdout).not.toMatch(/problem|error/i);
  expect(cli.status).toBe(0);

  // Turning the criterion back on restores its weight.
  await editor.getByLabel('Use “Respects cultural diversity”').check();
  await expect(editor.getByLabel('Weight of “Respects cultural diversity”')).toHaveValue('0.5');
  expect(problems).toEqual([]);
});

test('bands, VAT, the unknown prior and the repayment terms are edited and checked', async ({ page }) => {
  await open(page);
  const editor = page.locator('cpd-policy-editor');
  await editor.getByLabel('Name of judgement 1').fill('Excellent fit');
  await editor.getByLabel('Lowest score for judgement 4').fill('10');
  await expect(editor.locator('#f-bands-error')).toHaveText(/Judgements should include a band with min 0/);
  await editor.getByLabel('Lowest score for judgement 4').fill('0');
  await editor.getByLabel('VAT rate (%)').fill('120');
  await expect(editor.locator('#f-costs-vatRate-error')).toHaveText(/VAT rate \(%\) should be at most 100%/);
  await editor.getByLabel('VAT rate (%)').fill('20');
  await editor.getByLabel('Type of school').selectOption('independent');
  await editor.getByLabel('Score given to a criterion the page cannot tell (%)').fill('40');
  await editor.getByLabel('Condition 3').fill('leave within 24 months of completing it');
  await editor.getByLabel('Months staff must stay after completing it').fill('24');
  await editor.getByLabel('Condition 1').fill('');
  await expect(editor.locator('#f-repayment-conditions-0-error')).toHaveText(/Repayment condition 1 should not be empty/);
  await editor.getByRole('button', { name: 'Remove condition 1' }).click();
  await expect(editor.locator('[part="status"]')).toHaveText('This policy has no problems.');
  const value = await editor.evaluate((el) => (el as unknown as { value: unknown }).value) as { bands: { label: string }[]; costs: { schoolType: string; vatRate: number }; prior: number; repayment: { conditions: string[]; months: number } };
  expect(value.bands[0]!.label).toBe('Excellent fit');
  expect(value.costs).toMatchObject({ schoolType: 'independent', vatRate: 0.2 });
  expect(value.prior).toBe(0.4);
  expect(value.repayment).toEqual({ conditions: ['do not pass the qualification', 'leave within 24 months of completing it'], months: 24, source: expect.anything() });
  // Off removes the terms from the file; on again starts from the CPL policy's 4.1 terms.
  const repay = editor.getByLabel('Staff may have to repay a funded qualification');
  await repay.uncheck();
  await expect(editor.getByLabel('Condition 1')).toHaveCount(0);
  expect(await editor.evaluate((el) => (el as unknown as { value: { repayment?: unknown } }).value.repayment)).toBeUndefined();
  await repay.check();
  await expect(editor.getByLabel('Condition 3')).toHaveValue(/12 months/);
});

test('loading files: too big is refused before reading, broken files are named in plain English, a valid one loads', async ({ page }) => {
  await open(page);
  const editor = page.locator('cpd-policy-editor');
  const input = editor.getByLabel('Load a policy file');
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 32) });
  await expect(editor.getByRole('status')).toHaveText(/huge\.json is 2\.0 MB\. A policy file must be 2 MB or smaller/);
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "schemaVersion": 1,') });
  await expect(editor.locator('[part="load-error"]')).toContainText('broken.json was not loaded');
  await expect(editor.locator('[part="load-error"]')).toContainText('is not valid JSON');
  const policy = defaultWith({ approvalThreshold: 'lots' });
  await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(policy)) });
  await expect(editor.locator('[part="load-error"]')).toContainText('Senior approval is needed for requests costing more than (£) should be a number');
  await input.setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(defaultWith({ approvalThreshold: 321 }))) });
  await expect(editor.getByRole('status')).toHaveText('Loaded ours.json.');
  await expect(editor.getByLabel('Senior approval is needed for requests costing more than (£)')).toHaveValue('321');
});

test('publishing POSTs the checked file once and says what the receiver answered', async ({ page }) => {
  await open(page);
  const editor = page.locator('cpd-policy-editor');
  const bodies: string[] = [];
  let answer = 503;
  await page.route('**/api/policy', async (route) => {
    bodies.push(route.request().postData() ?? '');
    await route.fulfill({ status: answer, contentType: 'application/json', body: answer === 200 ? '{"ok":true}' : '{"message":"Library <b>locked</b>"}' });
  });
  await editor.evaluate((el) => el.setAttribute('publish-url', '/api/policy'));
  await editor.getByRole('button', { name: 'Publish to the intranet' }).click();
  await expect(editor.getByRole('status')).toHaveText(/Could not publish \(503: Library <b>locked<\/b>\)/);
  answer = 200;
  await editor.getByRole('button', { name: 'Publish to the intranet' }).click();
  await expect(editor.getByRole('status')).toHaveText(/^Published\./);
  expect(bodies).toHaveLength(2);
  expect(JSON.parse(bodies[1]!)).toMatchObject({ schemaVersion: 1, id: 'cpd-lens-default' });
});

for (const lang of ['en', 'cy']) {
  test(`no axe violations (${lang}), with errors shown; screenshots at 400 and 1280 px`, async ({ page }) => {
    await open(page, lang);
    const editor = page.locator('cpd-policy-editor');
    await expect(editor.locator('h2').first()).toHaveText(lang === 'cy' ? 'Golygu eich polisi dysgu proffesiynol' : 'Edit your CPD policy');
    await editor.locator('#f-criteria-1-weight').fill('x');
    await editor.locator('[part="download"]').click();
    await expect(editor.locator('[part="error-summary"]')).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    mkdirSync(shots, { recursive: true });
    for (const width of [400, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, `policy-editor-${lang}-${width}.png`), fullPage: true });
    }
  });
}

/** The default policy (from the CLI) with one cost setting replaced. */
function defaultWith(costs: Record<string, unknown>): unknown {
  const out = spawnSync(process.execPath, [join(repoRoot, 'core/src/cli/main.ts'), 'policy', 'default'], { encoding: 'utf8' });
  const policy = JSON.parse(out.stdout) as { costs: Record<string, unknown> };
  policy.costs = { ...policy.costs, ...costs };
  return policy;
}
