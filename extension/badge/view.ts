import { browser } from 'wxt/browser';
import { BADGE, type BadgeMessages } from '../i18n/label.ts';
import { fill, messages, pickLocale } from '../i18n/locale.ts';
import { sendToBackground } from '../messaging/ask.ts';
import type { BadgeItem } from '../messaging/protocol.ts';
import { badgeSpot } from './locate.ts';
import { discard, el, keep, makeHost, type Host } from './host.ts';
import { state, type Entry } from './state.ts';

const t: BadgeMessages = messages(BADGE, pickLocale('auto'));
const LIST = -1;

/** The accessible name of a score badge, e.g. "CPD Lens score 72, Good fit, 80% of criteria known. Saved". */
function nameOf(item: BadgeItem, title?: string): string {
  const about = title ? fill(t.about, { title: title.slice(0, 120) }) : '';
  const name = fill(t.scoreName, { total: item.total, about, band: item.band, known: Math.round(item.coverage * 100) });
  const extra = flags(item);
  return extra.length ? `${name}. ${extra.join('. ')}` : name;
}

/** What the badge says besides the score: saved / requested / attended, and a past or full event. */
function flags(item: BadgeItem): string[] {
  const out: string[] = item.marks.map((m) => t[m]);
  if (item.status === 'past' || item.status === 'full' || item.status === 'closed') out.unshift(t[item.status]);
  return out;
}

let page: Host | null = null;
let frame: HTMLIFrameElement | null = null;
let list: HTMLElement | null = null;
let opener: HTMLElement | null = null;
const inline = new Map<number, { host: Host; entry: Entry }>();

function pageHost(css: string): Host {
  if (page) return page;
  page = makeHost('cpd-lens-badge', css, (h) => document.documentElement.append(h));
  keep(page);
  return page;
}

/** The score badge content: brand, total, band in words (never colour alone), and its flags. */
function badgeBody(item: BadgeItem, brand: boolean): Node[] {
  const parts: Node[] = [];
  if (brand) parts.push(el('span', { class: 'brand' }, t.brand));
  parts.push(el('span', { class: 'total' }, String(item.total)), el('span', { class: 'band' }, item.band));
  const extra = flags(item);
  if (extra.length) parts.push(el('span', { class: 'flags' }, extra.join(' · ')));
  for (const p of parts) (p as HTMLElement).setAttribute('aria-hidden', 'true');
  return parts;
}

function toggle(index: number, button: HTMLElement): void {
  if (state.open === index) close();
  else void open(index, button);
}

function scoreButton(entry: Entry, cls: string, brand: boolean): HTMLButtonElement {
  const item = entry.item!;
  const button = el('button', { type: 'button', class: `badge ${cls} tone-${item.tone}`, 'aria-label': nameOf(item, brand ? undefined : entry.title), 'aria-expanded': String(state.open === entry.index) }, ...badgeBody(item, brand));
  button.addEventListener('click', () => toggle(entry.index, button));
  return button;
}

/** Draws the page-level part: the course page's badge (or a catalogue's "N courses"), the list and the label frame. */
export function renderPage(css: string): void {
  const main = state.kind === 'course' ? state.entries[0] : null;
  const unplaced = state.kind === 'catalogue' ? state.entries.filter((e) => !e.anchor && e.item) : [];
  if (!main && !unplaced.length) {
    if (page) page.root.querySelector('.page-root')?.remove();
    return;
  }
  const root = pageHost(css).root;
  root.querySelector('.page-root')?.remove();
  const box = el('div', { class: 'page-root' });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.open !== null) close();
  });
  if (main?.item) box.append(scoreButton(main, 'page-badge', true));
  else if (main) box.append(el('button', { type: 'button', class: 'badge page-badge tone-unknown', 'aria-label': t.scoring }, el('span', { class: 'brand', 'aria-hidden': 'true' }, t.brand), el('span', { 'aria-hidden': 'true' }, '…')));
  else {
    const count = String(state.entries.length);
    const button = el('button', { type: 'button', class: 'badge page-badge tone-unknown', 'aria-label': fill(t.coursesName, { count }), 'aria-expanded': String(state.open === LIST) }, el('span', { class: 'brand', 'aria-hidden': 'true' }, t.brand), el('span', { 'aria-hidden': 'true' }, fill(t.courses, { count })));
    button.addEventListener('click', () => toggle(LIST, button));
    box.append(button);
  }
  list = el('div', { class: 'list', role: 'region', 'aria-label': t.listTitle });
  list.hidden = state.open !== LIST;
  list.append(el('h2', {}, t.listTitle), el('ul', {}, ...state.entries.filter((e) => e.item).map((e) => el('li', {}, scoreButton(e, 'list-badge', false), ' ', el('span', {}, e.title)))));
  frame = el('iframe', { class: 'label-frame', title: t.frameTitle });
  frame.hidden = true;
  box.append(list, frame);
  root.append(box);
}

/** Keeps one small badge beside each catalogue course whose title was found. */
export function renderInline(css: string): void {
  const shown = state.kind === 'catalogue' ? state.entries.filter((e) => e.anchor?.isConnected && e.item) : [];
  for (const [index, { host, entry }] of inline) {
    if (!shown.includes(entry)) {
      discard(host);
      inline.delete(index);
    }
  }
  for (const entry of shown) {
    let mounted = inline.get(entry.index);
    if (!mounted) {
      const spot = badgeSpot(entry.anchor!);
      const host = makeHost('cpd-lens-course', css, (h) => (spot.append === 'after' ? spot.anchor.after(h) : spot.anchor.append(h)));
      keep(host);
      mounted = { host, entry };
      inline.set(entry.index, mounted);
    }
    mounted.host.root.querySelector('button')?.remove();
    mounted.host.root.append(scoreButton(entry, 'inline-badge', false));
  }
}

function syncExpanded(): void {
  const roots = [page?.root, ...[...inline.values()].map((m) => m.host.root)];
  for (const root of roots) {
    for (const b of root?.querySelectorAll('button[aria-expanded]') ?? []) b.setAttribute('aria-expanded', 'false');
  }
  opener?.setAttribute('aria-expanded', String(state.open !== null));
}

/** Opens the label of one course (in the extension's own frame) or the catalogue's list. */
async function open(index: number, from: HTMLElement): Promise<void> {
  opener = from;
  if (!frame || !list) return;
  if (index === LIST) {
    frame.hidden = true;
    frame.removeAttribute('src');
    list.hidden = false;
    state.open = LIST;
    syncExpanded();
    list.querySelector('button')?.focus();
    return;
  }
  const reply = await sendToBackground({ type: 'open-label', index });
  if (!reply?.ok) return;
  list.hidden = true;
  state.open = index;
  syncExpanded();
  frame.src = `${browser.runtime.getURL('/label.html')}#${reply.token}`;
  frame.hidden = false;
  frame.focus();
}

/** Closes the label or list and returns focus to the badge that opened it. */
export function close(): void {
  state.open = null;
  if (frame) {
    frame.hidden = true;
    frame.removeAttribute('src');
  }
  if (list) list.hidden = true;
  syncExpanded();
  opener?.focus();
}
