import { browser } from 'wxt/browser';
import { z } from './zod.ts';
import { ContentReplies, TabReplies, type ContentMessage, type ContentMessageType, type ContentReply, type TabReply } from './protocol.ts';

/** Sends a typed message from a content script to the background and checks the reply; null when there is none. */
export async function sendToBackground<T extends ContentMessageType>(message: ContentMessage<T> & { type: T }): Promise<ContentReply<T> | null> {
  const reply: unknown = await browser.runtime.sendMessage(message).catch(() => null);
  const parsed = z.safeParse(ContentReplies[message.type as T], reply);
  return parsed.success ? (parsed.data as ContentReply<T>) : null;
}

/** Asks a tab's content script what it found; null when no CPD Lens script runs there. */
export async function askPageState(tabId: number): Promise<TabReply<'get-page-state'> | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-page-state' }).catch(() => null);
  const parsed = z.safeParse(TabReplies['get-page-state'], reply);
  return parsed.success ? parsed.data : null;
}
