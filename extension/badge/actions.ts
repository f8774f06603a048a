import { sendToBackground } from '../messaging/send.ts';
import { summaryOf } from '../request/handoff.ts';
import { page, type PageCourse } from './model.ts';

/** Saves a course to compare in the side panel, and says so. */
export async function saveToCompare(item: PageCourse): Promise<void> {
  const reply = await sendToBackground({ type: 'save-course', course: item.course, ...(item.result ? { score: summaryOf(item.result) } : {}) });
  page.notice.value = reply?.ok ? 'Saved. Open CPD Lens → Compare to see it beside your other courses.' : 'CPD Lens could not save this course; try again.';
}

/** Hands the course to the school's request form in a new tab, or says how to set the form up. */
export async function startRequest(item: PageCourse): Promise<void> {
  const reply = await sendToBackground({ type: 'start-request', course: item.course, ...(item.result ? { score: summaryOf(item.result) } : {}) });
  if (reply?.ok) page.notice.value = 'Your school’s request form opened in a new tab with this course filled in.';
  else if (reply && reply.error === 'no-form')
    page.notice.value = 'Your school’s request form address is not set. Add it in CPD Lens settings, or save the course and copy or download the request from Compare.';
  else page.notice.value = 'CPD Lens could not open the request form; try again.';
}
