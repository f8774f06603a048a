import { readBlocks } from './blocks.ts';
import { MARKERS } from './markers.ts';
import type { Adapter } from './types.ts';

/** Research School event lists: `ul.event-list > li.event` with a linked title, a date line and a price. */
export const researchSchool: Adapter = {
  name: 'research-school',
  marker: MARKERS.researchSchool,
  test: (_url, doc) => doc.querySelector(MARKERS.researchSchool) !== null,
  extract: (doc, url) => readBlocks(doc, url, 'ul.event-list > li.event', '.event__title, h3, h4', '.event__title a, h3 a, h4 a'),
};
