/**
 * Whether the page could be hiding or disguising the label right now. Chrome's Intersection Observer
 * v2 in the label catches a dimmed page; this catches what it misses (and covers Firefox): anything
 * after the badge's host that can paint over it at the same z-index, top-layer content (popovers,
 * modal dialogs, full screen), and a page made translucent or filtered.
 */
export function mayBeCovered(host: HTMLElement | null): boolean {
  if (!host?.isConnected || document.visibilityState !== 'visible') return true;
  for (let next = host.nextElementSibling; next; next = next.nextElementSibling) {
    if (getComputedStyle(next).display !== 'none') return true;
  }
  for (const selector of [':popover-open', 'dialog:modal', ':fullscreen']) {
    try {
      if (document.querySelector(selector)) return true;
    } catch {
      // a selector this browser does not know: nothing of that kind can be open
    }
  }
  for (const el of [document.documentElement, document.body, host]) {
    if (!el) continue;
    const style = getComputedStyle(el);
    if (Number(style.opacity) < 1 || (style.filter && style.filter !== 'none') || style.visibility !== 'visible') return true;
  }
  return false;
}
