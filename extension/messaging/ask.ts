import { browser } from 'wxt/browser';
import type { ContentMessage, ContentMessageType, ContentReply, LabelMessage, LabelMessageType, LabelReply } from './protocol.ts';

/**
 * Sends a message to the background from the badge or the label; null when there is no answer.
 * Replies come from the extension itself, so they are not schema-checked here (no zod in the page).
 */
export async function sendToBackground<T extends ContentMessageType>(message: ContentMessage<T> & { type: T }): Promise<ContentReply<T> | null> {
  // every content-script message is safe to send again (reading, scoring, a new label token)
  return (await askAgain(message)) as ContentReply<T> | null;
}

/**
 * The label's messages to the background (the same channel, its own message types). Reading,
 * closing and saving (a course is stored once, by its id) are sent again when unanswered; "Start a
 * request" never is, so the request form never opens twice (the label checks the marks instead:
 * `label/App.tsx`).
 */
export async function askFromLabel<T extends LabelMessageType>(message: LabelMessage<T> & { type: T }): Promise<LabelReply<T> | null> {
  const once = message.type === 'label-action' && (message as LabelMessage<'label-action'>).action === 'request';
  return (await (once ? ask(message) : askAgain(message))) as LabelReply<T> | null;
}

/** One message to the background; null when nothing answers. */
async function ask(message: unknown): Promise<unknown> {
  return (await browser.runtime.sendMessage(message).catch(() => null)) ?? null;
}

// Chrome may stop the service worker at any moment (E-SW-01): a message in flight then gets no answer,
// and sending it again wakes a new worker, which finds the page's scores in session storage.
const RETRY_DELAYS = [150, 600];

/** A message that is safe to repeat, sent again (twice at most, after a short wait) while nothing answers. */
async function askAgain(message: unknown): Promise<unknown> {
  let reply = await ask(message);
  for (const ms of RETRY_DELAYS) {
    if (reply !== null) break;
    await new Promise((ok) => setTimeout(ok, ms));
    reply = await ask(message);
  }
  return reply;
}
