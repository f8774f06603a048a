import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from './format.ts';
import type { Locale, MessageKey } from './i18n.ts';
import type { StorageState } from './outbox-driver.ts';

/** A line of text: a message key and its placeholders. */
export interface StatusLine {
  key: MessageKey;
  params?: Record<string, string>;
}

/**
 * The sentences of the storage notice: what went wrong and where the answers are kept (or that saved
 * data was cleared), that the page's security policy blocks sending, then any documents still waiting
 * to be sent, and since when.
 */
export function storageNotice(state: StorageState, locale: Locale): StatusLine[] {
  const kept: MessageKey = state.layer === 'memory' ? 'storage.keptMemory' : state.layer === 'database' ? 'storage.keptDatabase' : 'storage.keptBrowser';
  const trouble: StatusLine[] = !state.trouble ? [] : state.trouble === 'cleared' ? [{ key: 'storage.cleared' }] : [{ key: `storage.${state.trouble}` }, { key: kept }];
  const blocked: StatusLine[] = state.blockedOrigin ? [{ key: 'storage.cspBlocked', params: { origin: state.blockedOrigin } }] : [];
  const unsent: StatusLine[] = state.unsent ? [{ key: 'storage.unsent', params: { count: String(state.unsent.count), date: formatDate(state.unsent.since, locale) } }] : [];
  return [...trouble, ...blocked, ...unsent];
}

/**
 * The notice every widget that keeps or sends documents shows about this device's storage (from its
 * `OutboxDriver`): one view, so the request form and the impact evaluation say the same thing.
 */
export function renderStorageNotice(state: StorageState | undefined, t: (key: MessageKey, params?: Record<string, string>) => string, locale: Locale): TemplateResult | typeof nothing {
  if (!state) return nothing;
  return html`<div class="notice storage-notice" part="storage-notice" role="alert">${storageNotice(state, locale).map((line) => html`<p>${t(line.key, line.params)}</p>`)}</div>`;
}
