import type { Locale } from '../i18n/locale.ts';
import type { BadgeItem, Mark } from '../messaging/protocol.ts';

/** One course found on the page: its title, where it is, and what the background said to show. */
export interface Entry {
  index: number;
  title: string;
  /** Where the course's title is on the page, for catalogue badges; null when it could not be found. */
  anchor: Element | null;
  item: BadgeItem | null;
}

/** What the badge knows about the page: only what it shows. */
export const state = {
  kind: null as 'course' | 'catalogue' | null,
  entries: [] as Entry[],
  status: 'idle' as 'idle' | 'scoring' | 'ready' | 'error',
  /** The course whose label is open (-1: the list of a catalogue's courses); null when closed. */
  open: null as number | null,
  /** The language chosen in setup, as the background told it; null until it has (the browser's is used meanwhile). */
  locale: null as Locale | null,
};

/** Puts a course's new score in its badge after the member of staff corrected a fact in the label. */
export function setItem(index: number, item: BadgeItem): void {
  const entry = state.entries[index];
  if (entry) entry.item = item;
}

/** Updates what a course's badge says after the member of staff saved or requested it. */
export function setMarks(index: number, marks: Mark[]): void {
  const entry = state.entries[index];
  if (entry?.item) entry.item = { ...entry.item, marks };
}
