/**
 * E-SW-01: Chrome stops an idle extension service worker whenever it likes (30 s idle, or under
 * memory pressure). Stopped between actions, in the middle of a save and in the middle of scoring a
 * page, the worker loses nothing, says "Saved" only for a course that is stored, never stores one
 * twice, never opens the request form twice, and the next action works. The worker is stopped through DevTools' own ServiceWorker domain.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, labelFrame, pageBadge, setRequestForm, tabsShowing, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

/**
 * Stops every service worker of the extension's origin, as Chrome does to an idle one, and returns
 * once DevTools has reported one stopped (a page may wake it again at once: that is the point).
 */
async function stopWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  let stopped!: () => void;
  const seen = new Promise<void>((ok) => (stopped = ok));
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    if (e.versions.some((v) => v.runningStatus === 'stopped')) stopped();
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await seen;
  await cdp.detach();
}

/** The saved courses in the extension's database, read from one of its pages. */
function savedTitles(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('cpd-lens');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = await new Promise<{ course: { title: string } }[]>((ok) => {
      const req = db.transaction('courses').objectStore('courses').getAll();
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return all.map((r) => r.course.title);
  });
}

/** Opens a course page and its label. */
async function courseLabel(context: BrowserContext, origin: string): Promise<{ page: Page; label: ReturnType<typeof labelFrame> }> {
  const page = await context.newPage();
  await page.goto(`${origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  await pageBadge(page).click();
  return { page, label: labelFrame(page) };
}

test('a worker stopped between actions wakes for the next one: the label still saves', async ({ context, server, openExtensionPage }) => {
  const { label } = await courseLabel(context, server.origin);
  await expect(label.getByRole('button', { name: 'Save course' })).toBeVisible();
  const setup = await openExtensionPage('options.html');
  await stopWorker(setup);
  // the label's token and the page's scores were kept in session storage, not in the stopped worker's memory
  await label.getByRole('button', { name: 'Save course' }).click();
  await expect(label.getByRole('status')).toContainText('Saved');
  expect(await savedTitles(setup)).toEqual(['Metacognition in the Primary Classroom']);
});

test('a worker stopped in the middle of a save: "Saved" only when stored, never twice, and saving again works', async ({ context, server, openExtensionPage }) => {
  const { page, label } = await courseLabel(context, server.origin);
  const setup = await openExtensionPage('options.html');
  await label.getByRole('button', { name: 'Save course' }).click({ noWaitAfter: true });
  await stopWorker(setup);
  // whatever the race gave, what the label says matches what is stored
  const status = label.getByRole('status');
  await expect(status).toHaveText(/Saved|could not do that/);
  const stored = await savedTitles(setup);
  if ((await status.textContent())!.includes('could not')) expect(stored).toEqual([]);
  else expect(stored).toEqual(['Metacognition in the Primary Classroom']);
  // the next action works (the worker wakes), and the course is stored once
  await page.keyboard.press('Escape');
  await pageBadge(page).click();
  const again = label.getByRole('button', { name: 'Save course' });
  if (await again.isVisible()) await again.click();
  await expect.poll(() => savedTitles(setup)).toEqual(['Metacognition in the Primary Classroom']);
  await expect(pageBadge(page)).toHaveAccessibleName(/Saved/);
});

test('a worker stopped while it scores a page: the badge still comes, with its score', async ({ context, server, openExtensionPage }) => {
  const setup = await openExtensionPage('options.html');
  const page = await context.newPage();
  const loading = page.goto(`${server.origin}/own/course.html`);
  // stop it as the page's course is being read and scored, several times over: each time the page's
  // messages have woken it again (or once the page has loaded)
  const loaded = loading.then(() => undefined);
  for (let i = 0; i < 3; i++) {
    const woken = context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
    await stopWorker(setup);
    await Promise.race([woken, loaded]);
  }
  await loading;
  await expect(pageBadge(page)).toBeVisible({ timeout: 15_000 });
  await expect(pageBadge(page)).toHaveAccessibleName(/^CPD Lens \d+ /);
});

test('a worker stopped in the middle of "Start a request": the form opens once at most, and the label says what happened', async ({ context, server, openExtensionPage }) => {
  await setRequestForm(context, `${server.origin}/own/request-form.html`);
  const { label } = await courseLabel(context, server.origin);
  const setup = await openExtensionPage('options.html');
  await expect(label.getByRole('button', { name: 'Start a request' })).toBeInViewport({ ratio: 1 });
  await label.getByRole('button', { name: 'Start a request' }).click({ noWaitAfter: true });
  await stopWorker(setup);
  const status = label.getByRole('status');
  await expect(status).toHaveText(/request form opened|could not do that/);
  // the label speaks once the background has answered, after any tab it opened was created: the browser's
  // own list of tabs is then complete (a new tab's page in Playwright may not have its address yet, which
  // a fixed wait of 1.5 s stood in for, and on a loaded machine did not cover)
  const forms = await tabsShowing(context, 'request-form');
  expect(forms).toBeLessThanOrEqual(1);
  // "opened" only when the form did open
  if ((await status.textContent())!.includes('form opened')) expect(forms).toBe(1);
});

