import { browser } from 'wxt/browser';
import { z } from './zod.ts';
import { TabReplies, type TabReply } from './protocol.ts';

/** Asks a tab's badge to open one course's label on the page, as a click on the badge would; false when it cannot. */
export async function askOpenLabel(tabId: number, index: number): Promise<boolean> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'open-label-here', index }).catch(() => null);
  const parsed = z.safeParse(TabReplies['open-label-here'], reply);
  return parsed.success && parsed.data.ok;
}

/** Asks a tab's content script what it found; null when no CPD Lens script runs there. */
export async function askPageState(tabId: number): Promise<TabReply<'get-page-state'> | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-page-state' }).catch(() => null);
  const parsed = z.safeParse(TabReplies['get-page-state'], reply);
  return parsed.success ? parsed.data : null;
}
