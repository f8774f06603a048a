import { browser } from 'wxt/browser';
import type { TabReply } from '../messaging/protocol.ts';
import { isOwnExtensionPage, type SenderInfo } from '../messaging/senders.ts';
import { state } from './state.ts';

/** What the popup is told about this page: titles and headline scores only, nothing from the profile. */
export function pageState(): TabReply<'get-page-state'> {
  return {
    kind: state.kind,
    reading: state.status === 'idle' || state.status === 'scoring',
    courses: state.entries.map((e) => ({ title: e.title.slice(0, 300), score: e.item ? { total: e.item.total, band: e.item.band, coverage: e.item.coverage } : null })),
  };
}

/** Answers the popup's "what is on this page?"; ignores everything not from this extension's own pages. */
export function answerPageState(message: unknown, sender: SenderInfo): TabReply<'get-page-state'> | undefined {
  if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  return (message as { type?: unknown } | null)?.type === 'get-page-state' ? pageState() : undefined;
}
