/**
 * Issue 20: the badge's words are pixels, not text. A provider page can hide its own body and call
 * `window.find` for "72" or "Good fit", select all, or measure boxes: text in the page (even in a
 * closed shadow root) answers all three, and the score rises with the teacher's PD targets. So every
 * verdict the badge shows is drawn on a canvas of a fixed size (find and selection cannot match
 * pixels, and the box is the same for every score, band and state); the words a screen reader needs
 * are the button's `aria-label`, inside the closed root where page scripts cannot read them.
 */

/** A piece of a drawn line: its words, size in px, weight, and whether it is secondary (dimmer). */
export interface Run {
  text: string;
  px: number;
  bold?: boolean;
  dim?: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MIN_SCALE = 0.7;
const lines = new WeakMap<HTMLCanvasElement, Run[][]>();

/** A canvas (hidden from assistive technology: its button carries the name) that will show `content`, one array of runs per line. */
export function canvasOf(content: Run[][], cls: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.className = cls;
  lines.set(canvas, content);
  return canvas;
}

const font = (r: Run, scale: number) => `${r.bold ? 700 : 400} ${Math.max(8, r.px * scale)}px ${FONT}`;

function widthOf(ctx: CanvasRenderingContext2D, line: Run[], scale: number, gap: number): number {
  let w = 0;
  for (const r of line) {
    ctx.font = font(r, scale);
    w += ctx.measureText(r.text).width;
  }
  return w + gap * (line.length - 1);
}

/** Cuts the text to fit `room` px with an ellipsis (only when shrinking to the smallest size was not enough). */
function cut(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > room) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/** Draws one canvas at its laid-out size (skipped while hidden); colours follow forced-colours mode. */
function paint(canvas: HTMLCanvasElement): void {
  const content = lines.get(canvas);
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  const ctx = content && w && h ? canvas.getContext('2d') : null;
  if (!ctx || !content) return;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(w * ratio);
  canvas.height = Math.round(h * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const forced = matchMedia('(forced-colors: active)').matches;
  const ink = forced ? 'CanvasText' : '#0b0c0c';
  const dim = forced ? 'CanvasText' : '#383f43';
  ctx.textBaseline = 'middle';
  const band = h / content.length;
  content.forEach((line, i) => {
    const gap = line[0] ? line[0].px * 0.4 : 0;
    const scale = Math.max(MIN_SCALE, Math.min(1, w / Math.max(1, widthOf(ctx, line, 1, gap))));
    let x = 0;
    for (const r of line) {
      ctx.font = font(r, scale);
      ctx.fillStyle = r.dim ? dim : ink;
      const text = cut(ctx, r.text, w - x);
      ctx.fillText(text, x, band * i + band / 2);
      x += ctx.measureText(text).width + gap * scale;
      if (x >= w) break;
    }
  });
}

/** Draws every canvas of ours under `root` (after a render, when the list opens, on zoom or resize). */
export function paintAll(root: ParentNode | undefined): void {
  for (const canvas of root?.querySelectorAll('canvas') ?? []) paint(canvas);
}
