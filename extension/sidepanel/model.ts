import { computed, signal } from '@preact/signals';
import { compareOptions, type Comparison, type Profile, type ScoreResult } from '@cpd-lens/core';
import type { SavedCourse } from '@cpd-lens/core/store';
import { storage } from 'wxt/utils/storage';
import { loadSetup, planOf, policyOf, pricingOf, scorerFor, withStore, type Setup } from '../data/setup.ts';
import { fill, messages } from '../i18n/locale.ts';
import { locale } from '../i18n/page.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import { perHourOf } from './summary.ts';
import { buildHandoff, handoffFileName, handoffJson, requestFormLink, withoutTargets } from '../request/handoff.ts';
import { openRequestForm as openForm } from '../request/open-form.ts';
import { downloadText } from '../ui/download.ts';

/** A saved course with its score under today's setup (re-scored, so a new policy or target shows at once). */
export interface Row {
  saved: SavedCourse;
  result: ScoreResult;
}

export type SortKey = 'title' | 'provider' | 'total' | 'coverage' | 'costPerHour' | 'savedAt';

/** The compare view's state. */
export const compare = {
  rows: signal<Row[]>([]),
  loaded: signal(false),
  sort: signal<{ key: SortKey; dir: 'ascending' | 'descending' }>({ key: 'total', dir: 'descending' }),
  formUrl: signal<string | undefined>(undefined),
  profile: signal<Profile | undefined>(undefined),
  message: signal(''),
  setup: signal<Setup | undefined>(undefined),
  /** Staff taking part, for the commissioning check; empty until the CPL leader types it. */
  cohort: signal(''),
  /** The saved course the popup asked to show (its card is scrolled to and highlighted). */
  focus: signal<string | undefined>(undefined),
};

const words = () => messages(sidepanelText, locale.value);

/** The staff count typed for the commissioning check, or null while it is not a whole number from 1 to 10,000. */
export const cohortNumber = computed((): number | null => {
  const raw = compare.cohort.value.trim();
  const cohort = Number(raw);
  return raw && Number.isInteger(cohort) && cohort >= 1 && cohort <= 10_000 ? cohort : null;
});

/**
 * The commissioning check of the saved courses for the typed cohort, or null until a cohort is given.
 * Options are passed in the list's order, so option n is the n-th card.
 */
export const commissioning = computed((): Comparison | null => {
  const cohort = cohortNumber.value;
  const setup = compare.setup.value;
  if (!setup || cohort === null || compare.rows.value.length < 2) return null;
  return compareOptions(sortedRows.value.map((r) => r.saved.course), policyOf(setup), { cohort, profile: setup.profile, plan: planOf(setup) });
});

const sortValue = (row: Row, key: SortKey): string | number => {
  switch (key) {
    case 'title':
      return row.saved.course.title.toLowerCase();
    case 'provider':
      return (row.saved.course.provider ?? '').toLowerCase();
    case 'total':
      // a course the page says too little about never outranks one that can be judged
      return row.result.bandId === 'insufficient' ? row.result.total - 1000 : row.result.total;
    case 'coverage':
      return row.result.coverage;
    case 'costPerHour':
      return perHourOf(row.result) ?? Number.POSITIVE_INFINITY;
    case 'savedAt':
      return row.saved.savedAt;
  }
};

/** The rows in the chosen order; unknown costs sort last. */
export const sortedRows = computed(() => {
  const { key, dir } = compare.sort.value;
  const sign = dir === 'ascending' ? 1 : -1;
  return [...compare.rows.value].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    return x < y ? -sign : x > y ? sign : 0;
  });
});

/** Sorts by one key in its natural direction: names and costs ascending, scores and dates descending. */
export function sortBy(key: SortKey): void {
  compare.sort.value = { key, dir: key === 'title' || key === 'provider' || key === 'costPerHour' ? 'ascending' : 'descending' };
}

/** Loads saved courses and scores them with the current setup. */
export async function loadCompare(): Promise<void> {
  const { saved, setup } = await withStore(async (s) => ({ saved: await s.courses.all(), setup: await loadSetup(s) }));
  const score = scorerFor(setup);
  compare.rows.value = saved.map((row) => ({ saved: row, result: score(row.course) }));
  compare.formUrl.value = setup.settings.requestFormUrl;
  compare.profile.value = setup.profile;
  compare.setup.value = setup;
  compare.focus.value = (await focusItem.getValue()) ?? undefined;
  await focusItem.removeValue();
  compare.loaded.value = true;
}

/** The saved course the popup asks the side panel to show; read once, then cleared. */
export const focusItem = storage.defineItem<string | null>('session:focusCourse', { fallback: null });

/** Saves a note on a saved course. */
export async function saveNote(id: string, note: string): Promise<void> {
  const row = compare.rows.value.find((r) => r.saved.id === id);
  if (!row) return;
  const saved: SavedCourse = { ...row.saved };
  if (note.trim()) saved.note = note.slice(0, 2000);
  else delete saved.note;
  await withStore((s) => s.courses.put(saved));
  compare.rows.value = compare.rows.value.map((r) => (r.saved.id === id ? { ...r, saved } : r));
  compare.message.value = words().noteSaved;
}

/** Removes a saved course. */
export async function removeCourse(id: string): Promise<void> {
  await withStore((s) => s.courses.delete(id));
  const title = compare.rows.value.find((r) => r.saved.id === id)?.saved.course.title ?? '';
  compare.rows.value = compare.rows.value.filter((r) => r.saved.id !== id);
  compare.message.value = fill(words().removed, { title });
}

const handoffOf = (row: Row) => buildHandoff(row.saved.course, row.result, compare.profile.value, compare.setup.value ? pricingOf(compare.setup.value) : undefined);

/** Opens the school's request form with this course filled in. */
export async function openRequestForm(row: Row): Promise<void> {
  if (!compare.formUrl.value) return;
  await openForm(compare.formUrl.value, handoffOf(row));
}

/**
 * Copies the request: the form link when the form is set up (the course and its costs only: a link
 * may be pasted anywhere, so it carries no PD target or score, issue 20), else the hand-off as JSON.
 */
export async function copyRequest(row: Row): Promise<void> {
  const handoff = handoffOf(row);
  const text = compare.formUrl.value ? requestFormLink(compare.formUrl.value, withoutTargets(handoff)) : handoffJson(handoff);
  try {
    await navigator.clipboard.writeText(text);
    compare.message.value = compare.formUrl.value ? words().linkCopied : words().jsonCopied;
  } catch {
    compare.message.value = words().copyBlocked;
  }
}

/** Downloads the request as a JSON file. */
export function downloadRequest(row: Row): void {
  downloadText(handoffFileName(row.saved.course), handoffJson(handoffOf(row)));
  compare.message.value = words().downloaded;
}
