import type { Course } from '@cpd-lens/core';
import type { CpdStore } from '@cpd-lens/core/store';
import { browser } from 'wxt/browser';
import { savedCourseId } from '../data/saved.ts';
import type { Mark } from '../messaging/protocol.ts';

const REQUESTED = 'local:requested';
type Requested = Record<string, string>;

async function requested(): Promise<Requested> {
  const key = REQUESTED.slice('local:'.length);
  const value = (await browser.storage.local.get(key))[key];
  return value && typeof value === 'object' ? (value as Requested) : {};
}

/** Remembers that a request was started (the hand-off made) for a course, so its badge says so on the next visit. */
export async function markRequested(course: Course, now = new Date()): Promise<void> {
  const key = REQUESTED.slice('local:'.length);
  const all = await requested();
  all[savedCourseId(course)] = now.toISOString();
  await browser.storage.local.set({ [key]: all });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** What the member of staff has done with each course: saved (compare list), requested (hand-off), attended (an evaluation of it). */
export async function marksOf(store: CpdStore, courses: readonly (Course | null)[]): Promise<Mark[][]> {
  const [saved, asked, evaluations] = await Promise.all([
    store.courses.all().then((all) => new Set(all.map((c) => c.id))),
    requested(),
    store.evaluations.all().catch(() => []),
  ]);
  const attended = new Set(evaluations.map((e) => norm(e.courseTitle)));
  return courses.map((course) => {
    if (!course) return [];
    const id = savedCourseId(course);
    const marks: Mark[] = [];
    if (saved.has(id)) marks.push('saved');
    if (asked[id]) marks.push('requested');
    if (attended.has(norm(course.title))) marks.push('attended');
    return marks;
  });
}
