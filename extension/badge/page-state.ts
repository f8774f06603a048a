import { browser } from 'wxt/browser';
import { MAX_COURSES_PER_PAGE } from '../messaging/limits.ts';
import type { TabReply } from '../messaging/protocol.ts';
import { isOwnExtensionPage, type SenderInfo } from '../messaging/senders.ts';
import { state } from './state.ts';
import { openFromPopup } from './view.ts';

/** What the popup is told about this page: titles and headline scores only, nothing from the profile. */
export function pageState(): TabReply<'get-page-state'> {
  return {
    kind: state.kind,
    reading: state.status === 'idle' || state.status === 'scoring',
    courses: state.entries.map((e) => ({ title: e.title.slice(0, 300), score: e.item ? { total: e.item.total, band: e.item.band, coverage: e.item.coverage } : null })),
  };
}

/**
 * Answers the popup: "what is on this page?", and "open this course's label" (as its badge would);
 * ignores everything not from this extension's own pages.
 */
export function answerPageState(message: unknown, sender: SenderInfo): TabReply<'get-page-state'> | TabReply<'open-label-here'> | undefined {
  if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  const type = (message as { type?: unknown } | null)?.type;
  if (type === 'get-page-state') return pageState();
  // checked by hand, not with zod: the content script stays small
  const index = type === 'open-label-here' ? (message as { index?: unknown }).index : undefined;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < MAX_COURSES_PER_PAGE ? { ok: openFromPopup(index) } : undefined;
}
