import type { Course } from '@cpd-lens/core';
import { extractCourses } from '@cpd-lens/core/extract';
import { sendToBackground } from '../messaging/send.ts';
import { findTitleElement } from './locate.ts';
import { page, type PageCourse } from './model.ts';

/** Reads the courses on the page, then asks the background to score them (the page's text never leaves the device). */
export async function scanPage(doc: Document, url: string): Promise<void> {
  let courses: Course[];
  try {
    courses = extractCourses(doc, url, { context: 'provider' }).slice(0, 100);
  } catch (error) {
    console.warn('CPD Lens: could not read this page', error);
    courses = [];
  }
  page.openKey.value = null;
  page.notice.value = '';
  page.kind.value = courses.length === 0 ? null : courses.length === 1 ? 'course' : 'catalogue';
  const items: PageCourse[] = courses.map((course, i) => ({ key: `${i}:${course.title}`, course, result: null, anchor: null }));
  if (page.kind.value === 'catalogue') for (const item of items) item.anchor = findTitleElement(doc, item.course);
  page.courses.value = items;
  if (!items.length) {
    page.status.value = 'ready';
    return;
  }
  page.status.value = 'scoring';
  const reply = await sendToBackground({ type: 'score-courses', courses });
  if (!reply?.ok || reply.results.length !== items.length) {
    page.status.value = 'error';
    return;
  }
  page.courses.value = items.map((item, i) => ({ ...item, result: reply.results[i]! }));
  page.status.value = 'ready';
}
