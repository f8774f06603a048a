import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PROVIDER_MATCHES } from '../../sites/providers.ts';
import { mountPageUi, syncInlineBadges } from '../../badge/mount.ts';
import { answerPageState } from '../../badge/page-state.ts';
import { scanPage } from '../../badge/scan.ts';
import { BADGE_LOADED, afterNavigation } from '../../sites/detect.ts';
import css from './style.css?inline';

/**
 * The badge: loaded by the background only into pages where the detector found a course, or by the
 * popup's "Score this page". It reads the courses, has them scored, and shows the result in shadow roots.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [...PROVIDER_MATCHES],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const world = globalThis as Record<string, unknown>;
    if (world[BADGE_LOADED]) return;
    world[BADGE_LOADED] = true;
    ctx.onInvalidated(() => {
      world[BADGE_LOADED] = false;
    });
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const reply = answerPageState(message, sender);
      if (reply === undefined) return false;
      sendResponse(reply);
      return false;
    });
    if (import.meta.env.MODE === 'e2e') performance.mark('cpd-lens:badge:start');
    await scanPage(document, location.href);
    await mountPageUi(ctx, css);
    if (import.meta.env.MODE === 'e2e') performance.mark('cpd-lens:badge:mounted');
    syncInlineBadges(ctx, css);
    // single-page sites: read the page again after each navigation
    afterNavigation(ctx, () => void scanPage(document, location.href));
  },
});
