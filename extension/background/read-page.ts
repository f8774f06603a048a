import type { ExtractContext } from '@cpd-lens/core/extract';
import { browser, type Browser } from 'wxt/browser';
import { coursesInHtml, type OffscreenRead } from '../offscreen/read.ts';

const OFFSCREEN_PATH = 'offscreen.html';
let creating: Promise<void> | null = null;

/** Opens Chrome's offscreen document once (it stays open for the next page); a second caller waits for the first. */
async function ensureOffscreen(): Promise<void> {
  const documentUrls = [browser.runtime.getURL(`/${OFFSCREEN_PATH}`)];
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls });
  if (open.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: "Reads the courses in a provider page's HTML with DOMParser, which the service worker lacks.",
    })
    .finally(() => (creating = null));
  await creating;
}

/**
 * The courses in one page's HTML, read in the extension, never in the page: Firefox's MV3 background
 * is an event page with a DOM and reads it itself; Chrome's service worker has none and asks its
 * offscreen document. The result is untrusted (it came from page text): the caller repairs it.
 */
export async function readCourses(html: string, url: string, context: ExtractContext): Promise<unknown[]> {
  if (import.meta.env.FIREFOX) return coursesInHtml(html, url, context);
  await ensureOffscreen();
  const message: OffscreenRead = { target: 'cpd-lens-offscreen', type: 'read-html', html, url, context };
  // a document opened a moment ago may not be listening yet: one more try after a short pause
  const reply: unknown = await browser.runtime.sendMessage(message).catch(async () => {
    await new Promise((ok) => setTimeout(ok, 150));
    return browser.runtime.sendMessage(message);
  });
  return Array.isArray(reply) ? reply : [];
}
