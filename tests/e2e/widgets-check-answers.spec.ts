import { expect, test } from '@playwright/test';
import { encodeHandoff, type Handoff } from '@cpd-lens/core';
import { axeViolations, continueTo, expectStatus, expectStep, fillDate, fillRequestForm, schoolEndpoint, screenshot, watchConsole, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();

/** A hand-off as the extension makes it: a twilight course, one target it serves, one it does not, one objective id the school does not have. */
const twilightHandoff: Handoff = {
  v: 1,
  course: {
    title: 'Phonics for early readers: a twilight series',
    provider: 'Northern Reading Hub',
    description: 'Twilight sessions on systematic synthetic phonics and decoding for Year 1 teachers, with classroom follow-up.',
    price: { amount: 45, currency: 'GBP', vat: 'included', basis: 'per-participant' },
    sessions: [{ start: '2027-02-03T16:00', hours: 1.5 }],
    totalHours: 1.5,
    delivery: 'online-live',
  },
  targets: [
    { id: 'sdp-mx134i7r-0-t1', text: 'Improve the teaching of phonics in Year 1', sdpObjectiveId: 'sdp-mx134i7r-0' },
    { id: 'sdp-mx134i7r-0-t2', text: 'Improve questioning in my Year 4 lessons' },
  ],
  objectiveIds: ['sdp-mx134i7r-0', 'sdp-1', 'sdp-2'],
};

test.describe('a hand-off from CPD Lens', () => {
  test('targets by their text, only the ones the course serves ticked, no cover for a twilight, and a preview that claims only ticked objectives', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    const problems = watchConsole(page);
    await page.goto(`${server.origin}/intranet/plain.html${encodeHandoff(twilightHandoff)}`);
    const form = page.locator('cpd-request-form');
    await expect(form.getByLabel('Course name')).toHaveValue('Phonics for early readers: a twilight series');
    await form.getByLabel('Your name').fill('Sam Jones');
    await continueTo(form, 2, 'Dates and cost');
    // dates from the session, and no cover for a 1.5-hour twilight
    const firstDay = form.getByRole('group', { name: 'First day' });
    await expect(firstDay.getByLabel('Day')).toHaveValue('3');
    await expect(firstDay.getByLabel('Month')).toHaveValue('2');
    await expect(firstDay.getByLabel('Year')).toHaveValue('2027');
    await expect(form.getByLabel('Days of supply cover')).toHaveValue('0');
    await expect(form.getByText('The sessions are twilights, after the school day, so no supply cover is suggested.')).toBeVisible();
    await continueTo(form, 3, 'Why you want it');
    await expect(form.getByRole('checkbox', { name: 'Improve the teaching of phonics in Year 1' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Improve questioning in my Year 4 lessons' })).not.toBeChecked();
    await expect(form).not.toContainText('sdp-mx134i7r');
    // the school's objective the course serves is ticked; a maths objective sharing one word is not
    await expect(form.getByRole('checkbox', { name: 'SDP1: Raise attainment in early reading through systematic synthetic phonics' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'SDP2: Improve maths fluency with retrieval practice' })).not.toBeChecked();
    // the preview names SDP1 while it is ticked, and never once it is unticked
    const preview = form.locator('[part="preview"]');
    await expect(preview).toContainText('Raise attainment in early reading');
    await form.getByRole('checkbox', { name: /^SDP1:/ }).uncheck();
    await expect(preview).not.toContainText('Raise attainment in early reading');
    await expect(preview).not.toContainText('Improve maths fluency');
    expect(problems).toEqual([]);
  });

  test('a full day suggests "1 day" of cover, a morning "half a day"', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    const day: Handoff = { ...twilightHandoff, course: { ...twilightHandoff.course, title: 'Phonics leadership day', sessions: [{ start: '2027-02-03T09:00', hours: 6 }], totalHours: 6, delivery: 'face-to-face' } };
    await page.goto(`${server.origin}/intranet/plain.html${encodeHandoff(day)}`);
    const form = page.locator('cpd-request-form');
    await form.getByLabel('Your name').fill('Sam Jones');
    await continueTo(form, 2, 'Dates and cost');
    await expect(form.getByLabel('Days of supply cover')).toHaveValue('1');
    await expect(form.getByText('The course’s sessions suggest 1 day.')).toBeVisible();
    await expect(form.locator('[part="preview"]')).toContainText('1 day, £218');
    const morning: Handoff = { ...day, course: { ...day.course, title: 'Phonics morning', sessions: [{ start: '2027-02-10T09:00', hours: 3 }], totalHours: 3 } };
    await page.goto(`${server.origin}/intranet/plain.html${encodeHandoff(morning)}`);
    await expect(form.getByLabel('Course name')).toHaveValue('Phonics morning'); // a new hand-off: its course shown first
    await continueTo(form, 2, 'Dates and cost');
    await expect(form.getByText('The course’s sessions suggest half a day.')).toBeVisible();
  });
});

test.describe('the GOV.UK date input', () => {
  test('says which part is missing or that it is not a real date, marks those fields and links to them', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    await form.getByLabel('Your name').fill('Sam Jones');
    await form.getByLabel('Course name').fill('Coaching for new middle leaders');
    await continueTo(form, 2, 'Dates and cost');
    const firstDay = form.getByRole('group', { name: 'First day' });
    await firstDay.getByLabel('Day').fill('14');
    await firstDay.getByLabel('Year').fill('2027');
    await form.getByRole('button', { name: 'Continue' }).click();
    const summary = form.getByRole('alert');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'First day of the course must include a month' }).click();
    await expect(firstDay.getByLabel('Month')).toBeFocused();
    await expect(firstDay.getByLabel('Month')).toHaveAttribute('aria-invalid', 'true');
    await expect(firstDay.getByLabel('Day')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(firstDay).toHaveAccessibleDescription(/Error: First day of the course must include a month/);
    await screenshot(page, 'request-form-date-error', 400);
    await fillDate(firstDay, '2027-02-31');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect(form.getByRole('alert').getByRole('link', { name: 'First day of the course must be a real date' })).toBeVisible();
    const lastDay = form.getByRole('group', { name: 'Last day' });
    await fillDate(firstDay, '2027-03-04');
    await lastDay.getByLabel('Month').fill('3');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect(form.getByRole('alert').getByRole('link', { name: 'Last day of the course must include a day and year' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('Check your answers', () => {
  test('shows every answer before sending; Change goes back to the question and keeps every answer', async ({ page }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    const form = page.locator('cpd-request-form');
    await form.getByRole('button', { name: 'Continue' }).click();
    const title = form.getByRole('heading', { name: 'Check your answers before sending your request' });
    await expect(title).toBeFocused();
    expect(endpoint.posts).toHaveLength(0); // nothing leaves before the member of staff sends
    const list = form.locator('.check');
    await expect(list).toContainText('Sam Jones');
    await expect(list).toContainText('14 January 2027');
    await expect(list).toContainText('£195');
    await expect(list).toContainText('1 day, £218');
    await expect(list).toContainText('Improve the teaching of phonics in Year 1');
    await expect(list).toContainText('SDP1: Raise attainment in early reading');
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(page, 'request-form-check-answers', width);

    await form.getByRole('link', { name: 'Change course fee in pounds' }).click();
    const fee = form.getByLabel('Course fee in pounds');
    await expect(fee).toBeFocused();
    await expectStep(form, 2, 'Dates and cost'); // the question's own step
    await fee.fill('210');
    await form.getByRole('button', { name: 'Continue' }).click(); // straight back to the check page
    await expect(title).toBeFocused();
    await expect(list).toContainText('£210');
    await expect(list).toContainText('Sam Jones');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expectStatus(page, 'Sent');
    expect(endpoint.posts).toHaveLength(1);
    expect(endpoint.posts[0]!.body).toMatchObject({ costs: { fee: 210 } });
  });

  test('in Welsh: the date errors and the check page', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/welsh.html`);
    const form = page.locator('cpd-request-form');
    await form.getByLabel('Eich enw').fill('Sam Jones');
    await form.getByLabel('Enw’r cwrs').fill('Hyfforddi arweinwyr canol newydd');
    await form.getByRole('button', { name: 'Parhau' }).click();
    await expect(form.locator('#step-title')).toHaveText(/^Cam 2 o 6:?\s*Dyddiadau a chost$/);
    const firstDay = form.getByRole('group', { name: 'Diwrnod cyntaf' });
    await firstDay.getByLabel('Diwrnod').fill('14');
    await form.getByRole('button', { name: 'Parhau' }).click();
    await expect(form.getByRole('link', { name: 'Mae’n rhaid i ddiwrnod cyntaf y cwrs gynnwys mis a blwyddyn' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(page, 'request-form-cy-errors', width);
  });

  test('the form at phone and desktop widths', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html${encodeHandoff(twilightHandoff)}`);
    await expect(page.locator('cpd-request-form').getByLabel('Course name')).toHaveValue(/Phonics/);
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [400, 1280]) await screenshot(page, 'request-form-handoff', width);
  });
});
