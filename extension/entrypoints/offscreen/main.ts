import { browser } from 'wxt/browser';
import { isOwnExtensionPage } from '../../messaging/senders.ts';
import { coursesInHtml, isOffscreenRead } from '../../offscreen/read.ts';

/**
 * Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOMParser, so it hands
 * each page's HTML here to be read. It answers only the extension's own service worker or pages,
 * never a content script (whose messages reach every extension page too).
 */
browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.tab || !isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return false;
  if (!isOffscreenRead(message)) return false;
  sendResponse(coursesInHtml(message.html, message.url, message.context));
  return false;
});
