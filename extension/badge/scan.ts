import { sendToBackground } from '../messaging/ask.ts';
import { MAX_COURSES_PER_PAGE, MAX_PAGE_HTML, MAX_PAGE_URL } from '../messaging/limits.ts';
import { askedByUser } from '../sites/detect.ts';
import { findTitleElement } from './locate.ts';
import { state, type Entry } from './state.ts';

/**
 * Has the extension read the page and score its courses. The badge carries no extraction: it sends
 * the page's HTML as it is now (cut at a bound) to the background, which parses it with DOMParser in
 * the extension and answers with each course's title, where it was found and what its badge shows.
 * The page's text never leaves the device.
 */
export async function scanPage(doc: Document, url: string): Promise<void> {
  state.open = null;
  state.status = 'scoring';
  const html = doc.documentElement.outerHTML.slice(0, MAX_PAGE_HTML);
  const reply = await sendToBackground({ type: 'read-page', html, url: url.slice(0, MAX_PAGE_URL), asked: askedByUser() });
  const courses = reply?.ok && Array.isArray(reply.courses) ? reply.courses.slice(0, MAX_COURSES_PER_PAGE) : [];
  state.kind = courses.length === 0 ? null : courses.length === 1 ? 'course' : 'catalogue';
  const entries: Entry[] = courses.map((course, index) => ({
    index,
    title: course.title,
    anchor: state.kind === 'catalogue' ? findTitleElement(doc, course) : null,
    item: course.item,
  }));
  state.entries = entries;
  // the extension's own reply, but checked all the same: only a language the badge knows is taken
  if (reply?.ok && (reply.locale === 'en' || reply.locale === 'cy')) state.locale = reply.locale;
  state.status = reply?.ok ? 'ready' : 'error';
}
