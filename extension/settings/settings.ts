import { Amount, Nation, SdpObjective, WebUrl, check, type Problem } from '@cpd-lens/core';
import { storage } from 'wxt/utils/storage';
import { pickLocale, type Locale, type LocaleSetting } from '../i18n/locale.ts';
import { z } from '../messaging/zod.ts';

/**
 * The member of staff's own settings that are not CPD Lens documents: the school's request-form
 * address, the local supply-cover rate and INSET budget, and the SDP objectives their targets link to.
 * Profile, policy and saved courses live in the IndexedDB store (core's `openCpdStore`).
 */
export const Settings = z.object({
  /** The intranet page where the school's request form lives; the hand-off is appended as a fragment. */
  requestFormUrl: z.optional(WebUrl),
  /** Overrides the policy's supply-cover day rate when the school pays a different rate. */
  supplyCoverDayRate: z.optional(Amount),
  /** The INSET budget still available, when the member of staff knows it. */
  budget: z.optional(Amount),
  /** The School Development Plan objectives PD targets can link to. */
  objectives: z.array(SdpObjective).check(z.maxLength(50)),
  /** Where the school publishes its policy, when it was imported from a URL. */
  policyUrl: z.optional(WebUrl),
  /** True once setup has been saved at least once. */
  configured: z.boolean(),
  /** The language of CPD Lens's own views: English, Welsh, or the browser's (absent means the browser's). */
  locale: z.optional(z.enum(['auto', 'en', 'cy'])),
  /** Issue 25: England or Wales, so a Welsh school's views name Wales's frameworks and funding (absent: the policy's, else England). */
  nation: z.optional(Nation),
});
export type Settings = z.infer<typeof Settings>;

/** Settings before the member of staff has set anything up. */
export const DEFAULT_SETTINGS: Settings = { objectives: [], configured: false };

/**
 * The stored item. It is versioned so a later shape adds a migration here; values are read back as
 * `unknown` and checked, so a record from another version can never crash the extension.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The result of reading settings: usable values, plus what was wrong with the stored record if anything. */
export interface ReadSettings {
  settings: Settings;
  /** The stored record did not fit: defaults are used, and the record is kept untouched until the user saves. */
  problems: Problem[];
  raw: unknown;
}

/** Reads and checks the settings; never throws and never rewrites what is stored. */
export async function readSettings(): Promise<ReadSettings> {
  const raw = await settingsItem.getValue();
  const checked = check(Settings, raw);
  return checked.ok ? { settings: checked.value, problems: [], raw } : { settings: DEFAULT_SETTINGS, problems: checked.problems, raw };
}

/** Checks and saves settings; returns the problems instead of saving when they do not fit. */
export async function saveSettings(value: unknown): Promise<Problem[]> {
  const checked = check(Settings, value);
  if (!checked.ok) return checked.problems;
  await settingsItem.setValue(checked.value);
  return [];
}

/** The member of staff's language choice (English, Welsh or the browser's); every view, the label included, reads it here. */
export async function localeSetting(): Promise<LocaleSetting> {
  return (await readSettings()).settings.locale ?? 'auto';
}

/** The language to show now: the setting, or the browser's languages when the setting is "auto". */
export async function currentLocale(): Promise<Locale> {
  return pickLocale(await localeSetting());
}

/** Calls back with the language to show whenever the setting changes (in any view); returns the unsubscribe. */
export function watchLocale(onChange: (locale: Locale) => void): () => void {
  return settingsItem.watch(() => void currentLocale().then(onChange));
}

/** Saves the language choice alone, keeping every other setting as it is. */
export async function saveLocaleSetting(value: LocaleSetting): Promise<Problem[]> {
  const { settings } = await readSettings();
  return saveSettings({ ...settings, locale: value });
}
