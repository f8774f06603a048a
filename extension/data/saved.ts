import type { Course } from '@cpd-lens/core';
import type { CpdStore, SavedCourse } from '@cpd-lens/core/store';
import type { ScoreSummary } from '../messaging/protocol.ts';

/** A stable id for a course: the same page saved twice is one saved course. */
export function savedCourseId(course: Course): string {
  const key = `${course.url ?? ''}\u0000${course.title}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `course-${hash.toString(16).padStart(8, '0')}`;
}

/** Saves (or refreshes) a course, keeping the note the member of staff already wrote. */
export async function saveCourse(store: CpdStore, course: Course, score: ScoreSummary | undefined, now = new Date()): Promise<string> {
  const id = savedCourseId(course);
  const existing = await store.courses.get(id);
  const record: SavedCourse = { id, course, savedAt: now.toISOString() };
  if (existing?.note) record.note = existing.note;
  if (score) record.score = score;
  await store.courses.put(record);
  return id;
}
