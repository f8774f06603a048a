/**
 * Issue 21: the CPL leader's figures end to end. Against the real demo server and the built extension,
 * two courses go the whole way — course page (label), hand-off, request form, receiver, evaluation
 * (from the confirmation's link), receiver, `cpd report` — one priced per school ("£1,250 per school (up
 * to 40 staff), plus travel") and one per participant (£175 + VAT). Every step must show the same fee,
 * VAT status, cover and hours; the report's value-for-money and "who gets CPD" figures are checked
 * against sums done by hand (below), never against the engine's own output.
 *
 * Hand sums (default policy, primary phase: cover £218 a day; the demo school recovers VAT):
 *   A  INSET, per school: fee £1,250 for the school (£31.25 a head for 40), VAT not stated, travel extra
 *      (£40 typed), an INSET day needs no cover: total £1,250 + £40 + £0 = £1,290; 6 contact hours.
 *   B  Conference, per participant: £175 + VAT, recovered: fee £175, 1 day of cover × £218 = £218:
 *      total £175 + £218 = £393; 7 contact hours.
 *   Value for money: cost evaluated £1,290 + £393 = £1,683 over 6 + 7 = 13 participant-hours
 *      = £129.46 an hour (1,683 ÷ 13 = 129.4615…); value ratings 4 and 2: mean 3.
 *   By objective: A serves SDP2 and SDP3, so each gets half: £645 and 3 h; B serves SDP1: £393 and 7 h.
 *   Budget: £12,000; spent £1,450 + £780 (plan) + £1,290 + £393 (evaluated, so done) = £3,913;
 *      committed £900 + £620 + £2,100 = £3,620; remaining £12,000 − £3,913 − £3,620 = £4,467.
 *   Who gets CPD (staff list: 2 teaching, 2 support, 1 leadership): teaching 1 of 2 = 50 %, £1,290 ÷ 2
 *      = £645 a head; support 1 of 2 = 50 %, £393 ÷ 2 = £196.50 a head; leadership 0 of 1 = 0 %.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { joinEvaluations, type CpdRequest, type ImpactEvaluation } from '@cpd-lens/core';
import { expect, extensionMissing, extensionMissingReason, labelFrame, pageBadge, test, watchHandoffs } from '../support/extension.ts';
import { startDemo } from '../support/demo.ts';
import { artifactsDir, repoRoot } from '../support/paths.ts';
import { bundleMissing, bundleMissingReason, continueTo, fillDate, fillImpactAndLearning } from './widgets-helpers.ts';

test.skip(extensionMissing, extensionMissingReason);
test.skip(bundleMissing, bundleMissingReason);
test.setTimeout(240_000);

const run = promisify(execFile);

/** One course's journey and the figures every step must show for it. */
interface Journey {
  page: string;
  staffId: string;
  staffGroup: 'teaching' | 'support';
  /** What the label's cost line says. */
  label: RegExp;
  /** The cost record the hand-off carries (pence). */
  record: { feePence: number; vat: string; travel: string; coverDays: number; hours: number; perHeadPence?: number; sharedBy?: number };
  form: { fee: string; hours: string; supplyDays: string; feeHint?: string };
  travel: string;
  objectives: string[];
  costs: { fee: number; travel: number; supplyDays: number; supplyCost: number; total: number };
  price: { basis: string; vat: string };
  valueForMoney: string;
}

const INSET: Journey = {
  page: 'plain-inset-curriculum-per-school.html',
  staffId: 'sj1',
  staffGroup: 'teaching',
  label: /^fee £1,250 for the school, up to 40 staff \(£31\.25 per head\) · VAT not stated · plus travel$/,
  record: { feePence: 125_000, perHeadPence: 3125, sharedBy: 40, vat: 'unknown', travel: 'extra', coverDays: 0, hours: 6 },
  form: { fee: '1250', hours: '6', supplyDays: '0', feeHint: 'A price for the school: £1,250 for up to 40 staff, £31.25 per head.' },
  travel: '40',
  objectives: ['sdp-2', 'sdp-3'],
  costs: { fee: 1250, travel: 40, supplyDays: 0, supplyCost: 0, total: 1290 },
  price: { basis: 'per-school', vat: 'unknown' },
  valueForMoney: '4',
};

const CONFERENCE: Journey = {
  page: 'conference-primary-english.html',
  staffId: 'ta1',
  staffGroup: 'support',
  label: /^fee £175 · no VAT to pay: your school gets it back · supply cover for 1 day £218 · total £393 · £56\.14 per person per hour of training$/,
  record: { feePence: 17_500, vat: 'excluded', travel: 'not-stated', coverDays: 1, hours: 7 },
  form: { fee: '175', hours: '7', supplyDays: '1' },
  travel: '',
  objectives: ['sdp-1'],
  costs: { fee: 175, travel: 0, supplyDays: 1, supplyCost: 218, total: 393 },
  price: { basis: 'per-participant', vat: 'excluded' },
  valueForMoney: '2',
};

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const getJson = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

/** A score and its known share as whole numbers, from text such as "52 out of 100" and "answers 35%". */
const firstNumber = async (l: Locator): Promise<number> => Number(/\d+/.exec((await l.textContent()) ?? '')?.[0] ?? NaN);
type Shown = { total: number; known: number };

/** Course page → label (checked) → Save → Start a request: the form opened with the hand-off, and the label's score. */
async function fromCoursePage(context: BrowserContext, origin: string, j: Journey): Promise<{ form: Page; shown: Shown }> {
  const provider = await context.newPage();
  await provider.goto(`${origin}/providers/${j.page}`);
  await expect(pageBadge(provider)).toBeVisible({ timeout: 20_000 });
  await pageBadge(provider).click();
  const label = labelFrame(provider);
  await expect(label.locator('.cost')).toHaveText(j.label);
  const shown = { total: await firstNumber(label.locator('.verdict .total')), known: await firstNumber(label.locator('.coverage')) };
  await label.getByRole('button', { name: 'Save course' }).click();
  await expect(label.getByRole('status')).toContainText('Saved');
  const handedOver = await watchHandoffs(context);
  const opened = context.waitForEvent('page');
  await label.getByRole('button', { name: 'Start a request' }).click();
  const form = await opened;
  await form.waitForLoadState();
  // the hand-off carries the label's cost record (handed to the form through CPD Lens, issue 20)
  expect(await handedOver()).toMatchObject({ cost: j.record });
  return { form, shown };
}

/** The form shows the same fee, hours and cover; the member of staff finishes it and sends it. */
async function request(page: Page, j: Journey, label: Shown): Promise<{ reference: string; evaluate: string }> {
  const form = page.locator('cpd-request-form');
  // one score everywhere: before anything is typed, the form's preview shows the label's score and known share
  await expect(form.locator('[part="score-total"]')).toBeVisible();
  expect({ total: await firstNumber(form.locator('[part="score-total"]')), known: await firstNumber(form.locator('[part="score-coverage"]')) }).toEqual(label);
  // the intranet's sign-in names the member of staff on the element (widgets/README.md)
  await form.evaluate((el, s) => (el.setAttribute('staff-id', s.staffId), el.setAttribute('staff-group', s.staffGroup)), { staffId: j.staffId, staffGroup: j.staffGroup });
  await expect(form.getByLabel('Hours of training')).toHaveValue(j.form.hours);
  await form.getByLabel('Your name').fill(j.staffId === 'sj1' ? 'Sam Jones' : 'Alex Rees');
  // one step at a time (issue 22)
  await continueTo(form, 2, 'Dates and cost');
  await expect(form.getByLabel('Course fee in pounds')).toHaveValue(j.form.fee);
  await expect(form.getByLabel('Days of supply cover')).toHaveValue(j.form.supplyDays);
  if (j.form.feeHint) {
    await expect(form.getByText(j.form.feeHint)).toBeVisible();
    await form.getByLabel('Course fee in pounds').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'leader-fee-hint.png') });
  }
  if (j.travel) await form.getByLabel(/^Travel/).fill(j.travel);
  const year = form.getByRole('group', { name: 'First day' }).getByLabel('Year');
  if (!(await year.inputValue())) await fillDate(form.getByRole('group', { name: 'First day' }), isoDaysFromToday(60));
  await continueTo(form, 3, 'Why you want it');
  for (const id of j.objectives) await form.locator(`#objective-${id}`).check();
  await fillImpactAndLearning(form, { practice: 'Plan units in the order the curriculum builds.', pupils: 'Pupils remember more of what they were taught.', sharing: 'A slot at the staff meeting.', type: 'course-or-conference', levels: ['Participant use of knowledge and skills'] });
  await form.getByRole('button', { name: 'Continue' }).click();
  await expect(form.getByRole('heading', { name: 'Check your answers before sending your request' })).toBeFocused();
  await form.getByRole('button', { name: 'Send request' }).click();
  await expect(form.getByRole('status').first()).toHaveText('Sent', { timeout: 20_000 });
  // GOV.UK's confirmation panel: a reference, what happens next, and the link to evaluate afterwards
  const panel = form.locator('[part="confirmation"]');
  await expect(panel.getByRole('heading', { name: 'Request sent' })).toBeVisible();
  const reference = (await panel.locator('.reference').textContent())!.trim();
  expect(reference).toMatch(/^CPD-[0-9A-F]{8}$/);
  await expect(form.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  const link = form.getByRole('link', { name: 'Evaluate this course after it' });
  await page.setViewportSize({ width: 400, height: 700 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifactsDir, `leader-confirmation-${j.staffId}.png`) });
  return { reference, evaluate: (await link.getAttribute('href'))! };
}

/** Follows the confirmation's link and evaluates the course: the evaluation carries the request's id. */
async function evaluate(page: Page, href: string, title: string, valueForMoney: string): Promise<void> {
  await page.goto(href);
  const ev = page.locator('cpd-impact-evaluation');
  await expect(ev.getByLabel('Course name')).toHaveValue(title);
  await fillDate(ev.getByRole('group', { name: 'Date you finished the course' }), isoDaysFromToday(-1));
  await ev.getByRole('group', { name: 'Rating for Participant satisfaction and reaction' }).getByLabel('4').check();
  await ev.getByRole('group', { name: /^Rating for Participant use/ }).getByLabel('4').check();
  await ev.getByRole('group', { name: /^Rating for Organisational support/ }).getByLabel('3').check();
  await ev.getByRole('group', { name: 'Was it value for money?' }).getByLabel(valueForMoney).check();
  await ev.getByRole('button', { name: 'Send evaluation' }).click();
  await expect(ev.locator('[part="banner"]')).toContainText('has been sent to your school', { timeout: 20_000 });
}

test('the leader’s figures: the same money and people from the course page to the governors’ report', async ({ context, openExtensionPage }) => {
  const demo = await startDemo();
  try {
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Your role').selectOption('teacher');
    await options.getByLabel('Phase').selectOption('primary');
    await options.getByLabel('Request form address (optional)').fill(`${demo.origin}/intranet/plain.html`);
    await options.getByRole('button', { name: 'Save setup' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    const sent: { j: Journey; reference: string }[] = [];
    for (const j of [INSET, CONFERENCE]) {
      const { form, shown } = await fromCoursePage(context, demo.origin, j);
      // …and so does the CLI for the same page, policy and profile (a hand-written profile: no schemaVersion or id)
      const profileDir = await mkdtemp(join(tmpdir(), 'cpd-profile-'));
      await writeFile(join(profileDir, 'me.json'), JSON.stringify({ role: 'teacher', phase: 'primary', subjects: [], targets: [] }));
      const scored = JSON.parse((await run(process.execPath, [join(repoRoot, 'core/src/cli/main.ts'), 'score', `${demo.origin}/providers/${j.page}`, '--profile', 'me.json', '--json'], { cwd: profileDir, env: { ...process.env, CPD_CWD: profileDir } })).stdout) as { courses: { score: { total: number; coverage: number } }[] };
      expect({ total: Math.round(scored.courses[0]!.score.total), known: Math.round(scored.courses[0]!.score.coverage * 100) }).toEqual(shown);
      const { reference, evaluate: href } = await request(form, j, shown);
      // the receiver holds the same figures, the cost record unchanged, and the member of staff
      const requests = await getJson<CpdRequest[]>(`${demo.origin}/api/cpd-requests`);
      const received = requests.find((r) => r.requester.staffId === j.staffId)!;
      expect(received.costs).toMatchObject(j.costs);
      expect(received.costs.record).toMatchObject(j.record);
      expect(received.course.price).toMatchObject(j.price);
      expect(received.requester.staffGroup).toBe(j.staffGroup);
      expect([...received.objectiveIds].sort()).toEqual(j.objectives);
      expect(reference).toBe(`CPD-${received.id.replace(/-/g, '').slice(0, 8).toUpperCase()}`);
      expect(new URLSearchParams(new URL(href).hash.slice(1)).get('cpd-evaluate')).toBe(received.id);
      await evaluate(form, href, received.course.title, j.valueForMoney);
      const evaluations = await getJson<ImpactEvaluation[]>(`${demo.origin}/api/cpd-evaluations`);
      const evaluation = evaluations.find((e) => e.requestId === received.id)!;
      expect(evaluation).toBeTruthy();
      // joined to its request, the evaluation has the same cost and hours
      expect(joinEvaluations([evaluation], requests)[0]).toMatchObject({ cost: j.costs.total, hours: j.record.hours, staffId: j.staffId, staffGroup: j.staffGroup });
      sent.push({ j, reference });
    }

    // the CPL leader's report on what the receiver holds, with the school's staff list
    const dir = await mkdtemp(join(tmpdir(), 'cpd-leader-'));
    const staff = [
      { id: 'sj1', group: 'teaching' },
      { id: 't2', group: 'teaching' },
      { id: 'ta1', group: 'support' },
      { id: 'ta2', group: 'support' },
      { id: 'l1', group: 'leadership' },
    ];
    await writeFile(join(dir, 'staff.json'), JSON.stringify(staff));
    const args = ['--plan', `${demo.origin}/api/plan`, '--evaluations', `${demo.origin}/api/cpd-evaluations`, '--requests', `${demo.origin}/api/cpd-requests`, '--staff', 'staff.json'];
    const cli = join(repoRoot, 'core/src/cli/main.ts');
    // run from elsewhere with CPD_CWD, as `./dev` does: staff.json is found where the command was typed
    const { stdout } = await run(process.execPath, [cli, 'report', ...args, '--json'], { cwd: repoRoot, env: { ...process.env, CPD_CWD: dir } });
    const { report, budget } = JSON.parse(stdout) as {
      report: { evaluations: number; staff: number; value: { spend: number; hours: number; costPerParticipantHour: number; meanValueRating: number }; byObjective: { objectiveId: string | null; value: { spend: number; hours: number } }[] };
      budget: { spent: number; committed: number; remaining: number; access: { group: string; staff: number; withCpd: number; share: number; spendPerHead: number }[] };
    };
    expect(report).toMatchObject({ evaluations: 2, staff: 2, value: { spend: 1683, hours: 13, costPerParticipantHour: 129.46, meanValueRating: 3 } });
    const section = (id: string) => report.byObjective.find((o) => o.objectiveId === id)!.value;
    expect(section('sdp-1')).toMatchObject({ spend: 393, hours: 7 });
    expect(section('sdp-2')).toMatchObject({ spend: 645, hours: 3 });
    expect(section('sdp-3')).toMatchObject({ spend: 645, hours: 3 });
    expect(budget).toMatchObject({ spent: 3913, committed: 3620, remaining: 4467 });
    expect(budget.access).toEqual([
      { group: 'teaching', staff: 2, withCpd: 1, share: 0.5, spend: 1290, spendPerHead: 645 },
      { group: 'support', staff: 2, withCpd: 1, share: 0.5, spend: 393, spendPerHead: 196.5 },
      { group: 'leadership', staff: 1, withCpd: 0, share: 0, spend: 0, spendPerHead: 0 },
    ]);

    // the governors' HTML, written to standard output when no file is named, says the same
    const html = (await run(process.execPath, [cli, 'report', ...args], { cwd: dir, env: { ...process.env, CPD_CWD: dir } })).stdout;
    const page = await context.newPage();
    await page.setContent(html);
    const value = page.getByRole('table', { name: 'Value for money: all CPD evaluated this year' });
    await expect(value.getByRole('row', { name: /Cost of the CPD evaluated/ })).toContainText('£1,683');
    await expect(value.getByRole('row', { name: /Participant-hours/ })).toContainText('13');
    await expect(value.getByRole('row', { name: /Cost per person per hour of training/ })).toContainText('£129.46');
    const access = page.getByRole('table', { name: 'Who gets CPD' });
    await expect(access.getByRole('row', { name: /Teaching/ })).toContainText('50%');
    await expect(access.getByRole('row', { name: /Support/ })).toContainText('£196.50');
    await expect(page.getByText('2 impact evaluations from 2 members of staff')).toBeVisible();
    test.info().annotations.push({ type: 'references', description: sent.map((s) => s.reference).join(', ') });
  } finally {
    demo.child.kill();
  }
});
