/**
 * Issue 20 (item 3): CPD Lens hands the course and PD targets to the form directly, with only an opaque
 * token in the address (`extension-handoff-token.spec.ts`). A link with the hand-off in its fragment
 * (`#cpd-request=…`) still works: an older link, or CPD Lens's fallback when it may not reach the form's
 * site, which carries the course and costs only, and the form asks for the targets. The form takes the
 * fragment out of the address and this tab's history entry as soon as the draft holds it, so the
 * address bar, a bookmark, `location` and `history` read later by any script on the page show none of it.
 */
import { expect, test } from '@playwright/test';
import { encodeHandoff, type Handoff } from '@cpd-lens/core';
import { continueTo, expectStatus, schoolEndpoint, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const TARGET = 'Use metacognitive questioning with my zephyrine reading group';

const handoff: Handoff = {
  v: 1,
  course: { title: 'Metacognition in the Primary Classroom', provider: 'Example Research School', price: { amount: 195, currency: 'GBP', vat: 'excluded', basis: 'per-participant' }, sessions: [{ start: '2027-10-05T15:45', hours: 1.5 }] },
  targets: [{ id: 't1', text: TARGET }],
  objectiveIds: [],
  score: { total: 78, band: 'Good fit', coverage: 0.8 },
};

test('after a hand-off, the address, history and later page scripts see no PD target or score', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  const base = `${server.origin}/intranet/plain.html`;
  await page.goto(`${base}${encodeHandoff(handoff)}`);
  const form = page.locator('cpd-request-form');
  await expect(form.getByLabel('Course name')).toHaveValue('Metacognition in the Primary Classroom');
  // the targets are asked on the third step (issue 22): the course's dates and fee came with it
  await form.getByLabel('Your name').fill('Sam Jones');
  await continueTo(form, 2, 'Dates and cost');
  await continueTo(form, 3, 'Why you want it');
  await expect(form.getByRole('checkbox', { name: TARGET })).toBeVisible();
  await expect.poll(() => page.url()).toBe(base);
  const seen = await page.evaluate(() => [location.href, location.hash, document.URL, JSON.stringify(history.state), String(history.length)]);
  for (const text of seen) {
    expect(text).not.toContain('cpd-request');
    expect(text).not.toContain('zephyrine');
  }
  // a reload finds nothing to apply again, and keeps what was typed (the draft)
  await form.getByRole('link', { name: 'Back' }).click();
  await form.getByRole('link', { name: 'Back' }).click();
  await form.getByLabel('Course name').fill('Metacognition (edited)');
  // the draft is saved once typing pauses; the status line says so only when it is (a change clears it)
  await expectStatus(page, 'Saved as draft');
  await page.reload();
  await expect(form.getByLabel('Course name')).toHaveValue('Metacognition (edited)');
  expect(page.url()).toBe(base);
});

test('a link without the PD targets (CPD Lens could not reach the form) fills the course and says the targets were not passed on', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  const base = `${server.origin}/intranet/plain.html`;
  const { targets: _, score: __, ...course } = handoff;
  await page.goto(`${base}${encodeHandoff({ ...course, targets: [], targetsLeftOut: true })}`);
  const form = page.locator('cpd-request-form');
  await expect(form.getByLabel('Course name')).toHaveValue('Metacognition in the Primary Classroom');
  await expect(form.getByText('your PD targets were not passed on. Select or add the ones this course serves.')).toBeVisible();
  await expect(form.getByRole('checkbox', { name: TARGET })).toHaveCount(0);
  await expect.poll(() => page.url()).toBe(base);
});
