/**
 * P-04 on the school's intranet: "Clear the form" removes that member of staff's draft from every
 * store the widgets keep on the intranet's origin (the IndexedDB database, or the Web Storage it falls
 * back to when the database cannot be used), checked by enumerating everything the origin holds.
 * Another user's draft (another `draft-key`) stays, and so do requests still waiting to be delivered:
 * those are the school's, and are removed only once the receiver confirms them.
 */
import { expect, test, type Page } from '@playwright/test';
import { allIndexedDbRecords } from '../support/storage-dump.ts';
import { expectStatus, fillRequestForm, hostHtml, hostPage, schoolEndpoint, sendRequest, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const form = (page: Page) => page.locator('cpd-request-form');
const formPage = (draftKey: string) => hostHtml(widgetsBundleTag, `<cpd-request-form config-src="/intranet/config.json" draft-key="${draftKey}"></cpd-request-form>`);

/** Every record of every database of the page's origin ("db/store" → records), and both Web Storage areas. */
async function originStorage(page: Page): Promise<{ records: Record<string, unknown[]>; local: Record<string, string>; session: Record<string, string> }> {
  const records = await page.evaluate(allIndexedDbRecords);
  const areas = await page.evaluate(() => {
    const area = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k)!]));
    return { local: area(localStorage), session: area(sessionStorage) };
  });
  return { records, ...areas };
}

const ALEX = 'Alex’s appraisal course';

for (const where of ['database', 'web storage'] as const) {
  test(`P-04: "Clear the form" removes that user's draft from the ${where}; another user's draft and a waiting request stay`, async ({ context }) => {
    const endpoint = schoolEndpoint([], 'down'); // the request stays queued on the device
    const server = await suite.serve([
      endpoint.handler,
      hostPage('/host/alex.html', formPage('user-alex')),
      hostPage('/host/sam.html', formPage('user-sam')),
      hostPage('/host/probe.html', hostHtml('', '<p>Nothing here reads or writes storage.</p>')),
    ]);
    /** A page for the widgets: in the second run its database is unusable, so they keep drafts and the outbox in localStorage. */
    const widgetPage = async () => {
      const page = await context.newPage();
      if (where === 'web storage') await page.addInitScript(() => Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true }));
      return page;
    };
    const sam = await widgetPage();
    await sam.goto(`${server.origin}/host/sam.html`);
    await fillRequestForm(sam);
    await sendRequest(sam);
    await expectStatus(sam, /^Waiting to send/);
    await sam.close();

    const alex = await widgetPage();
    await alex.goto(`${server.origin}/host/alex.html`);
    await form(alex).getByLabel('Your name').fill('Alex Smith');
    await form(alex).getByLabel('Course name').fill(ALEX);
    await expectStatus(alex, 'Saved as draft');

    // a page of the same origin with no widget on it, so that reading changes nothing
    const probe = await context.newPage();
    await probe.goto(`${server.origin}/host/probe.html`);
    const dump = () => originStorage(probe);
    const held = await dump();
    const alexIn = where === 'database' ? JSON.stringify(held.records['cpd-lens/drafts']) : held.local['cpd-lens:cpd-lens:drafts'];
    expect(alexIn).toContain(ALEX);
    const before = JSON.stringify(held);
    expect(before).toContain('draft:user-sam');
    expect(before).toContain('Systematic synthetic phonics in Year 1'); // the queued request

    await form(alex).getByRole('button', { name: 'Clear the form' }).click();
    await expect(form(alex).getByLabel('Course name')).toHaveValue('');
    await expect.poll(async () => JSON.stringify(await dump())).not.toContain('draft:user-alex');
    const after = JSON.stringify(await dump());
    expect(after).not.toContain(ALEX);
    expect(after).not.toContain('Alex Smith');
    expect(after).toContain('draft:user-sam');
    expect(after).toContain('Systematic synthetic phonics in Year 1');

    // nothing brings it back: a reload of Alex's page starts empty and writes no draft of its own
    await alex.reload();
    await expect(form(alex).getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(form(alex).getByLabel('Course name')).toHaveValue('');
    // the form has opened (its draft looked for) with no save waiting: nothing will write a draft now
    await expect
      .poll(() =>
        form(alex).evaluate(async (el) => {
          const f = el as HTMLElement & { restoring: Promise<void>; draft: { timer?: unknown } };
          await f.restoring;
          return f.draft.timer === undefined;
        }),
      )
      .toBe(true);
    expect(JSON.stringify(await dump())).not.toContain('draft:user-alex');
  });
}
