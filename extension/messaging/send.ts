import { browser } from 'wxt/browser';
import { z } from './zod.ts';
import { TabReplies, type TabReply } from './protocol.ts';

/** Asks a tab's content script what it found; null when no CPD Lens script runs there. */
export async function askPageState(tabId: number): Promise<TabReply<'get-page-state'> | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-page-state' }).catch(() => null);
  const parsed = z.safeParse(TabReplies['get-page-state'], reply);
  return parsed.success ? parsed.data : null;
}
