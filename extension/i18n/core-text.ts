import { capital, criterionName, EN, say, type InnerMessage, type Message, type Reason } from '@cpd-lens/core';
// extension pages are not size-critical: they carry core's Welsh sentences; the content scripts never import this
import { CY } from '@cpd-lens/core/i18n-cy';
import type { Locale } from './locale.ts';

/** A sentence core wrote, in the view's language; the stored English when the record is older or from another version. */
export function coreSays(message: Message | InnerMessage | undefined, fallback: string, locale: Locale): string {
  return say(message, locale === 'cy' ? CY : EN, fallback);
}

/** Whether a view must mark a sentence `lang="en"`: Welsh view, and no message to say it in Welsh. */
export const englishOnly = (message: unknown, locale: Locale): 'en' | undefined => (locale === 'cy' && !message ? 'en' : undefined);

/** A criterion's name in the view's language: the default policy's translated, a school's own as written (marked English in a Welsh view). */
export function criterionSays(c: { id: string; label: string }, locale: Locale): { text: string; lang: 'en' | undefined } {
  const message = criterionName(c.id, c.label);
  return { text: coreSays(message, c.label, locale), lang: englishOnly(message, locale) };
}

/** A reason for or against, capitalised, in the view's language. */
export const reasonSays = (reason: Pick<Reason, 'text' | 'message'>, locale: Locale): string => (reason.message ? capital(coreSays(reason.message, reason.text, locale)) : reason.text);
