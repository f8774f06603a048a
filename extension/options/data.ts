import { signal } from '@preact/signals';
import { formatProblems } from '@cpd-lens/core';
import { withStore } from '../data/setup.ts';
import { eraseEverything } from '../data/erase.ts';
import { applyImport, buildExport, parseImport } from '../data/transfer.ts';
import { fill, messages } from '../i18n/locale.ts';
import { locale } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { downloadText } from '../ui/download.ts';
import type { FieldError } from '../ui/ErrorSummary.tsx';
import { loadForm } from './model.ts';

/** The state of export, import and erasing; `erased` is set on the page load that follows an erase. */
export const dataState = { errors: signal<FieldError[]>([]), message: signal(''), confirming: signal(false), erased: signal(new URLSearchParams(location.search).has('erased')) };

const words = () => messages(optionsText, locale.value).data;
const FIELD = 'import-file';

/** Downloads everything as one JSON file. */
export async function exportAll(): Promise<void> {
  const file = await withStore((s) => buildExport(s));
  downloadText(`cpd-lens-data-${file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`);
  dataState.message.value = words().exported;
}

/** Refuses an export file by its size alone, before reading it. */
export function importTooBig(): void {
  dataState.message.value = '';
  dataState.errors.value = [{ field: FIELD, message: words().tooBig }];
}

/** Imports an export file: checked completely first; on any problem nothing changes. */
export async function importAll(text: string): Promise<void> {
  dataState.message.value = '';
  const checked = parseImport(text.replace(/^\uFEFF/, ''));
  if (!checked.ok) {
    dataState.errors.value = formatProblems(checked.problems).split('\n').slice(0, 20).map((message) => ({ field: FIELD, message }));
    return;
  }
  dataState.errors.value = [];
  try {
    const count = await withStore((s) => applyImport(s, checked.value));
    await loadForm();
    dataState.message.value = fill(words().imported, { count });
  } catch (error) {
    dataState.errors.value = [{ field: FIELD, message: fill(words().failed, { reason: error instanceof Error ? error.message : String(error) }) }];
  }
}

/** Deletes everything CPD Lens holds in this browser (after the member of staff confirmed), then starts setup afresh. */
export async function eraseAll(): Promise<void> {
  dataState.message.value = '';
  try {
    await eraseEverything();
    // a fresh page: every section reads the now empty store, and says what happened
    location.replace(`${location.pathname}?erased`);
  } catch (error) {
    dataState.confirming.value = false;
    dataState.errors.value = [{ field: 'erase', message: fill(words().eraseFailed, { reason: error instanceof Error ? error.message : String(error) }) }];
  }
}
