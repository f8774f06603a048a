/**
 * Helpers for the extension's own views (popup, setup, side panel): five saved courses written straight
 * into the extension's store, the language setting, overflow and screenshots at a given width.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { artifactsDir } from './paths.ts';

/** Five saved courses that stress a card: long titles and words, no provider, no price, a school price. */
export const FIVE_COURSES = [
  {
    title: 'Leading early reading and phonics: a two-term programme for subject leaders in primary schools',
    provider: 'North Star Research School',
    url: 'https://northstar-research.example/phonics-programme',
    description: 'A programme over two terms, led by specialists from the Research School. Evidence-based, drawing on the EEF’s Improving Literacy guidance report. Participants rehearse techniques, set goals and return to share gap tasks with colleagues.',
    price: { amount: 395, currency: 'GBP', vat: 'excluded', basis: 'per-participant', text: '£395 + VAT' },
    sessions: [
      { start: '2027-01-14T09:30:00Z', end: '2027-01-14T12:30:00Z', hours: 3 },
      { start: '2027-03-11T09:30:00Z', end: '2027-03-11T12:30:00Z', hours: 3 },
    ],
    totalHours: 6,
    delivery: 'face-to-face',
  },
  {
    title: 'Adaptive Teaching in Mathematics',
    provider: 'Maths Hub South',
    url: 'https://mathshub.example/adaptive',
    description: 'A one-day course on adaptive teaching in maths with collaborative planning and coaching follow-up.',
    price: { amount: 180, currency: 'GBP', vat: 'included', basis: 'per-participant' },
    sessions: [{ start: '2027-02-02T09:00:00Z', end: '2027-02-02T15:30:00Z', hours: 6 }],
    totalHours: 6,
    delivery: 'face-to-face',
  },
  {
    title: 'Safeguarding refresher (online)',
    url: 'https://safe.example/refresher',
    description: 'Annual update for all staff.',
    delivery: 'online-self-paced',
  },
  {
    title: 'Metacognition and self-regulated learning: Supercalifragilisticexpialidociousness in practice',
    provider: 'An Exceptionally Long Provider Name Teaching School Hub and Partners Alliance',
    url: 'https://hub.example/metacognition',
    description: 'Sustained programme over six weeks; participants work in peer groups, observe each other and receive feedback. Based on the EEF guidance report.',
    price: { amount: 1200, currency: 'GBP', vat: 'exempt', basis: 'per-school', covers: 10 },
    totalHours: 12,
    delivery: 'blended',
  },
  {
    title: 'Behaviour conference 2027',
    provider: 'Conference Co',
    url: 'https://conf.example/behaviour',
    description: 'Keynotes and workshops.',
    price: { amount: 249, currency: 'GBP', vat: 'excluded', basis: 'per-participant' },
    sessions: [{ start: '2027-06-20T09:00:00Z', end: '2027-06-20T16:00:00Z', hours: 6 }],
    delivery: 'face-to-face',
  },
];

/** Puts records into one object store of the extension's IndexedDB, from one of its pages (which must have opened the store once). */
async function putRecords(page: Page, store: string, records: object[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('cpd-lens');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(store, 'readwrite');
        for (const record of records) tx.objectStore(store).put(record);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

/** Writes saved courses into the extension's store. */
export function seedSavedCourses(page: Page, courses: object[] = FIVE_COURSES): Promise<void> {
  return putRecords(page, 'courses', courses.map((course, i) => ({ id: `course-seed-${i}`, course, savedAt: `2026-11-0${i + 1}T10:00:00.000Z` })));
}

/** Writes a member of staff's profile with one PD target (setup done: no first-run invitation). */
export function seedProfile(page: Page, target: string): Promise<void> {
  return putRecords(page, 'profiles', [{ schemaVersion: 1, id: 'me', role: 'middle-leader', phase: 'primary', subjects: ['English'], targets: [{ id: 'target-1', text: target }] }]);
}

/** Sets the language setting as setup saves it ('auto', 'en' or 'cy'). */
export async function setLocale(page: Page, locale: 'auto' | 'en' | 'cy'): Promise<void> {
  await page.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
    const current = ((await api.get('settings')).settings as Record<string, unknown> | undefined) ?? { objectives: [], configured: false };
    await api.set({ settings: { ...current, locale: value } });
  }, locale);
}

/** How far the page is wider than its viewport (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements wider than the viewport or reaching past its right edge, for a readable failure message. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body, body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 || (el.scrollWidth > el.clientWidth + 0.5 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0))
      .slice(0, 10)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
  });
}

/** Saves a full-page screenshot under tests/artifacts/screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const WIDTHS = [320, 400, 480, 1280] as const;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
