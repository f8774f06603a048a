/**
 * Whether the page could be hiding or disguising the label right now. Chrome's Intersection Observer
 * v2 in the label catches a dimmed page; this catches what it misses (and covers Firefox): anything
 * after the badge's host that can paint over it at the same z-index, top-layer content (popovers,
 * modal dialogs, full screen), a page made translucent or filtered, a root masked or clipped, and
 * an overlay drawn by the root's or body's pseudo-elements.
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
    // issue 20: a root masked or clipped on the label's side (Chromium's Intersection Observer v2 misses masks; Firefox has none)
    if (masked(style)) return true;
    // and an overlay drawn by the root's or body's own ::before/::after (after our host in paint order)
    if (el !== host && [getComputedStyle(el, '::before'), getComputedStyle(el, '::after')].some(overlay)) return true;
  }
  return false;
}

const set = (value: string | undefined) => Boolean(value) && value !== 'none';

/** Whether a style masks or clips what it applies to (any mask or clip-path at all: a page has no need to mask its root). */
function masked(style: CSSStyleDeclaration): boolean {
  const webkit = (style as CSSStyleDeclaration & { webkitMaskImage?: string }).webkitMaskImage;
  return set(style.clipPath) || set(style.maskImage) || set(webkit) || (style.clip !== 'auto' && set(style.clip));
}

/** Whether a pseudo-element is drawn and positioned, so it can lie over the label. */
function overlay(style: CSSStyleDeclaration): boolean {
  return set(style.content) && style.content !== 'normal' && style.display !== 'none' && (style.position === 'fixed' || style.position === 'absolute');
}
