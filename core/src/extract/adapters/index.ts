import { eventsCalendar } from './events-calendar.ts';
import { hubCards } from './hub-cards.ts';
import { laDirectory } from './la-directory.ts';
import { researchSchool } from './research-school.ts';
import { trustCatalogue } from './trust-catalogue.ts';
import type { Adapter } from './types.ts';

export type { Adapter, AdapterCourse } from './types.ts';

/** Every site adapter, tried in order; the first whose test passes reads the page. */
export const ADAPTERS: readonly Adapter[] = [laDirectory, hubCards, researchSchool, trustCatalogue, eventsCalendar];

export { ADAPTER_MARKERS } from './markers.ts';

/** One selector matching any adapter's marker. */
const ANY_MARKER = ADAPTERS.map((a) => a.marker).join(', ');

/** The adapter for a page's layout, if any. */
export function findAdapter(url: string, doc: Document): Adapter | undefined {
  // one query for every adapter's marker: most pages have none, and no test passes without its marker
  try {
    if (!doc.querySelector(ANY_MARKER)) return undefined;
  } catch {
    // a DOM that cannot answer the query is left to the adapters' own tests
  }
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.test(url, doc)) return adapter;
    } catch {
      // a broken page must not stop the other adapters
    }
  }
  return undefined;
}
