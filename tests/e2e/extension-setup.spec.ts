import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHandoff, readHandoffJson } from '@cpd-lens/core';
import { askForHandoff, expect, extensionMissing, extensionMissingReason, labelFrame, ownFixturesDir, pageBadge, snap, test } from '../support/extension.ts';
import type { Page } from '@playwright/test';

test.skip(extensionMissing, extensionMissingReason);

async function setUp(options: Page, formUrl?: string): Promise<void> {
  await options.getByLabel('Your role').selectOption('teacher');
  await options.getByLabel('Phase').selectOption('primary');
  await options.getByLabel('Subjects you teach or lead').fill('English, science');
  await options.getByRole('button', { name: 'Add an objective' }).click();
  await options.getByLabel('Code (optional)').fill('SDP2');
  await options.getByLabel('Objective', { exact: true }).fill('Improve metacognition and self-regulated learning across the school');
  await options.getByRole('button', { name: 'Add a target' }).click();
  await options.getByLabel('Target', { exact: true }).fill('Use metacognitive strategies in my Year 4 science lessons');
  await options.getByLabel('Linked objective').selectOption({ label: 'SDP2: Improve metacognition and self-regulated learning across the school' });
  await options.getByLabel('Supply-cover day rate, £ (optional)').fill('180');
  if (formUrl) await options.getByLabel('Request form address (optional)').fill(formUrl);
  await options.getByRole('button', { name: 'Save setup' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

test('setup: profile and targets change the score; a broken policy file is explained; a good one is used', async ({ context, server, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await setUp(options);

  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await pageBadge(page).click();
  const panel = labelFrame(page);
  await panel.getByRole('button', { name: 'All criteria, targets and costs' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Your target:' })).toContainText('Use metacognitive strategies');
  await expect(panel.getByRole('listitem').filter({ hasText: 'School objective:' })).toContainText('Improve metacognition');

  // a broken policy: every problem listed in plain English, naming the setting, each linked to the field; nothing changes
  await options.getByLabel('Import a policy file (.json)').setInputFiles(join(ownFixturesDir, 'broken-policy.json'));
  const summary = options.getByRole('alert');
  await expect(summary).toContainText('That policy could not be used');
  await expect(summary.getByRole('link', { name: 'broken-policy.json: Weight of criterion ‘Evidence’ must be a number' })).toHaveAttribute('href', '#policy-file');
  await expect(summary).toContainText('The cost rules section is missing');
  await expect(summary).not.toContainText('criteria[');
  await expect(options.getByText('In use:')).toContainText('the default policy, based on');
  await expect(options.locator('body')).not.toContainText('CPL policy 3.1');
  await snap(options, 'options-broken-policy');

  // a good policy from the address where the school publishes it
  const policy = JSON.parse(readFileSync(join(ownFixturesDir, 'school-policy.json'), 'utf8')) as { name: string };
  await options.getByLabel('Or the address where your school publishes it').fill(`${server.origin}/own/school-policy.json`);
  await options.getByRole('button', { name: 'Import from address' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Imported' })).toContainText(policy.name);
  await expect(options.getByText('In use:')).toContainText(policy.name);

  await page.reload();
  await expect(pageBadge(page)).toHaveAccessibleName(/School test band/);
});

test('save, compare, notes, sorting, removal and the request hand-off', async ({ context, server, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await setUp(options, `${server.origin}/own/request-form.html`);

  const page = await context.newPage();
  await page.goto(`${server.origin}/own/catalogue.html`);
  const badges = page.locator('cpd-lens-course').getByRole('button');
  await expect(badges).toHaveCount(3);
  const panel = labelFrame(page);
  for (const i of [0, 2]) {
    await badges.nth(i).click();
    await panel.getByRole('button', { name: 'Save course' }).click();
    await expect(panel.getByRole('status')).toContainText('Saved');
    await panel.getByRole('button', { name: 'Close the label' }).click();
  }
  await page.goto(`${server.origin}/own/course.html`);
  await pageBadge(page).click();
  await panel.getByRole('button', { name: 'Save course' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved');

  // hand-off from the badge: the form opens with an opaque token in its address, and gets the course
  // and the linked target from CPD Lens when it asks (issue 20)
  const formPage = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Start a request' }).click();
  const form = await formPage;
  await form.waitForLoadState();
  expect(new URL(form.url()).hash).toMatch(/^#cpd-request-token=[0-9a-f]{32}$/);
  const decoded = readHandoffJson(await askForHandoff(form));
  expect(decoded?.ok).toBe(true);
  if (decoded?.ok) {
    expect(decoded.value.course.title).toBe('Metacognition in the Primary Classroom');
    expect(decoded.value.targets.map((t) => t.text)).toEqual(['Use metacognitive strategies in my Year 4 science lessons']);
    expect(decoded.value.objectiveIds).toHaveLength(1);
    expect(decoded.value.score?.total).toBeGreaterThan(0);
  }
  await form.close();

  const compare = await openExtensionPage('sidepanel.html');
  const rows = compare.locator('ol.cards > li');
  await expect(rows).toHaveCount(3);
  await compare.getByText('Every criterion, course by course').click();
  await expect(compare.getByRole('table', { name: 'How each saved course is judged on each criterion' }).locator('thead th')).toHaveCount(4);
  await snap(compare, 'compare');

  await compare.getByLabel('Sort by').selectOption('title');
  await expect(compare.getByRole('list', { name: /course name, a to z/ })).toBeVisible();
  await expect(rows.first().getByRole('heading')).toHaveText('1. Adaptive Teaching in Mathematics');
  await compare.getByLabel('Sort by').selectOption('provider');
  await compare.getByLabel('Sort by').selectOption('title');
  await expect(rows.last().getByRole('heading')).toHaveText('3. Metacognition in the Primary Classroom');

  await compare.getByLabel('Note on Adaptive Teaching in Mathematics').fill('Ask about gap tasks');
  await compare.getByLabel('Note on Adaptive Teaching in Mathematics').blur();
  await expect(compare.getByRole('status')).toContainText('Note saved');

  const download = compare.waitForEvent('download');
  await compare.getByRole('button', { name: 'Download the request for Adaptive Teaching in Mathematics' }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ v: 1, course: { title: 'Adaptive Teaching in Mathematics' } });

  // a copied link may be pasted anywhere: it carries the course and costs, never the PD targets or score (issue 20)
  await compare.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: async (text: string) => void ((window as unknown as { copied: string }).copied = text) }));
  await compare.getByRole('button', { name: 'Copy the request for Metacognition in the Primary Classroom' }).click();
  await expect(compare.getByRole('status')).toContainText('Request link copied');
  const link = await compare.evaluate(() => (window as unknown as { copied: string }).copied);
  const copied = decodeHandoff(new URL(link).hash);
  expect(copied?.ok && copied.value).toMatchObject({ course: { title: 'Metacognition in the Primary Classroom' }, targets: [], targetsLeftOut: true });
  expect(copied?.ok && copied.value.score).toBeUndefined();
  expect(JSON.stringify(copied)).not.toContain('Year 4 science');

  await compare.getByRole('button', { name: 'Remove Early Reading and Phonics Leadership' }).click();
  await expect(rows).toHaveCount(2);
  await compare.reload();
  await expect(rows).toHaveCount(2);
  await expect(compare.getByLabel('Note on Adaptive Teaching in Mathematics')).toHaveValue('Ask about gap tasks');

  // commissioning check: the saved courses as options for a cohort, with core's recommendation
  await compare.getByLabel('Sort by').selectOption('title');
  await compare.getByLabel('Staff taking part').fill('12');
  const check = compare.getByRole('region', { name: 'Commissioning check' });
  const options2 = check.getByRole('list', { name: 'Options for 12 staff' }).locator(':scope > li');
  await expect(options2).toHaveCount(2);
  await expect(options2.first()).toContainText('For 12 staff');
  await expect(options2.first().getByRole('heading')).toHaveText('Option 1: Adaptive Teaching in Mathematics');
  await expect(check.getByText(/^(Recommended: option \d|No option can be recommended yet\.)/)).toBeVisible();
  await snap(compare, 'commissioning');
});

test('export and import of all data as one JSON file; a broken file changes nothing', async ({ context, server, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await setUp(options, `${server.origin}/own/request-form.html`);
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await pageBadge(page).click();
  await labelFrame(page).getByRole('button', { name: 'Save course' }).click();
  await expect(labelFrame(page).getByRole('status')).toContainText('Saved');

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all my data' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'cpd-lens-export', version: 1, extension: { settings: { supplyCoverDayRate: 180 } } });
  expect(exported.data.profiles[0].targets[0].text).toContain('metacognitive');
  expect(exported.data.courses).toHaveLength(1);

  // a broken file: the problem is named, nothing is written
  const broken = structuredClone(exported);
  broken.data.courses[0].course.title = 42;
  broken.extension.settings.supplyCoverDayRate = 999;
  await options.getByLabel('Import a CPD Lens export (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(options.getByRole('alert')).toContainText('data.courses[0].course.title should be text');
  await options.reload();
  await expect(options.getByLabel('Supply-cover day rate, £ (optional)')).toHaveValue('180');

  // lose some data, then bring it all back from the file
  const compare = await openExtensionPage('sidepanel.html');
  await compare.getByRole('button', { name: 'Remove Metacognition in the Primary Classroom' }).click();
  await expect(compare.getByText('No saved courses yet')).toBeVisible();
  await options.getByLabel('Supply-cover day rate, £ (optional)').fill('');
  await options.getByRole('button', { name: 'Save setup' }).click();
  await options.getByLabel('Import a CPD Lens export (.json)').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(options.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(options.getByLabel('Supply-cover day rate, £ (optional)')).toHaveValue('180');
  await compare.reload();
  await expect(compare.locator('ol.cards > li')).toHaveCount(1);
});

test('setup is validated the GOV.UK way: a linked error summary, messages beside fields, answers kept, no empty target, "Saved" only when saved', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  // no browser bubbles: the form does its own checking
  await expect(options.locator('main > form[novalidate]')).toHaveCount(1);
  await options.getByLabel('Subjects you teach or lead').fill('science');
  await options.getByRole('button', { name: 'Add a target' }).click();
  await options.getByLabel('Request form address (optional)').fill('intranet/cpd');
  await options.getByLabel('Supply-cover day rate, £ (optional)').fill('lots');
  await options.getByRole('button', { name: 'Save setup' }).click();

  const summary = options.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(options).toHaveTitle('Error: Set up CPD Lens');
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['Select your role', 'Enter target 1, or remove it', 'Supply-cover day rate must be an amount in pounds, like 180', 'Enter the request form address in the correct format, like https://intranet.school.example/cpd']);
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  // each message also sits beside its field, and the link moves focus to that field
  await expect(options.locator('#role-error')).toHaveText(/Select your role/);
  await expect(options.getByLabel('Your role')).toHaveAttribute('aria-describedby', 'role-error');
  await links.nth(1).click();
  await expect(options.getByLabel('Target', { exact: true })).toBeFocused();
  // answers are kept
  await expect(options.getByLabel('Subjects you teach or lead')).toHaveValue('science');
  await expect(options.getByLabel('Supply-cover day rate, £ (optional)')).toHaveValue('lots');

  await options.getByLabel('Your role').selectOption('teacher');
  await options.getByLabel('Target', { exact: true }).fill('Improve questioning in science');
  await options.getByLabel('Supply-cover day rate, £ (optional)').fill('£180');
  await options.getByLabel('Request form address (optional)').fill('https://intranet.school.example/cpd');
  await options.getByRole('button', { name: 'Save setup' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(options.locator('.error-summary')).toHaveCount(0);
  await options.reload();
  await expect(options.getByLabel('Supply-cover day rate, £ (optional)')).toHaveValue('180');
  await expect(options.getByLabel('Target', { exact: true })).toHaveValue('Improve questioning in science');

  // the side panel no longer invites a set-up once there are targets
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByText('No saved courses yet')).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Make the scores yours' })).toHaveCount(0);
});

test('policy and data files over 5 MB are refused by their size, with a clear message', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
  await options.getByLabel('Import a policy file (.json)').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: big });
  await expect(options.getByRole('alert')).toContainText('The file is bigger than 5 MB, so it was not read');
  await expect(options.locator('#policy-file-error')).toContainText('bigger than 5 MB');
  await options.getByLabel('Import a CPD Lens export (.json)').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: big });
  await expect(options.locator('#import-file-error')).toContainText('bigger than 5 MB');
});

test('the language setting turns setup, popup and side panel Welsh, and back', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Cymraeg (Welsh)').check();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Gosod CPD Lens');
  await expect(options.locator('html')).toHaveAttribute('lang', 'cy');
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Cyrsiau wedi’u cadw');
  await expect(panel.locator('html')).toHaveAttribute('lang', 'cy');
  await options.getByLabel('English (Saesneg)').check();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Set up CPD Lens');
  // an open view follows the change without a reload
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Saved courses');
});
