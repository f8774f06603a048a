/**
 * The selector each site adapter recognises its layout by, apart from the adapters themselves so that
 * detectPage (in detect.js, on every provider page) does not pull the adapters' text readers into its bundle.
 */
export const MARKERS = {
  laDirectory: 'table.course-directory',
  hubCards: '.programme-grid .programme-card',
  researchSchool: 'ul.event-list > li.event',
  trustCatalogue: '.cpd-catalogue details.cpd-offer',
  eventsCalendar: '.tribe-events-calendar-list__event',
} as const;

/** One selector matching any adapter's layout, for a single cheap query. */
export const ADAPTER_MARKERS = Object.values(MARKERS).join(', ');
