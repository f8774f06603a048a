import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PROVIDER_MATCHES } from '../../sites/providers.ts';
import { scanPage } from '../../badge/scan.ts';
import { setItem, setMarks } from '../../badge/state.ts';
import { mayBeCovered } from '../../badge/cover.ts';
import { close, pageHostElement, renderInline, renderPage } from '../../badge/view.ts';
import { afterNavigation, badgeLoaded, markBadgeLoaded } from '../../sites/detect.ts';
import type { BadgeCommand } from '../../messaging/protocol.ts';
import { answerPageState } from '../../badge/page-state.ts';
import { watchWords } from '../../badge/watch-words.ts';
import css from './style.css?inline';

/**
 * The badge: loaded by the background only into frames where the detector found a course, or by the
 * popup's "Score this page". It reads the courses, has the background score them, and shows only the
 * score, band and state; the label opens in the extension's own frame. Nothing the page can set or
 * send (globals, WXT's start-up event, DOM removal) switches it off: WXT's `ctx` is not used.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [...PROVIDER_MATCHES],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main() {
    if (badgeLoaded()) return;
    markBadgeLoaded();
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      // the popup (an extension page) asks what is on this page
      const reply = answerPageState(message, sender);
      if (reply) {
        sendResponse(reply);
        return false;
      }
      // the background (no tab, no page URL) tells the badge to close the label or that a course was saved/requested
      if (sender.id !== browser.runtime.id || sender.tab || !message || typeof message !== 'object') return false;
      const command = message as BadgeCommand;
      if (command.type === 'close-label') close();
      if (command.type === 'reread') {
        void scan().then(() => sendResponse({ ok: true }));
        return true;
      }
      if (command.type === 'check-cover') sendResponse({ covered: mayBeCovered(pageHostElement()) });
      if (command.type === 'marks-changed' && Array.isArray(command.marks)) {
        setMarks(command.index, command.marks);
        draw();
      }
      if (command.type === 'item-changed' && command.item && typeof command.item === 'object') {
        setItem(command.index, command.item);
        draw();
      }
      return false;
    });
    const draw = () => {
      renderPage(css);
      renderInline(css);
    };
    // one read at a time, so that an older page's answer never lands after a newer one's (here or in the
    // background's copy the label reads); a navigation during a read asks for one more read after it
    let reading: Promise<void> | null = null;
    let again = false;
    const readOnce = async () => {
      if (import.meta.env.MODE === 'e2e') performance.mark('cpd-lens:badge:start');
      await scanPage(document, location.href);
      draw();
      if (import.meta.env.MODE === 'e2e') performance.mark('cpd-lens:badge:mounted');
    };
    const scan = (): Promise<void> => {
      if (reading) {
        again = true;
        return reading;
      }
      reading = (async () => {
        do {
          again = false;
          await readOnce();
        } while (again);
      })().finally(() => (reading = null));
      return reading;
    };
    await scan();
    // single-page sites: read the page again after each navigation; any page: when its words change
    afterNavigation(() => void scan());
    watchWords(() => void scan());
  },
});
