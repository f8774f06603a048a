import { readBlocks } from './blocks.ts';
import { MARKERS } from './markers.ts';
import type { Adapter } from './types.ts';

/** Local-authority CPD directories: one table row per course (Course | Date | Time | Venue | Cost | Book). */
export const laDirectory: Adapter = {
  name: 'la-directory',
  marker: MARKERS.laDirectory,
  test: (_url, doc) => doc.querySelector(MARKERS.laDirectory) !== null,
  extract: (doc, url) => readBlocks(doc, url, 'table.course-directory tbody tr', 'td:first-child, th[scope="row"]', 'td a[href]'),
};
