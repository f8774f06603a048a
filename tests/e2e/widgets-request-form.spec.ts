import { expect, test } from '@playwright/test';
import type { LocalServer } from '../support/server.ts';
import { bundleMissing, bundleMissingReason, expectStatus, fillRequestForm, schoolEndpoint, serveIntranet, watchConsole } from './widgets-helpers.ts';

test.skip(bundleMissing, bundleMissingReason);

let server: LocalServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test.describe('when a member of staff fills in and sends the request form', () => {
  test('the request arrives once at the endpoint as CpdRequest JSON v1, with the idempotency key', async ({ page }) => {
    const endpoint = schoolEndpoint();
    server = await serveIntranet([endpoint.handler]);
    const problems = watchConsole(page);
    const submitted = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('submitted:'), timeout: 20_000 });
    await page.goto(`${server.origin}/intranet/plain.html`);
    await page.evaluate(() => document.querySelector('cpd-request-form')!.addEventListener('cpd-submitted', (e) => console.log(`submitted:${(e as CustomEvent).detail.request.id}`)));
    await fillRequestForm(page);
    const form = page.locator('cpd-request-form');
    await expect(form.locator('.supply-cost')).toHaveText('£218');
    await expect(form.locator('.total-cost')).toHaveText('£425.50');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expectStatus(page, 'Sent');
    await submitted;

    expect(endpoint.posts).toHaveLength(1);
    const post = endpoint.posts[0]!;
    expect(post.contentType).toBe('application/json');
    expect(post.key).toBe(post.body.id);
    expect(post.body).toMatchObject({
      schemaVersion: 1,
      requester: { name: 'Sam Jones' },
      course: { title: 'Systematic synthetic phonics in Year 1', provider: 'Northern Reading Hub', totalHours: 6 },
      dates: ['2027-01-14'],
      costs: { fee: 195, travel: 12.5, supplyDays: 1, supplyCost: 218, total: 425.5 },
      targetIds: ['t-improve-the-teaching-of-phonics-in-year'],
      objectiveIds: ['sdp-1'],
      approach: 'course-or-conference',
      evaluation: ['learning', 'pupils'],
      status: 'submitted',
    });
    expect(post.body.score).toMatchObject({ total: expect.any(Number), band: expect.any(String) });
    expect(problems).toEqual([]);
  });
});
