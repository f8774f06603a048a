import { browser } from 'wxt/browser';
import type { TabReply } from '../messaging/protocol.ts';
import { isOwnExtensionPage, readTabMessage, type SenderInfo } from '../messaging/receive.ts';
import { summaryOf } from '../request/handoff.ts';
import { page } from './model.ts';

/** What the popup is told about this page: titles and headline scores only, nothing from the profile. */
export function pageState(): TabReply<'get-page-state'> {
  return {
    kind: page.kind.value,
    courses: page.courses.value.map((c) => ({ title: c.course.title.slice(0, 300), score: c.result ? summaryOf(c.result) : null })),
  };
}

/** Answers the popup's "what is on this page?"; ignores everything not from this extension's own pages. */
export function answerPageState(message: unknown, sender: SenderInfo): TabReply<'get-page-state'> | undefined {
  if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  const parsed = readTabMessage(message);
  return parsed?.type === 'get-page-state' ? pageState() : undefined;
}
