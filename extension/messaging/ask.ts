import { browser } from 'wxt/browser';
import type { ContentMessage, ContentMessageType, ContentReply, LabelMessage, LabelMessageType, LabelReply } from './protocol.ts';

/**
 * Sends a message to the background from the badge or the label; null when there is no answer.
 * Replies come from the extension itself, so they are not schema-checked here (no zod in the page).
 */
export async function sendToBackground<T extends ContentMessageType>(message: ContentMessage<T> & { type: T }): Promise<ContentReply<T> | null> {
  return (await ask(message)) as ContentReply<T> | null;
}

/** The label's messages to the background (the same channel, its own message types). */
export async function askFromLabel<T extends LabelMessageType>(message: LabelMessage<T> & { type: T }): Promise<LabelReply<T> | null> {
  return (await ask(message)) as LabelReply<T> | null;
}

/** One message to the background; null when nothing answers. */
async function ask(message: unknown): Promise<unknown> {
  return (await browser.runtime.sendMessage(message).catch(() => null)) ?? null;
}
