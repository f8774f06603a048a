/**
 * Issue 22: the request form in steps (GOV.UK question pages) with a step indicator, a Back link,
 * errors summarised per step, Change links from "Check your answers" back to each step, the step kept
 * with the draft, and every step readable from 320 to 1280 px in English and Welsh (screenshots under
 * tests/artifacts/screenshots/request-step-*).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, continueTo, draftSavedAt, expectStatus, expectStep, fillDate, fillImpactAndLearning, fillRequestForm, hostHtml, hostPage, schoolEndpoint, screenshot, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const form = (page: Page): Locator => page.locator('cpd-request-form');

/**
 * How far the page scrolls sideways (0 when nothing overflows), the form's height, and the height of a
 * step's questions up to its Continue button (on a phone the score preview follows below the buttons).
 */
async function measure(page: Page): Promise<{ overflow: number; height: number; questions: number }> {
  return page.evaluate(() => {
    const host = document.querySelector('cpd-request-form')!;
    const top = host.getBoundingClientRect().top;
    const actions = [...host.shadowRoot!.querySelectorAll('.actions')].at(-1)!;
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      height: Math.round(host.getBoundingClientRect().height),
      questions: Math.round(actions.getBoundingClientRect().bottom - top),
    };
  });
}

test('the step indicator names each step, marks the current one and moves focus to its heading', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  await page.goto(`${server.origin}/intranet/plain.html`);
  const f = form(page);
  await expectStep(f, 1, 'You and the course');
  await expect(f.getByRole('list', { name: 'Your progress' }).getByRole('listitem')).toHaveText([/You and the course/, /Dates and cost/, /Why you want it/, /Expected impact/, /How you will learn and evaluate/, /Check and send/]);
  await expect(f.getByRole('link', { name: 'Back' })).toHaveCount(0); // nothing before the first step
  await fillRequestForm(page);
  // finished steps say so in words, not only with a tick
  await expect(f.locator('.steps li').first()).toContainText('completed');
  await f.getByRole('button', { name: 'Continue' }).click();
  await expectStep(f, 6, 'Check your answers before sending your request');
  await expect(f.locator('#check-title')).toBeFocused();
});

test('Back and Change keep every answer, and Continue after a Change returns to the check page', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  await page.goto(`${server.origin}/intranet/plain.html`);
  const f = form(page);
  await fillRequestForm(page);
  await f.getByRole('link', { name: 'Back' }).click();
  await expectStep(f, 4, 'Expected impact');
  await expect(f.locator('#step-title')).toBeFocused();
  await expect(f.getByLabel('What will change in your practice?')).toHaveValue('I will teach daily phonics with the new routines.');
  await f.getByRole('link', { name: 'Back' }).click();
  await f.getByRole('link', { name: 'Back' }).click();
  await expectStep(f, 2, 'Dates and cost');
  await expect(f.getByLabel('Course fee in pounds')).toHaveValue('195');
  await expect(f.locator('.supply-cost')).toHaveText('£218');
  await expect(f.locator('.total-cost')).toHaveText('£425.50');
  await continueTo(f, 3, 'Why you want it');
  await continueTo(f, 4, 'Expected impact');
  await continueTo(f, 5, 'How you will learn and evaluate');
  await expect(f.getByLabel('Pupil attitude and impact on pupil learning')).toBeChecked();
  await f.getByRole('button', { name: 'Continue' }).click();
  const check = f.locator('.check');
  await expect(check.getByRole('heading', { level: 3 })).toHaveText(['You and the course', 'Dates and cost', 'Why you want it', 'Expected impact', 'How you will learn and evaluate']);
  await expect(check).toContainText('1 day, £218');
  await check.getByRole('link', { name: 'Change course fee in pounds' }).click();
  await expectStep(f, 2, 'Dates and cost');
  const fee = f.getByLabel('Course fee in pounds');
  await expect(fee).toBeFocused();
  await fee.fill('250');
  await f.getByRole('button', { name: 'Continue' }).click();
  await expect(f.locator('#check-title')).toBeFocused();
  await expect(check).toContainText('£250');
  await expect(check).toContainText('Systematic synthetic phonics in Year 1');
  await f.getByRole('link', { name: 'Back' }).click();
  await expectStep(f, 5, 'How you will learn and evaluate');
  await expect(f.getByLabel('Type of professional learning')).toHaveValue('course-or-conference');
});

test('errors are summarised per step, the summary takes focus and its links focus the fields', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  await page.goto(`${server.origin}/intranet/plain.html`);
  const f = form(page);
  await f.getByRole('button', { name: 'Continue' }).click();
  const summary = f.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter your name', 'Enter the name of the course']); // this step's only
  await expectStep(f, 1, 'You and the course');
  await summary.getByRole('link', { name: 'Enter the name of the course' }).click();
  await expect(f.getByLabel('Course name')).toBeFocused();
  await f.getByLabel('Your name').fill('Sam Jones');
  await f.getByLabel('Course name').fill('Coaching for new middle leaders');
  await continueTo(f, 2, 'Dates and cost');
  await f.getByLabel('Course fee in pounds').fill('lots');
  await f.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the first day of the course', 'Enter the course fee in pounds, like 150, or 0 if it is free']);
  await expectStep(f, 2, 'Dates and cost');
  await summary.getByRole('link', { name: /course fee/ }).click();
  await expect(f.getByLabel('Course fee in pounds')).toBeFocused();
  await expect(f.getByLabel('Course fee in pounds')).toHaveAccessibleDescription(/Error: Enter the course fee in pounds/);
  await fillDate(f.getByRole('group', { name: 'First day' }), '2027-01-14');
  await f.getByLabel('Course fee in pounds').fill('0');
  await continueTo(f, 3, 'Why you want it');
  await f.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Select at least one PD target or School Development Plan objective that this course serves']);
  await expectStep(f, 3, 'Why you want it'); // still here: nothing was fixed
});

test('a reload brings back the step and every answer, the check page included', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  await page.goto(`${server.origin}/intranet/plain.html`);
  const f = form(page);
  await f.getByLabel('Your name').fill('Sam Jones');
  await f.getByLabel('Course name').fill('Coaching for new middle leaders');
  await continueTo(f, 2, 'Dates and cost');
  await f.getByLabel('Course fee in pounds').fill('120');
  await expectStatus(page, 'Saved as draft');
  await page.reload();
  await expectStep(f, 2, 'Dates and cost');
  await expect(f.getByLabel('Course fee in pounds')).toHaveValue('120');
  await expect(f.getByText(/Your draft from \d\d:\d\d has been restored/)).toBeVisible();
  await f.getByRole('link', { name: 'Back' }).click();
  await expect(f.getByLabel('Course name')).toHaveValue('Coaching for new middle leaders');
  await f.getByRole('button', { name: 'Continue' }).click();
  await fillRequestFormFromStep2(f);
  await f.getByRole('button', { name: 'Continue' }).click();
  await expect(f.locator('#check-title')).toBeFocused();
  await draftSavedAt(page, 6); // the draft is saved as the check page opens (the status line says so only while editing)
  await page.reload();
  await expectStep(f, 6, 'Check your answers before sending your request');
  await expect(f.locator('.check')).toContainText('Coaching for new middle leaders');
});

/** Steps 2 to 5 with short answers, from step 2. */
async function fillRequestFormFromStep2(f: Locator): Promise<void> {
  await expectStep(f, 2, 'Dates and cost');
  await fillDate(f.getByRole('group', { name: 'First day' }), '2027-01-14');
  await continueTo(f, 3, 'Why you want it');
  await f.getByRole('group', { name: 'School Development Plan objectives' }).getByRole('checkbox').first().check();
  await fillImpactAndLearning(f, { practice: 'Weekly coaching conversations.', pupils: 'Better feedback in lessons.', sharing: 'At a phase meeting.', type: 'coaching-mentoring', levels: ['Participant satisfaction and reaction'] });
}

test('every step has no accessibility violations (axe, WCAG 2.2 AA), errors shown included', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  await page.goto(`${server.origin}/intranet/plain.html`);
  const f = form(page);
  await f.getByRole('button', { name: 'Continue' }).click();
  await expect(f.getByRole('alert')).toBeFocused();
  expect(await axeViolations(page), 'step 1 with errors').toEqual([]);
  await fillRequestForm(page);
  expect(await axeViolations(page), 'step 5').toEqual([]);
  await f.getByRole('button', { name: 'Continue' }).click();
  await expect(f.locator('#check-title')).toBeFocused();
  expect(await axeViolations(page), 'check and send').toEqual([]);
});

/** plain.html in Welsh: the same draft key, so the draft filled in English comes back in the Welsh form. */
const welshPage = hostPage('/form-cy.html', hostHtml(widgetsBundleTag, '<cpd-request-form config-src="/intranet/config.json"></cpd-request-form>').replace('lang="en"', 'lang="cy"'));

for (const lang of ['en', 'cy'] as const) {
  test(`every step at 320, 400, 480 and 1280 px (${lang}): no sideways scrolling, short steps, screenshots`, async ({ page }) => {
    test.setTimeout(120_000);
    const server = await suite.serve([schoolEndpoint().handler, welshPage]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const f = form(page);
    await fillRequestForm(page);
    await f.getByRole('button', { name: 'Continue' }).click();
    await expect(f.locator('#check-title')).toBeFocused();
    await draftSavedAt(page, 6); // the draft is saved as the check page opens
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(lang === 'cy' ? `${server.origin}/form-cy.html` : `${server.origin}/intranet/plain.html`);
    await expect(f.locator('#check-title')).toContainText(lang === 'cy' ? 'Cam 6 o 6' : 'Step 6 of 6');
    const heights: string[] = [];
    for (let step = 6; step >= 1; step--) {
      await expect(f.locator('.steps [aria-current="step"] .n')).toHaveText(String(step));
      for (const width of [320, 400, 480, 1280]) {
        await screenshot(page, `request-step-${step}-${lang}`, width);
        const { overflow, height, questions } = await measure(page);
        expect(overflow, `step ${step} at ${width} px (${lang}) scrolls sideways`).toBeLessThanOrEqual(0);
        if (width !== 400) continue;
        heights.push(`${step}: ${questions} (${height} with the preview)`);
        // issue 22: the one page was 3,400–3,800 px; each question page now ends its Continue button within 870–1,410 px of the form’s top
        if (step < 6) expect(questions, `step ${step} at 400 px (${lang})`).toBeLessThan(1450);
      }
      if (step > 1) await f.locator('.back-link').click();
    }
    console.log(`request form heights at 400 px (${lang}), by step: ${heights.join(', ')} px`);
  });
}
