/**
 * A-KB-01: every control of the extension's views can be reached and used with the keyboard alone,
 * in a sensible order, with a visible focus indicator and no trap: the badge and its label on a
 * provider page, the popup, setup and the side panel.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, extensionMissing, extensionMissingReason, labelFrame, nextFrame, pageBadge, tabToBadge, test } from '../support/extension.ts';
import { seedSavedCourses } from '../support/extension-views.ts';

test.skip(extensionMissing, extensionMissingReason);

/** Numbers every visible control of the page (open shadow roots included; one per radio group) and returns how many. */
function markControls(page: Page | Frame): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"])';
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector) && (el as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true })) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const radios = new Set<string>();
    const controls = found.filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
      if (radios.has(el.name)) return false;
      radios.add(el.name);
      return true;
    });
    controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    // a radio group is one tab stop: any of its radios stands for the group
    for (const el of found) if (el instanceof HTMLInputElement && el.type === 'radio' && !el.hasAttribute('data-kb')) el.setAttribute('data-kb', document.querySelector(`input[name="${el.name}"][data-kb]`)!.getAttribute('data-kb')!);
    return controls.length;
  });
}

/** The focused control's number (through shadow roots), and whether it shows a focus indicator. */
function focused(page: Page | Frame): Promise<{ kb: string | null; ring: boolean; name: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { kb: null, ring: false, name: '' };
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || el.tagName === 'IFRAME';
    return { kb: el.getAttribute('data-kb'), ring, name: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}` };
  });
}

/** Tabs through the whole page once: every control is reached, each with a focus indicator, and the focus never sticks. */
async function keyboardPass(page: Page): Promise<void> {
  const count = await markControls(page);
  expect(count).toBeGreaterThan(2);
  const reached = new Set<string>();
  const noRing: string[] = [];
  let stuck = 0;
  let last: string | null = null;
  for (let i = 0; i < count * 2 + 10 && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.kb !== null) {
      reached.add(now.kb);
      if (!now.ring) noRing.push(now.name);
    }
    stuck = now.kb !== null && now.kb === last ? stuck + 1 : 0;
    expect(stuck, `focus stuck on ${now.name}`).toBeLessThan(3);
    last = now.kb;
  }
  const missed = await page.evaluate((seen) => [...document.querySelectorAll('[data-kb]')].filter((el) => !seen.includes(el.getAttribute('data-kb')!)).map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`), [...reached]);
  expect(missed, 'controls the keyboard never reaches').toEqual([]);
  expect([...new Set(noRing)], 'controls with no visible focus').toEqual([]);
}

test('badge and label by keyboard: Tab to the badge, Enter opens the label, its actions work, Escape closes it', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  await tabToBadge(page);
  await page.keyboard.press('Enter');
  const label = labelFrame(page);
  await expect(label.getByRole('heading', { name: 'Why' })).toBeVisible();
  // the label's frame takes the focus; its controls are reached by Tab and used with Enter or Space
  const frame = page.frames().find((f) => f.url().includes('/label.html'))!;
  const count = await markControls(frame);
  const reached = new Set<string>();
  for (let i = 0; i < count * 2 + 5 && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(frame);
    if (now.kb !== null) {
      reached.add(now.kb);
      expect(now.ring, `no visible focus on ${now.name}`).toBe(true);
    }
  }
  expect(reached.size, 'every control of the label is reached').toBe(count);
  await label.getByRole('button', { name: 'Save course' }).focus();
  await page.keyboard.press('Enter');
  await expect(label.getByRole('status')).toContainText('Saved');
  // the label is no hover pop-up: moving the pointer away leaves it open until the user closes it
  const moved = page.evaluate(() => new Promise<void>((ok) => addEventListener('mousemove', () => ok(), { once: true })));
  await page.mouse.move(5, 5);
  // the page has had the pointer's move, and drawn a frame since: a hover pop-up would have closed
  await moved;
  await nextFrame(page);
  await expect(page.locator('cpd-lens-badge iframe.label-frame')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('cpd-lens-badge iframe.label-frame')).toBeHidden();
  await expect(pageBadge(page)).toBeFocused();
});

test('popup by keyboard: every control reached with a visible focus, no trap', async ({ context, server, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/own/course.html`);
  await expect(pageBadge(page)).toBeVisible();
  const tabId = await context.serviceWorkers()[0]!.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)!.id!;
  }, page.url());
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await expect(popup.getByRole('list', { name: 'Courses on this page' })).toContainText('Metacognition');
  await keyboardPass(popup);
});

test('setup by keyboard: every control reached, and the form filled and saved without a mouse', async ({ openExtensionPage }) => {
  const setup = await openExtensionPage('options.html');
  await expect(setup.getByRole('button', { name: 'Save setup' })).toBeVisible();
  await keyboardPass(setup);
  await setup.getByLabel('Your role').focus();
  await setup.keyboard.press('ArrowDown');
  await setup.getByRole('button', { name: 'Save setup' }).focus();
  await setup.keyboard.press('Enter');
  await expect(setup.getByRole('status').first()).toContainText(/Saved/);
});

test('side panel by keyboard: every control of five cards reached with a visible focus, no trap', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.locator('main')).toBeVisible();
  await seedSavedCourses(panel);
  await panel.reload();
  await expect(panel.locator('ol.cards > li')).toHaveCount(5);
  await keyboardPass(panel);
});
