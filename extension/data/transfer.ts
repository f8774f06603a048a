import { check, type Checked, type Problem } from '@cpd-lens/core';
import { exportData, importData, parseExport, type CpdStore, type ExportFile } from '@cpd-lens/core/store';
import { Settings, readSettings, saveSettings } from '../settings/settings.ts';

/** One JSON file with everything CPD Lens holds for this member of staff: core's export plus the extension's settings. */
export type ExtensionExport = ExportFile & { extension?: { settings?: unknown }; unreadable?: unknown[] };

/** Builds the export file: every store record (unreadable ones kept as they are) and the settings as stored. */
export async function buildExport(store: CpdStore, now = new Date()): Promise<ExtensionExport> {
  const file: ExtensionExport = await exportData(store, now);
  const { settings, problems, raw } = await readSettings();
  // settings that no longer fit are exported as they are, so nothing is lost
  file.extension = { settings: problems.length ? raw : settings };
  return file;
}

/** A checked import: the core export and the settings it carries (if any). */
export interface CheckedImport {
  file: ExportFile;
  settings: Settings | undefined;
}

/** Checks an export file's text completely before anything is written; problems are in plain English with paths. */
export function parseImport(text: string): Checked<CheckedImport> {
  const core = parseExport(text);
  if (!core.ok) return core;
  const raw = (JSON.parse(text) as { extension?: { settings?: unknown } }).extension?.settings;
  if (raw === undefined) return { ok: true, value: { file: core.value, settings: undefined } };
  const settings = check(Settings, raw);
  if (!settings.ok) return { ok: false, problems: settings.problems.map((p) => ({ ...p, path: `extension.settings${p.path ? `.${p.path}` : ''}` })) };
  return { ok: true, value: { file: core.value, settings: settings.value } };
}

/** Imports a checked file: the store in one all-or-nothing transaction, then the settings. Returns records written. */
export async function applyImport(store: CpdStore, checked: CheckedImport): Promise<number> {
  const counts = await importData(store, checked.file);
  if (checked.settings) {
    const problems: Problem[] = await saveSettings(checked.settings);
    if (problems.length) throw new Error('the settings in the file could not be saved');
  }
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
