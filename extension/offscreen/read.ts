import type { Course } from '@cpd-lens/core';
import { extractCourses, type ExtractContext } from '@cpd-lens/core/extract';
import { MAX_COURSES_PER_PAGE } from '../messaging/limits.ts';

/**
 * The courses in a page's HTML, read in the extension (Chrome's offscreen document, Firefox's
 * background page), never in the page. Core parses the string with DOMParser: a parsed document is
 * inert, so hostile HTML runs no script, fires no event handler and loads nothing (no images, styles,
 * frames or fetches); only its text and attributes are read. Never throws.
 */
export function coursesInHtml(html: string, url: string, context: ExtractContext): Course[] {
  return extractCourses(html, url, { context }).slice(0, MAX_COURSES_PER_PAGE);
}

/** The message the service worker sends its offscreen document (Chrome only). */
export interface OffscreenRead {
  target: 'cpd-lens-offscreen';
  type: 'read-html';
  html: string;
  url: string;
  context: ExtractContext;
}

/** Whether a message is a read request for the offscreen document. */
export function isOffscreenRead(message: unknown): message is OffscreenRead {
  const m = message as Partial<OffscreenRead> | null;
  return (
    !!m &&
    m.target === 'cpd-lens-offscreen' &&
    m.type === 'read-html' &&
    typeof m.html === 'string' &&
    typeof m.url === 'string' &&
    (m.context === 'browse' || m.context === 'provider' || m.context === 'asked')
  );
}
