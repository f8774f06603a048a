import { computed, signal } from '@preact/signals';
import { compareOptions, type Comparison, type Profile, type ScoreResult } from '@cpd-lens/core';
import type { SavedCourse } from '@cpd-lens/core/store';
import { browser } from 'wxt/browser';
import { loadSetup, planOf, policyOf, scorerFor, withStore, type Setup } from '../data/setup.ts';
import { buildHandoff, handoffFileName, handoffJson, requestFormLink } from '../request/handoff.ts';
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
};

/** The commissioning check of the saved courses for the typed cohort, or null until a cohort is given. */
export const commissioning = computed((): Comparison | null => {
  const cohort = Number(compare.cohort.value);
  const setup = compare.setup.value;
  if (!setup || !Number.isInteger(cohort) || cohort < 1 || cohort > 10_000 || compare.rows.value.length < 2) return null;
  return compareOptions(compare.rows.value.map((r) => r.saved.course), policyOf(setup), { cohort, profile: setup.profile, plan: planOf(setup) });
});

const sortValue = (row: Row, key: SortKey): string | number => {
  switch (key) {
    case 'title':
      return row.saved.course.title.toLowerCase();
    case 'provider':
      return (row.saved.course.provider ?? '').toLowerCase();
    case 'total':
      return row.result.total;
    case 'coverage':
      return row.result.coverage;
    case 'costPerHour':
      return row.result.value.costPerParticipantHour ?? Number.POSITIVE_INFINITY;
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

/** Sorts by a column; choosing the same column again reverses the order. */
export function sortBy(key: SortKey): void {
  const cur = compare.sort.value;
  compare.sort.value = { key, dir: cur.key === key && cur.dir === 'descending' ? 'ascending' : cur.key === key ? 'descending' : key === 'title' || key === 'provider' || key === 'costPerHour' ? 'ascending' : 'descending' };
}

/** Loads saved courses and scores them with the current setup. */
export async function loadCompare(): Promise<void> {
  const { saved, setup } = await withStore(async (s) => ({ saved: await s.courses.all(), setup: await loadSetup(s) }));
  const score = scorerFor(setup);
  compare.rows.value = saved.map((row) => ({ saved: row, result: score(row.course) }));
  compare.formUrl.value = setup.settings.requestFormUrl;
  compare.profile.value = setup.profile;
  compare.setup.value = setup;
  compare.loaded.value = true;
}

/** Saves a note on a saved course. */
export async function saveNote(id: string, note: string): Promise<void> {
  const row = compare.rows.value.find((r) => r.saved.id === id);
  if (!row) return;
  const saved: SavedCourse = { ...row.saved };
  if (note.trim()) saved.note = note.slice(0, 2000);
  else delete saved.note;
  await withStore((s) => s.courses.put(saved));
  compare.rows.value = compare.rows.value.map((r) => (r.saved.id === id ? { ...r, saved } : r));
  compare.message.value = 'Note saved.';
}

/** Removes a saved course. */
export async function removeCourse(id: string): Promise<void> {
  await withStore((s) => s.courses.delete(id));
  const title = compare.rows.value.find((r) => r.saved.id === id)?.saved.course.title ?? 'Course';
  compare.rows.value = compare.rows.value.filter((r) => r.saved.id !== id);
  compare.message.value = `Removed “${title}”.`;
}

const handoffOf = (row: Row) => buildHandoff(row.saved.course, row.result, compare.profile.value);

/** Opens the school's request form with this course filled in. */
export async function openRequestForm(row: Row): Promise<void> {
  if (!compare.formUrl.value) return;
  await browser.tabs.create({ url: requestFormLink(compare.formUrl.value, handoffOf(row)) });
}

/** Copies the request: the form link when the form is set up, else the hand-off as JSON. */
export async function copyRequest(row: Row): Promise<void> {
  const handoff = handoffOf(row);
  const text = compare.formUrl.value ? requestFormLink(compare.formUrl.value, handoff) : handoffJson(handoff);
  try {
    await navigator.clipboard.writeText(text);
    compare.message.value = compare.formUrl.value ? 'Request link copied.' : 'Request copied as JSON.';
  } catch {
    compare.message.value = 'Copying was blocked by the browser; use Download instead.';
  }
}

/** Downloads the request as a JSON file. */
export function downloadRequest(row: Row): void {
  downloadText(handoffFileName(row.saved.course), handoffJson(handoffOf(row)));
  compare.message.value = 'Request downloaded.';
}
