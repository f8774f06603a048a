/**
 * WCAG 2.4.11/2.4.12 (focus not obscured): the page badge is fixed in a corner, and the browser scrolls
 * a focused element to the viewport's edge, under it. After each focus change, scroll or resize the
 * badge takes the first corner (bottom right, bottom left, top right, top left) where it covers no part
 * of the focused element, else the one where it covers least. The listeners live in the content
 * script's isolated world; the page sees only the badge move.
 */
const MARGIN = 16;
const SPOTS = [
  { left: false, top: false },
  { left: true, top: false },
  { left: false, top: true },
  { left: true, top: true },
] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Moves the badge in `root` (the page host's box) to the corner where it hides least of the focused element. */
function place(root: HTMLElement): void {
  const badge = root.querySelector<HTMLElement>('.page-badge');
  const active = document.activeElement;
  // no badge, no focus in the page, or the focus is ours (the badge, its label): stay put
  if (!badge || !active || active === document.body || active === document.documentElement || active.tagName.startsWith('CPD-LENS')) return;
  const focus = active.getBoundingClientRect();
  const { width, height } = badge.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const boxAt = (s: (typeof SPOTS)[number]): Box => {
    const left = s.left ? MARGIN : vw - MARGIN - width;
    const top = s.top ? MARGIN : vh - MARGIN - height;
    return { left, top, right: left + width, bottom: top + height };
  };
  let best: (typeof SPOTS)[number] = SPOTS[0];
  let least = Infinity;
  for (const spot of SPOTS) {
    const covered = overlap(boxAt(spot), focus);
    if (covered < least) [best, least] = [spot, covered];
    if (covered === 0) break;
  }
  root.classList.toggle('at-left', best.left);
  root.classList.toggle('at-top', best.top);
}

/** Keeps the page badge in `root` clear of whatever has the keyboard focus, checked once a frame at most. */
export function keepClearOfFocus(root: HTMLElement): void {
  let queued = false;
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      place(root);
    });
  };
  document.addEventListener('focusin', later, true);
  window.addEventListener('scroll', later, { capture: true, passive: true });
  window.addEventListener('resize', later, { passive: true });
}
