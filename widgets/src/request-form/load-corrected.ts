import type { Course } from '@cpd-lens/core';
import { nothing, type TemplateResult } from 'lit';
import type { Locale, MessageKey } from '../internal/i18n.ts';

let chunk: typeof import('./corrected.ts') | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The note on facts the member of staff corrected, for a hand-off that has any: its chunk (code and
 * English text) is fetched the first time one is shown, then `update` renders the form again.
 */
export function correctedNotice(course: Course | undefined, t: (key: MessageKey, params?: Record<string, string | number>) => string, locale: Locale, update: () => void): TemplateResult | typeof nothing {
  if (!course?.corrections) return nothing;
  if (chunk) return chunk.renderCorrected(course, t, locale);
  loading ??= import('./corrected.ts').then(
    (loaded) => {
      chunk = loaded;
      update();
    },
    () => void (loading = undefined),
  );
  return nothing;
}
