import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPage } from '@cpd-lens/core/extract';
import { PROVIDER_MATCHES } from '../sites/providers.ts';
import { afterNavigation, badgeLoaded } from '../sites/detect.ts';

/**
 * The only script that runs on every provider page: a cheap look for a course. Only when one is
 * found does it ask the background to load the badge, so pages without courses pay almost nothing.
 * WXT's context (`ctx`) is not used: its start-up event is visible to the page and can be replayed.
 */
export default defineContentScript({
  matches: [...PROVIDER_MATCHES],
  runAt: 'document_end',
  noScriptStartedPostMessage: true,
  main() {
    let asked = false;
    let tries = 0;
    const look = (): void => {
      if (asked || badgeLoaded()) return;
      const e2e = import.meta.env.MODE === 'e2e';
      if (e2e) performance.mark('cpd-lens:detect:start');
      const kind = detectPage(document, location.href, { context: 'provider' });
      if (e2e) performance.measure('cpd-lens:detect', 'cpd-lens:detect:start');
      if (!kind) return;
      asked = true;
      // no answer: the service worker may have been stopped while it loaded the badge; look again (E-SW-01)
      browser.runtime
        .sendMessage({ type: 'page-detected', kind })
        .then((reply: unknown) => {
          if (!reply) throw new Error('no answer');
        })
        .catch(() => {
          asked = false;
          if (++tries < 3) setTimeout(look, 300 * tries);
        });
    };
    look();
    // late-rendering pages: one more look once everything has loaded
    if (document.readyState !== 'complete') window.addEventListener('load', () => setTimeout(look, 50), { once: true });
    afterNavigation(look);
  },
});
