import { readBlocks } from './blocks.ts';
import type { Adapter } from './types.ts';

/** WordPress "The Events Calendar" list views (Maths Hubs, school sites): one article per event row. */
export const eventsCalendar: Adapter = {
  name: 'events-calendar',
  marker: '.tribe-events-calendar-list__event',
  test: (_url, doc) => doc.querySelector('.tribe-events-calendar-list__event') !== null,
  extract: (doc, url) =>
    readBlocks(doc, url, '.tribe-events-calendar-list__event', '.tribe-events-calendar-list__event-title', '.tribe-events-calendar-list__event-title a'),
};
