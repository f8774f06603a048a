import { applyRule, fillTemplate } from '@cpd-lens/core';
/**
 * The extension's languages: English and Welsh. Each view keeps its own message table in this folder
 * (`label.ts`, `popup.ts`, `options.ts`, `sidepanel.ts`, …) as `{ en, cy }` with the same keys, using the
 * same Welsh terms as the widgets (`widgets/src/internal/i18n.ts`).
 */
export type Locale = 'en' | 'cy';

/** The member of staff's choice: a language, or follow the browser. */
export type LocaleSetting = Locale | 'auto';

/** Welsh when chosen, or when the browser's first Welsh-or-English language is Welsh; English otherwise. */
export function pickLocale(setting: LocaleSetting = 'auto', languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of languages) {
    const lang = tag.toLowerCase().split('-')[0];
    if (lang === 'cy') return 'cy';
    if (lang === 'en') return 'en';
  }
  return 'en';
}

/** A view's messages in one language; Welsh tables are typed against English so no key can be missing. */
export function messages<T>(table: { en: T; cy: T }, locale: Locale): T {
  return table[locale];
}

/**
 * Fills `{name}` placeholders with values, as text (callers render the result as text, never HTML);
 * `{name|rule}` applies a Welsh rule to the value (issue 25: "{days|n:diwrnod}" says "2 ddiwrnod").
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, values, applyRule);
}
