import { computed, signal } from '@preact/signals';
import type { Course, ScoreResult } from '@cpd-lens/core';

/** One course found on the page, with its score once the background has judged it. */
export interface PageCourse {
  key: string;
  course: Course;
  result: ScoreResult | null;
  /** Where the course's title is on the page, for catalogue badges; null when it could not be found. */
  anchor: Element | null;
}

/** What the badge shows about the current page. Signals live here, not in components. */
export const page = {
  kind: signal<'course' | 'catalogue' | null>(null),
  courses: signal<PageCourse[]>([]),
  status: signal<'idle' | 'scoring' | 'ready' | 'error'>('idle'),
  /** The course whose breakdown is open, by key; null when the panel is closed. */
  openKey: signal<string | null>(null),
  /** A short message after an action ("Saved to compare"), announced politely. */
  notice: signal(''),
};

/** The course whose breakdown is open. */
export const openCourse = computed(() => page.courses.value.find((c) => c.key === page.openKey.value) ?? null);

/** The course a single-course page is about: the first scored course. */
export const mainCourse = computed(() => (page.kind.value === 'catalogue' ? null : (page.courses.value[0] ?? null)));

/** The list of a catalogue's courses, shown from the page badge when some could not be marked beside their titles. */
export const LIST_KEY = '__list__';

/** Catalogue courses that have no inline badge (their title could not be found on the page). */
export const unplaced = computed(() => (page.kind.value === 'catalogue' ? page.courses.value.filter((c) => !c.anchor) : []));

/** The element that opened the panel, so focus can go back to it on close. */
let opener: HTMLElement | null = null;

/** Opens the breakdown of one course, remembering which button opened it. */
export function openBreakdown(key: string, from: HTMLElement | null): void {
  opener = from;
  page.notice.value = '';
  page.openKey.value = key;
}

/** Closes the breakdown and returns focus to the button that opened it. */
export function closeBreakdown(): void {
  page.openKey.value = null;
  const back = opener;
  opener = null;
  back?.focus();
}
