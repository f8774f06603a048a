/**
 * Whether the badge already runs in this frame. The flag lives in the Symbol registry of the content
 * scripts' isolated world: no page element (`<div id>`, `<img name>`), page global or page event can
 * set it, unlike a named property of `window`.
 */
const LOADED = Symbol.for('cpd-lens.badge-loaded');
const world = globalThis as unknown as Record<symbol, unknown>;

export function badgeLoaded(): boolean {
  return world[LOADED] === true;
}

export function markBadgeLoaded(): void {
  world[LOADED] = true;
}

/** The registry key the popup's "Score this page" sets in the same isolated world before it loads the badge. */
export const ASKED_KEY = 'cpd-lens.asked';

/** Whether the member of staff asked for this page to be scored (the extension reads it less cautiously then). */
export function askedByUser(): boolean {
  return world[Symbol.for(ASKED_KEY)] === true;
}

/** Delays after a single-page navigation at which the page is read again, as its new content arrives. */
const SETTLE_DELAYS = [100, 600, 1500];

/**
 * Calls `check` a few times after each in-page navigation (Navigation API, else a once-a-second look
 * at the address), since a single-page site renders its new content a moment after the URL changes.
 * It listens to nothing a page can fake: a fake event at most makes CPD Lens read the page again.
 */
export function afterNavigation(check: () => void): void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  let last = location.href;
  const changed = () => {
    if (location.href === last) return;
    last = location.href;
    for (const t of timers) clearTimeout(t);
    timers = SETTLE_DELAYS.map((ms) => setTimeout(check, ms));
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav?.addEventListener) nav.addEventListener('navigatesuccess', changed);
  else setInterval(changed, 1000);
}
