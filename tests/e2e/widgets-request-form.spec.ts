import { expect, test, type Locator } from '@playwright/test';
import { continueTo, expectStatus, expectStep, fillDate, fillRequestForm, outboxSettled, schoolEndpoint, sendRequest, watchConsole, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();

test.describe('when a member of staff fills in and sends the request form', () => {
  test('the request arrives once at the endpoint as CpdRequest JSON v1, with the idempotency key', async ({ page }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    const problems = watchConsole(page);
    const submitted = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('submitted:'), timeout: 20_000 });
    await page.goto(`${server.origin}/intranet/plain.html`);
    await page.evaluate(() => document.querySelector('cpd-request-form')!.addEventListener('cpd-submitted', (e) => console.log(`submitted:${(e as CustomEvent).detail.request.id}`)));
    await fillRequestForm(page);
    const form = page.locator('cpd-request-form');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect(form.locator('.check')).toContainText('1 day, £218');
    await expect(form.locator('.check')).toContainText('£425.50');
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

test.describe('when the endpoint is down', () => {
  test('the request waits, retries with backoff and arrives exactly once when it is back', async ({ page }) => {
    // Down (503), connection dropped, committed-but-500 (the receiver stored it), then up.
    const endpoint = schoolEndpoint(['down', 'reset', 'commit-then-500'], 'up');
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    await page.locator('cpd-request-form').getByRole('button', { name: 'Continue' }).click();
    await page.locator('cpd-request-form').getByRole('button', { name: 'Send request' }).dblclick(); // a double submit must not queue twice
    await expectStatus(page, /^Waiting to send \(the school’s system is not answering\) — will retry at \d\d:\d\d$/);
    await expectStatus(page, 'Sent', 'cpd-request-form', 30_000);
    expect(endpoint.posts.length).toBe(4);
    expect(new Set(endpoint.posts.map((p) => p.key)).size).toBe(1);
    expect(endpoint.stored.size).toBe(1);
  });

  test('offline at submit: kept on the device, sent on reconnect — and across a reload', async ({ page, context }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    await context.setOffline(true);
    await sendRequest(page);
    await expectStatus(page, /^Waiting to send \(offline\) — will retry at \d\d:\d\d$/);
    expect(endpoint.posts).toHaveLength(0);
    await context.setOffline(false);
    await page.reload();
    // Back online, the page sends it (on the `online` event, or on load after the reload): once.
    // If it went before the reload, the sent draft was cleared and the new page shows a fresh form.
    await expect.poll(() => endpoint.stored.size, { timeout: 20_000 }).toBe(1);
    await expect(page.locator('cpd-request-form').getByRole('status').first()).toHaveText(/^(Sent|)$/);
    // nothing left to send in the outbox: no later attempt can post it again
    await outboxSettled(page);
    expect(new Set(endpoint.posts.map((p) => p.key)).size).toBe(1);
  });

  test('a refusal (4xx) is not retried; the answers stay and the message is shown as text', async ({ page }) => {
    const endpoint = schoolEndpoint(['refuse']);
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    await sendRequest(page);
    await expectStatus(page, "Could not send: the school's system refused it (422): Course dates fall in the school holidays <b>really</b>");
    // refused for good in the outbox: nothing is left for a retry to send
    await outboxSettled(page);
    expect(endpoint.posts).toHaveLength(1);
    await page.locator('cpd-request-form').getByRole('button', { name: 'Change your answers' }).click();
    await expect(page.locator('cpd-request-form').getByLabel('Course name')).toHaveValue('Systematic synthetic phonics in Year 1');
  });
});

test.describe('drafts', () => {
  test('a reload mid-form brings every answer back', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await fillRequestForm(page);
    // a draft is saved 600 ms after the last answer: each answer clears "Saved as draft", which the
    // save of the last one writes again
    await expectStatus(page, 'Saved as draft');
    await page.reload();
    const form = page.locator('cpd-request-form');
    // back on the step it was on (issue 22), with every answer on every step
    await expectStep(form, 5, 'How you will learn and evaluate');
    await expect(form.getByText(/Your draft from \d\d:\d\d has been restored/)).toBeVisible();
    await expect(form.getByLabel('Type of professional learning')).toHaveValue('course-or-conference');
    await expect(form.getByLabel('Pupil attitude and impact on pupil learning')).toBeChecked();
    const back = form.getByRole('link', { name: 'Back' });
    await back.click();
    await back.click();
    await expect(form.getByRole('checkbox', { name: /^Improve the teaching of phonics in Year 1/ })).toBeChecked();
    await back.click();
    await expect(form.getByLabel('Course fee in pounds')).toHaveValue('195');
    const firstDay = form.getByRole('group', { name: 'First day' });
    await expect(firstDay.getByLabel('Day')).toHaveValue('14');
    await expect(firstDay.getByLabel('Month')).toHaveValue('1');
    await expect(firstDay.getByLabel('Year')).toHaveValue('2027');
    await back.click();
    await expect(form.getByLabel('Your name')).toHaveValue('Sam Jones');
  });

  test('what is typed before the draft store has loaded is kept, and saved with the draft', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    await form.getByLabel('Your name').fill('Sam Jones');
    await form.getByLabel('Course name').fill('An old course');
    await expectStatus(page, 'Saved as draft');
    // The store stack is its own chunk, loaded after the first render: hold it back until the answers are typed.
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/chunks/store-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await form.getByLabel('Course name').fill('Retrieval practice for maths fluency');
    await form.getByLabel('Hours of training').fill('3');
    await expect(form.getByLabel('Your name')).toHaveValue(''); // the draft is not read yet
    release();
    await expect(form.getByText(/Your draft from \d\d:\d\d has been restored/)).toBeVisible();
    await expect(form.getByLabel('Your name')).toHaveValue('Sam Jones');
    await expect(form.getByLabel('Course name')).toHaveValue('Retrieval practice for maths fluency');
    await expectStatus(page, 'Saved as draft');
    await page.unroute('**/chunks/store-*.js');
    await page.reload();
    await expect(form.getByLabel('Your name')).toHaveValue('Sam Jones');
    await expect(form.getByLabel('Course name')).toHaveValue('Retrieval practice for maths fluency');
    await expect(form.getByLabel('Hours of training')).toHaveValue('3');
  });

  test('when the store code cannot be fetched, the answers stay on the page, it says so, and the next save fetches it again', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/chunks/store-*.js', (route) => route.abort());
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    await form.getByLabel('Your name').fill('Sam Jones');
    await expectStatus(page, /Could not save on this device/);
    await expect(form.getByLabel('Your name')).toHaveValue('Sam Jones');
    await page.unroute('**/chunks/store-*.js');
    await form.getByLabel('Course name').fill('Retrieval practice for maths fluency');
    await expectStatus(page, 'Saved as draft');
    await page.reload();
    await expect(form.getByLabel('Your name')).toHaveValue('Sam Jones');
    await expect(form.getByLabel('Course name')).toHaveValue('Retrieval practice for maths fluency');
    expect(errors).toEqual([]);
  });

  test('a CPD Lens hand-off fills the course and its targets, keeping the typed name', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    await page.locator('cpd-request-form').getByLabel('Your name').fill('Sam Jones');
    await expectStatus(page, 'Saved as draft');
    const hash = await page.evaluate(async () => {
      const handoff = {
        v: 1,
        course: { title: 'Retrieval practice for maths fluency', provider: 'Maths Hub North', price: { amount: 60, currency: 'GBP', vat: 'included', basis: 'per-participant' }, totalHours: 3 },
        targets: [{ id: 't2', text: 'Use retrieval practice in maths', sdpObjectiveId: 'sdp-2' }],
        objectiveIds: ['sdp-2'],
      };
      const bytes = new TextEncoder().encode(JSON.stringify(handoff));
      return `#cpd-request=${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    });
    await page.goto(`${server.origin}/intranet/plain.html${hash}`);
    await page.reload();
    const form = page.locator('cpd-request-form');
    // the course it brought is shown for checking first (issue 22)
    await expectStep(form, 1, 'You and the course');
    await expect(form.getByLabel('Course name')).toHaveValue('Retrieval practice for maths fluency');
    await expect(form.getByLabel('Your name')).toHaveValue('Sam Jones');
    await continueTo(form, 2, 'Dates and cost');
    // £60 including VAT costs a school that recovers VAT (maintained, academy: the default) £50
    await expect(form.getByLabel('Course fee in pounds')).toHaveValue('50');
    await fillDate(form.getByRole('group', { name: 'First day' }), '2027-01-14');
    await continueTo(form, 3, 'Why you want it');
    await expect(form.getByRole('checkbox', { name: /^Use retrieval practice in maths/ })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'SDP2: Improve maths fluency with retrieval practice', exact: true })).toBeChecked();
    await expect(form.locator('[part="preview"]')).toContainText('out of 100');
  });
});

test.describe('when answers are missing', () => {
  test('an error summary per step takes focus and each link focuses its field', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    const summary = form.getByRole('alert');
    const cont = form.getByRole('button', { name: 'Continue' });
    /** Continue with nothing answered on this step: its own problems, summarised, then answered. */
    const problems = async (links: string[], answer: () => Promise<void>) => {
      await cont.click();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading')).toHaveText('There is a problem');
      await expect(summary.getByRole('link')).toHaveText(links);
      await answer();
    };
    await problems(['Enter your name', 'Enter the name of the course'], async () => {
      await form.getByLabel('Your name').fill('Sam Jones');
      await form.getByLabel('Course name').fill('Coaching for new middle leaders');
    });
    await continueTo(form, 2, 'Dates and cost');
    await form.getByLabel('Course fee in pounds').fill('lots');
    await problems(['Enter the first day of the course', 'Enter the course fee in pounds, like 150, or 0 if it is free'], async () => {});
    await summary.getByRole('link', { name: /course fee/ }).click();
    const fee = form.getByLabel('Course fee in pounds');
    await expect(fee).toBeFocused();
    await expect(fee).toHaveAttribute('aria-invalid', 'true');
    await expect(fee).toHaveAccessibleDescription(/Error: Enter the course fee in pounds/);
    await expect(fee).toHaveValue('lots'); // never cleared
    expect(page.url()).not.toContain('#fee');
    await fee.fill('0');
    await fillDate(form.getByRole('group', { name: 'First day' }), '2027-01-14');
    await continueTo(form, 3, 'Why you want it');
    await problems(['Select at least one PD target or School Development Plan objective that this course serves'], () =>
      form.getByRole('group', { name: 'School Development Plan objectives' }).getByRole('checkbox').first().check(),
    );
    await continueTo(form, 4, 'Expected impact');
    await problems(['Describe what will change in your practice', 'Describe the difference it will make to pupils', 'Describe how you will share what you learn with colleagues'], async () => {
      await form.getByLabel('What will change in your practice?').fill('Weekly coaching conversations.');
      await form.getByLabel('What difference will it make to pupils?').fill('Better feedback in lessons.');
      await form.getByLabel('How will you share what you learn with colleagues?').fill('At a phase meeting.');
    });
    await continueTo(form, 5, 'How you will learn and evaluate');
    await problems(['Select the type of professional learning', 'Select at least one way you will evaluate the impact'], async () => {});
  });
});

test.describe('in Welsh', () => {
  test('labels, errors and statuses follow lang="cy"', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/welsh.html`);
    const form = page.locator('cpd-request-form');
    await expect(form.getByRole('heading', { level: 2 }).first()).toContainText('Gwneud cais am ddysgu proffesiynol');
    await expect(form.getByLabel('Eich enw')).toBeVisible();
    await expect(form.getByLabel('Enw’r cwrs')).toBeVisible();
    await form.getByRole('button', { name: 'Parhau' }).click();
    await expect(form.getByRole('alert').getByRole('heading')).toHaveText('Mae problem wedi codi');
    await expect(form.getByRole('link', { name: 'Rhowch eich enw' })).toBeVisible();
  });

  test('the Welsh text loads on demand and no English shows while it does', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    // Hold the Welsh chunk back, recording what the form shows meanwhile.
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    let welshRequested = false;
    await page.route(/\/chunks\/i18n-cy-[\w-]+\.js$/, async (route) => {
      welshRequested = true;
      await held;
      await route.continue();
    });
    await page.goto(`${server.origin}/intranet/welsh.html`);
    await expect.poll(() => welshRequested).toBe(true);
    const form = page.locator('cpd-request-form');
    // the form has started and holds its first drawing until its Welsh text comes (an update pending, none
    // done): whatever it shows meanwhile is what it shows until then
    await expect
      .poll(() =>
        form.evaluate((el) => {
          const lit = el as HTMLElement & { isUpdatePending?: boolean; hasUpdated?: boolean };
          return customElements.get('cpd-request-form') !== undefined && lit.isUpdatePending === true && lit.hasUpdated === false;
        }),
      )
      .toBe(true);
    const meanwhile = await form.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(meanwhile).not.toMatch(/Request professional development|Your name|Loading/);
    release();
    await expect(form.getByRole('heading', { level: 2 }).first()).toContainText('Gwneud cais am ddysgu proffesiynol');
  });
});

test('an English page never downloads the Welsh text', async ({ page }) => {
  const server = await suite.serve([schoolEndpoint().handler]);
  const chunks: string[] = [];
  page.on('request', (request) => void (/\/chunks\//.test(request.url()) && chunks.push(request.url())));
  await page.goto(`${server.origin}/intranet/plain.html`);
  await expect(page.locator('cpd-request-form').getByLabel('Your name')).toBeVisible();
  // the page has fetched all it will: the check page's chunk after the first render, nothing more in flight
  await page.waitForLoadState('networkidle');
  expect(chunks.filter((url) => /i18n-cy-/.test(url))).toEqual([]);
});

test.describe('with the keyboard only', () => {
  test('every question can be answered and the request sent without a mouse', async ({ page }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    await page.goto(`${server.origin}/intranet/plain.html`);
    const form = page.locator('cpd-request-form');
    const type = (text: string) => page.keyboard.type(text);
    /** Presses Tab until the control has focus: proves it is reachable, in order, by keyboard. */
    const tabTo = async (target: Locator, most = 8) => {
      for (let i = 0; i < most; i++) {
        if (await target.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
    };
    await page.locator('body').focus();
    await tabTo(form.getByLabel('Your name'), 20);
    await type('Kai Evans');
    await tabTo(form.getByLabel('Course name'));
    await type('Retrieval practice for maths fluency');
    await tabTo(form.getByLabel('Hours of training'));
    await type('3');
    /** Continue with the keyboard: the next step's heading takes focus, and Tab goes on from there. */
    const next = async (n: number, name: string) => {
      await tabTo(form.getByRole('button', { name: 'Continue' }), 20);
      await page.keyboard.press('Enter');
      await expectStep(form, n, name);
      await expect(form.locator('#step-title')).toBeFocused();
    };
    await next(2, 'Dates and cost');
    const firstDay = form.getByRole('group', { name: 'First day' });
    await tabTo(firstDay.getByLabel('Day'));
    await type('9');
    await tabTo(firstDay.getByLabel('Month'));
    await type('12');
    await tabTo(firstDay.getByLabel('Year'));
    await type('2026');
    await tabTo(form.getByLabel('Course fee in pounds'));
    await type('60');
    await next(3, 'Why you want it');
    await tabTo(form.getByLabel('New target'));
    await type('Use retrieval practice in maths');
    await page.keyboard.press('Enter'); // adds the target, does not send
    await expect(form.getByRole('checkbox', { name: /^Use retrieval practice in maths/ })).toBeChecked();
    await next(4, 'Expected impact');
    await tabTo(form.getByLabel('What will change in your practice?'));
    await type('Weekly retrieval quizzes.');
    await tabTo(form.getByLabel('What difference will it make to pupils?'));
    await type('Better recall of number facts.');
    await tabTo(form.getByLabel('How will you share what you learn with colleagues?'));
    await type('Share quizzes in the maths team meeting.');
    await next(5, 'How you will learn and evaluate');
    await tabTo(form.getByLabel('Type of professional learning'));
    await page.keyboard.press('ArrowDown');
    await tabTo(form.getByLabel('Participant satisfaction and reaction'));
    await page.keyboard.press('Space');
    await tabTo(form.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await expect(form.getByRole('heading', { name: 'Check your answers before sending your request' })).toBeFocused();
    await tabTo(form.getByRole('button', { name: 'Send request' }), 40);
    await page.keyboard.press('Enter');
    await expectStatus(page, 'Sent');
    expect(endpoint.posts[0]!.body).toMatchObject({ requester: { name: 'Kai Evans' }, approach: 'course-or-conference', evaluation: ['reaction'], dates: ['2026-12-09'] });
  });
});

test.describe('on hostile and strict host pages', () => {
  test('aggressive intranet CSS does not hide or break the form, and Enter does not submit the host form', async ({ page }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    let hostSubmitted = false;
    page.on('request', (r) => {
      if (r.url().endsWith('/never')) hostSubmitted = true;
    });
    await page.goto(`${server.origin}/intranet/hostile.html`);
    const form = page.locator('cpd-request-form');
    const send = form.getByRole('button', { name: 'Continue' });
    await expect(send).toBeVisible();
    const size = await form.getByLabel('Your name').evaluate((el) => getComputedStyle(el).fontSize);
    expect(size).toBe('16px');
    await form.getByLabel('Your name').press('Enter'); // submits our form (its error summary shows), not the intranet's
    await expect(form.getByRole('alert')).toBeFocused();
    await fillRequestForm(page);
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('button', { name: 'Send request' }).click();
    await expectStatus(page, 'Sent');
    expect(hostSubmitted).toBe(false);
    expect(endpoint.stored.size).toBe(1);
  });

  test('form-associated: the host form gets the request JSON and its validity', async ({ page }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await page.goto(`${server.origin}/intranet/hostile.html`);
    const form = page.locator('cpd-request-form');
    await expect(form.getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(await page.evaluate(() => (document.getElementById('host-form') as HTMLFormElement).checkValidity())).toBe(false);
    await fillRequestForm(page);
    const value = await page.evaluate(() => new FormData(document.getElementById('host-form') as HTMLFormElement).get('cpd'));
    expect(JSON.parse(String(value))).toMatchObject({ schemaVersion: 1, course: { title: 'Systematic synthetic phonics in Year 1' } });
    expect(await page.evaluate(() => (document.getElementById('host-form') as HTMLFormElement).checkValidity())).toBe(true);
  });

  test('under a strict CSP with Trusted Types: styled, working, no violations', async ({ page }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    const problems = watchConsole(page);
    await page.goto(`${server.origin}/intranet/strict.html`);
    const form = page.locator('cpd-request-form');
    const send = form.getByRole('button', { name: 'Continue' });
    await expect(send).toBeVisible();
    expect(await send.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 112, 60)');
    await fillRequestForm(page);
    await sendRequest(page);
    await expectStatus(page, 'Sent');
    await expect(page.locator('cpd-budget svg')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    expect(endpoint.stored.size).toBe(1);
  });
});
