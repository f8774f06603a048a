import { signal } from '@preact/signals';
import { currentLocale, watchLocale } from '../settings/settings.ts';
import { messages, pickLocale, type Locale } from './locale.ts';

/** The language of this extension page; starts from the browser's and follows the setting once read. */
export const locale = signal<Locale>(pickLocale());

/** The `lang` attribute for a locale: screen readers and hyphenation follow it. */
export const langTag = (l: Locale): string => (l === 'cy' ? 'cy' : 'en-GB');

/** The `<title>` of the pages that do not set their own (setup and the side panel do), in each language. */
const TITLES: Record<string, Record<Locale, string>> = {
  '/label.html': { en: 'CPD Lens label', cy: 'Label CPD Lens' },
  // the brand, the same in both languages
  '/popup.html': { en: 'CPD Lens', cy: 'CPD Lens' },
};

function apply(l: Locale): void {
  locale.value = l;
  document.documentElement.lang = langTag(l);
  const title = TITLES[globalThis.location?.pathname ?? '']?.[l];
  if (title) document.title = title;
}

/** Reads the language setting, sets `<html lang>`, and follows later changes made in any view. */
export async function startLocale(): Promise<void> {
  apply(locale.value);
  apply(await currentLocale());
  watchLocale(apply);
}

/** A view's messages in the page's current language (re-renders when the language changes). */
export function useText<T>(table: { en: T; cy: T }): T {
  return messages(table, locale.value);
}
