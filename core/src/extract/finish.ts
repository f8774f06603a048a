import { Course, type CourseField } from '../model/index.ts';
import { z } from '../zod.ts';
import { cleanText } from './clean.ts';

/**
 * Validates an extracted course against the Course schema and repairs it rather than throwing: a
 * field that fails is dropped (with its provenance), and a course without a usable title is dropped.
 */
export function finishCourse(input: Partial<Course>): Course | undefined {
  const course = { ...input } as Record<string, unknown>;
  const title = cleanText(course['title'], 300);
  if (!title) return undefined;
  course['title'] = title;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = z.safeParse(Course, course);
    if (result.success) return result.data;
    const bad = new Set(result.error.issues.map((i) => String(i.path[0] ?? '')));
    if (bad.has('title') || bad.has('')) return undefined;
    for (const key of bad) {
      if (key === 'provenance') {
        const issue = result.error.issues.find((i) => i.path[0] === 'provenance');
        const field = issue?.path[1];
        const prov = course['provenance'] as Record<string, unknown> | undefined;
        if (prov && typeof field === 'string') delete prov[field];
        else delete course['provenance'];
        continue;
      }
      delete course[key];
      const prov = course['provenance'] as Partial<Record<CourseField, unknown>> | undefined;
      if (prov) delete prov[key as CourseField];
    }
  }
  return undefined;
}
