import { readBlocks } from './blocks.ts';
import { MARKERS } from './markers.ts';
import type { Adapter } from './types.ts';

/** WordPress "The Events Calendar" list views (Maths Hubs, school sites): one article per event row. */
export const eventsCalendar: Adapter = {
  name: 'events-calendar',
  marker: MARKERS.eventsCalendar,
  test: (_url, doc) => doc.querySelector(MARKERS.eventsCalendar) !== null,
  extract: (doc, url) =>
    readBlocks(doc, url, '.tribe-events-calendar-list__event', '.tribe-events-calendar-list__event-title', '.tribe-events-calendar-list__event-title a'),
};
