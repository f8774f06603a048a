import { readBlocks } from './blocks.ts';
import type { Adapter } from './types.ts';

/** Teaching School Hub programme grids: one `.programme-card` per course, a heading and a "Book" button. */
export const hubCards: Adapter = {
  name: 'hub-cards',
  marker: '.programme-grid .programme-card',
  test: (_url, doc) => doc.querySelector('.programme-grid .programme-card') !== null,
  extract: (doc, url) => readBlocks(doc, url, '.programme-grid .programme-card', 'h2, h3, .programme-card__title', 'a.programme-card__book, a.btn'),
};
