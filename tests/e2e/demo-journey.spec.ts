/**
 * The whole demo journey, as the README's quick start tells it, against the real `./dev demo`
 * server (started here with --no-build on a free port) and the built extension in Chromium:
 * provider page → badge → save → request hand-off → request sent and listed at the demo receiver →
 * impact evaluation sent → `cpd report` on what the demo received.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { readHandoffJson } from '@cpd-lens/core';
import { expect, extensionMissing, extensionMissingReason, labelFrame, pageBadge, test, watchHandoffs } from '../support/extension.ts';
import { startDemo } from '../support/demo.ts';
import { repoRoot } from '../support/paths.ts';
import { bundleMissing, bundleMissingReason, continueTo, fillDate, fillImpactAndLearning } from './widgets-helpers.ts';

test.skip(extensionMissing, extensionMissingReason);
test.skip(bundleMissing, bundleMissingReason);
test.setTimeout(180_000);

const run = promisify(execFile);

const TARGET = 'Improve the teaching of phonics in Year 1';
const WEAK_TARGET = 'Improve questioning in my Year 4 lessons';

/**
 * From the badge's label: save the course, then "Start a request", which opens the form with the
 * hand-off. The real buttons are pressed; if they are missing the journey is broken and the test fails.
 */
async function handOff(page: Page): Promise<Page> {
  await expect(pageBadge(page)).toBeVisible({ timeout: 20_000 });
  await pageBadge(page).click();
  const label = labelFrame(page);
  await label.getByRole('button', { name: 'Save course' }).click();
  await expect(label.getByRole('status')).toContainText('Saved');
  const opened = page.context().waitForEvent('page');
  await label.getByRole('button', { name: 'Start a request' }).click();
  const form = await opened;
  await form.waitForLoadState();
  return form;
}

test('the whole demo journey: provider page to the governors’ report', async ({ context, openExtensionPage }) => {
  const demo = await startDemo();
  try {
    const formUrl = `${demo.origin}/intranet/plain.html`;
    // the home page lists the build folders that exist and the report command
    const home = await context.newPage();
    await home.goto(`${demo.origin}/`);
    await expect(home.getByText('.output/chrome-mv3-e2e')).toBeVisible();
    await expect(home.getByText('.output/firefox-mv3')).toBeVisible();
    await expect(home.getByText('firefox-mv2')).toHaveCount(0);
    await expect(home.getByText(`./dev cpd report --plan ${demo.origin}/api/plan`)).toBeVisible();
    // where to start is marked, and the robustness test pages are kept apart from the journey's
    await expect(home.getByRole('listitem').filter({ hasText: '← start here' }).getByRole('link')).toHaveAttribute('href', '/providers/ticketing-phonics-twilight.html');
    await expect(home.getByRole('heading', { name: 'Test pages' })).toBeVisible();

    // 1. setup: a target the course serves, one it barely touches, and the school's form address
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Your role').selectOption('teacher');
    await options.getByLabel('Phase').selectOption('primary');
    await options.getByRole('button', { name: 'Add an objective' }).click();
    await options.getByLabel('Objective', { exact: true }).fill('Raise attainment in early reading');
    for (const [i, text] of [TARGET, WEAK_TARGET].entries()) {
      await options.getByRole('button', { name: 'Add a target' }).click();
      await options.getByLabel('Target', { exact: true }).nth(i).fill(text);
    }
    await options.getByLabel('Linked objective').first().selectOption({ index: 1 });
    await options.getByLabel('Request form address (optional)').fill(formUrl);
    await options.getByRole('button', { name: 'Save setup' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    // 2. provider page → badge → save → "Start a request"
    const provider = await context.newPage();
    await provider.goto(`${demo.origin}/providers/ticketing-phonics-twilight.html`);
    const handedOver = await watchHandoffs(context);
    const page = await handOff(provider);
    // the address carries a token only (taken out at once); the course comes from CPD Lens (issue 20)
    expect(page.url()).toMatch(new RegExp(`^${formUrl.replace(/[.?]/g, '\\$&')}(#cpd-request-token=[0-9a-f]{32})?$`));
    expect(readHandoffJson(JSON.stringify(await handedOver())).ok).toBe(true);

    // 3. the form: course filled, targets by text, only the served one ticked, no cover for a twilight
    const form = page.locator('cpd-request-form');
    await expect(form.getByLabel('Course name')).toHaveValue(/Phonics Twilight/);
    await form.getByLabel('Your name').fill('Sam Jones');
    // one step at a time (issue 22)
    await continueTo(form, 2, 'Dates and cost');
    await expect(form.getByLabel('Days of supply cover')).toHaveValue('0');
    // the demo dates its pages relative to today: the session is ahead, and its date is filled in
    await expect(form.getByRole('group', { name: 'First day' }).getByLabel('Year')).toHaveValue(String(new Date().getUTCFullYear() + 1));
    await continueTo(form, 3, 'Why you want it');
    await expect(form.getByRole('checkbox', { name: TARGET })).toBeChecked();
    const weak = form.getByRole('checkbox', { name: WEAK_TARGET });
    if (await weak.count()) await expect(weak).not.toBeChecked();
    await expect(form).not.toContainText(/sdp-[a-z0-9]+-\d/);
    await fillImpactAndLearning(form, { practice: 'Daily phonics with the new routines.', pupils: 'More pupils pass the phonics screening check.', sharing: 'A slot at the KS1 team meeting.', type: 'course-or-conference', levels: ['Pupil attitude and impact on pupil learning'] });
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect(form.getByRole('heading', { name: 'Check your answers before sending your request' })).toBeFocused();
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('status').first()).toHaveText('Sent', { timeout: 20_000 });

    // 4. listed at the demo receiver
    const requests = (await (await fetch(`${demo.origin}/api/cpd-requests`)).json()) as { id: string; course: { title: string }; costs: { supplyDays: number }; requester: { name: string } }[];
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ requester: { name: 'Sam Jones' }, costs: { supplyDays: 0 } });

    // 5. after the course: the evaluation, sent to the same receiver
    await page.goto(`${demo.origin}/intranet/evaluate.html`);
    const ev = page.locator('cpd-impact-evaluation');
    await ev.getByLabel('Course name').fill(requests[0]!.course.title);
    await fillDate(ev.getByRole('group', { name: 'Date you finished the course' }), '2026-10-20');
    for (const [level, rating] of [['reaction', 4], ['learning', 5], ['use', 4], ['organisation', 3], ['pupils', 4]] as const) await ev.locator(`#${level}-${rating}`).check();
    await ev.getByRole('button', { name: 'Send evaluation' }).click();
    await expect(ev.locator('[part="banner"]')).toContainText('has been sent to your school', { timeout: 20_000 });
    const evaluations = (await (await fetch(`${demo.origin}/api/cpd-evaluations`)).json()) as unknown[];
    expect(evaluations).toHaveLength(1);

    // 6. the CPL leader's report on what the demo received, as the home page says
    const { stdout } = await run(process.execPath, [join(repoRoot, 'core/src/cli/main.ts'), 'report', '--plan', `${demo.origin}/api/plan`, '--evaluations', `${demo.origin}/api/cpd-evaluations`, '--requests', `${demo.origin}/api/cpd-requests`, '--json'], { cwd: repoRoot });
    const { report, budget } = JSON.parse(stdout) as { report: { levels: { level: string; rated: number; mean: number | null }[] }; budget: unknown };
    expect(report.levels.find((l) => l.level === 'learning')).toMatchObject({ rated: 1, mean: 5 });
    expect(budget).toBeTruthy();
    expect(demo.log.join('')).toMatch(/request received: “Phonics Twilight/);
  } finally {
    demo.child.kill();
  }
});
