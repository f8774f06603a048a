import type { Course } from '@cpd-lens/core';
import { extractCourses } from '@cpd-lens/core/extract';
import { sendToBackground } from '../messaging/ask.ts';
import { MAX_COURSES_PER_PAGE } from '../messaging/limits.ts';
import { findTitleElement } from './locate.ts';
import { state, type Entry } from './state.ts';

/** Reads the courses on the page, then has the background score them (the page's text never leaves the device). */
export async function scanPage(doc: Document, url: string): Promise<void> {
  let courses: Course[];
  try {
    courses = extractCourses(doc, url, { context: 'provider' }).slice(0, MAX_COURSES_PER_PAGE);
  } catch {
    courses = [];
  }
  state.open = null;
  state.kind = courses.length === 0 ? null : courses.length === 1 ? 'course' : 'catalogue';
  const entries: Entry[] = courses.map((course, index) => ({
    index,
    title: course.title,
    anchor: state.kind === 'catalogue' ? findTitleElement(doc, course) : null,
    item: null,
  }));
  state.entries = entries;
  state.status = entries.length ? 'scoring' : 'ready';
  const reply = await sendToBackground({ type: 'score-page', courses });
  if (!reply?.ok || !Array.isArray(reply.items) || reply.items.length !== entries.length) {
    state.status = entries.length ? 'error' : 'ready';
    return;
  }
  for (const entry of entries) entry.item = reply.items[entry.index] ?? null;
  state.status = 'ready';
}
