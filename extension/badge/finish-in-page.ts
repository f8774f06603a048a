import type { Course } from '@cpd-lens/core';
import { cleanText } from '../../core/src/extract/clean.ts';

/**
 * Stands in for core's `finishCourse` inside the badge's bundle only (see wxt.config.ts): the page's
 * extraction is untrusted anyway, so the background repairs every course against the Course schema
 * on receipt, and the content script need not carry zod (about 8 KB gzipped) to do it twice.
 */
export function finishCourse(input: Partial<Course>): Course | undefined {
  const title = cleanText(input.title, 300);
  return title ? ({ ...input, title } as Course) : undefined;
}
