import type { Message, Recommendation } from '@cpd-lens/core';
import { coreSays, englishOnly } from '../i18n/core-text.ts';
import type { Locale } from '../i18n/locale.ts';

/** One caveat as the commissioning check shows it: its option's number and the sentence. */
export interface ShownCaveat {
  /** 1-based option number, or null for a caveat from an older record without a message. */
  option: number | null;
  text: string;
  lang: 'en' | undefined;
}

/** The option a caveat's message names (`commission.option` with its number), if it says. */
function optionOf(message: Message | undefined): number | null {
  const name = message?.params?.name;
  if (!name || typeof name !== 'object' || Array.isArray(name)) return null;
  const n = name.params?.n;
  return typeof n === 'number' ? n : null;
}

/**
 * The caveats a narrow panel can read: the `max` weightiest (core sorts them so), grouped by option in
 * the options' order, each naming its option by number only ("Option 2: …"): the list above gives
 * each option's title once. The rest are counted, for a "more" fold.
 */
export function shownCaveats(r: Pick<Recommendation, 'caveats' | 'caveatMessages'>, locale: Locale, optionWord: (n: number) => string, max = 3): { shown: ShownCaveat[]; rest: ShownCaveat[] } {
  const all = r.caveats.map((text, i): ShownCaveat => {
    const message = r.caveatMessages[i];
    const option = optionOf(message);
    const short = message && option !== null ? { ...message, params: { ...message.params, name: optionWord(option) } } : message;
    return { option, text: coreSays(short, text, locale), lang: englishOnly(message, locale) };
  });
  const byOption = (a: ShownCaveat, b: ShownCaveat) => (a.option ?? Infinity) - (b.option ?? Infinity);
  return { shown: all.slice(0, max).sort(byOption), rest: all.slice(max).sort(byOption) };
}
