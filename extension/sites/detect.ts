import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Set in the content scripts' shared isolated world once the badge script runs in this frame. */
export const BADGE_LOADED = '__cpdLensBadgeLoaded';

/** Delays after a single-page navigation at which the page is read again, as its new content arrives. */
const SETTLE_DELAYS = [100, 600, 1500];

/**
 * Calls `check` a few times after each in-page navigation (History API or Navigation API), since a
 * single-page site renders its new content a moment after the URL changes.
 */
export function afterNavigation(ctx: ContentScriptContext, check: () => void): void {
  let timers: number[] = [];
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    for (const t of timers) clearTimeout(t);
    timers = SETTLE_DELAYS.map((ms) => ctx.setTimeout(check, ms));
  });
}
