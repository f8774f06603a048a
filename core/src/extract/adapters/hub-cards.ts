import { readBlocks } from './blocks.ts';
import { MARKERS } from './markers.ts';
import type { Adapter } from './types.ts';

/** Teaching School Hub programme grids: one `.programme-card` per course, a heading and a "Book" button. */
export const hubCards: Adapter = {
  name: 'hub-cards',
  marker: MARKERS.hubCards,
  test: (_url, doc) => doc.querySelector(MARKERS.hubCards) !== null,
  extract: (doc, url) => readBlocks(doc, url, '.programme-grid .programme-card', 'h2, h3, .programme-card__title', 'a.programme-card__book, a.btn'),
};
