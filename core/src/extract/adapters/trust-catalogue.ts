import { readBlocks } from './blocks.ts';
import { MARKERS } from './markers.ts';
import type { Adapter } from './types.ts';

/** Multi-academy trust CPD catalogues: a `<details>` per course, the title in its summary, details in a list. */
export const trustCatalogue: Adapter = {
  name: 'trust-catalogue',
  marker: MARKERS.trustCatalogue,
  test: (_url, doc) => doc.querySelector(MARKERS.trustCatalogue) !== null,
  extract: (doc, url) => readBlocks(doc, url, '.cpd-catalogue details.cpd-offer', 'summary .cpd-offer__title, summary', 'a.cpd-offer__book'),
};
