import { browser } from 'wxt/browser';
import { BADGE, badgeBand, type BadgeMessages } from '../i18n/label.ts';
import { fill, messages, pickLocale } from '../i18n/locale.ts';
import { sendToBackground } from '../messaging/ask.ts';
import type { BadgeItem } from '../messaging/protocol.ts';
import { badgeSpot } from './locate.ts';
import { keepClearOfFocus } from './clear-focus.ts';
import { discard, el, keep, makeHost, type Host } from './host.ts';
import { state, type Entry } from './state.ts';

/** The badge's words in the language the member of staff chose (the background says which), else the browser's. */
const text = (): BadgeMessages => messages(BADGE, state.locale ?? pickLocale('auto'));

/** The band in the badge's language: the default policy's bands translated, a school's own as written. */
const bandWord = (item: BadgeItem): string => badgeBand(item.bandId, item.band, text());
const LIST = -1;

/** What the badge says besides the score: a past or full event, then saved / requested / attended. */
function flags(item: BadgeItem): string[] {
  const t = text();
  const out: string[] = item.marks.map((m) => t[m]);
  if (item.status === 'past' || item.status === 'full' || item.status === 'closed') out.unshift(t[item.status]);
  return out;
}

const sr = (text: string) => el('span', { class: 'sr-only' }, text);

/**
 * A score button's visible words and accessible name. The name starts with exactly the visible words
 * (WCAG 2.5.3, label in name) and goes on with what only a screen reader needs: "CPD Lens 72 Good fit,
 * Saved. Score out of 100 for …, 80% of criteria known". The band is always in words, never colour alone.
 */
function badgeBody(item: BadgeItem, title: string | undefined, brand: boolean): { name: string; parts: (Node | string)[] } {
  const t = text();
  // too little known: no number at all (a confident wrong score is worse than none)
  const scored = item.tone !== 'unknown';
  const band = bandWord(item);
  const words = [...(brand ? [t.brand] : []), ...(scored ? [String(item.total)] : []), band];
  const extra = flags(item);
  const details = fill(scored ? t.details : t.unscored, { about: title ? fill(t.about, { title: title.slice(0, 120) }) : '', known: Math.round(item.coverage * 100) });
  const name = `${[words.join(' '), ...extra].join(', ')}. ${details}`;
  const parts: (Node | string)[] = [];
  if (brand) parts.push(el('span', { class: 'brand' }, t.brand), ' ');
  if (scored) parts.push(el('span', { class: 'total' }, String(item.total)), ' ');
  parts.push(el('span', { class: 'band' }, band));
  if (extra.length) parts.push(' ', el('span', { class: 'flags' }, extra.join(', ')));
  return { name, parts };
}

let page: Host | null = null;
let frame: HTMLIFrameElement | null = null;
let list: HTMLElement | null = null;
let opener: HTMLElement | null = null;
let slot: HTMLElement | null = null;
const inline = new Map<number, { host: Host; entry: Entry }>();

/** The page-level host: a slot for the badge, the catalogue's list and the label frame, made once. */
function pageHost(css: string): HTMLElement {
  if (page && slot) return slot;
  const t = text();
  page = makeHost('cpd-lens-badge', css, (h) => document.documentElement.append(h));
  keep(page);
  const box = el('div', { class: 'page-root' });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.open !== null) close();
  });
  slot = el('div');
  list = el('div', { class: 'list', role: 'region', 'aria-label': t.listTitle });
  list.hidden = true;
  frame = el('iframe', { class: 'label-frame', title: t.frameTitle });
  frame.hidden = true;
  box.append(slot, list, frame);
  page.root.append(box);
  keepClearOfFocus(box);
  return slot;
}

function toggle(index: number, button: HTMLElement): void {
  if (state.open === index) close();
  else void open(index, button);
}

function scoreButton(entry: Entry, cls: string, brand: boolean): HTMLButtonElement {
  const item = entry.item!;
  const { name, parts } = badgeBody(item, brand ? undefined : entry.title, brand);
  const button = el('button', { type: 'button', class: `badge ${cls} tone-${item.tone}`, 'data-index': String(entry.index), 'aria-label': name, 'aria-expanded': String(state.open === entry.index) }, ...parts);
  button.addEventListener('click', () => toggle(entry.index, button));
  return button;
}

/** Draws the page-level part: the course page's badge (or a catalogue's "N courses" when some titles were not found), and the list. */
export function renderPage(css: string): void {
  if (!state.entries.some((e) => e.item) && !page) return;
  const main = state.kind === 'course' ? state.entries[0] : null;
  const unplaced = state.kind === 'catalogue' ? state.entries.filter((e) => !e.anchor && e.item) : [];
  const target = pageHost(css);
  const t = text();
  target.replaceChildren();
  if (main?.item) target.append(scoreButton(main, 'page-badge', true));
  else if (unplaced.length) {
    const count = String(state.entries.length);
    const button = el('button', { type: 'button', class: 'badge page-badge tone-unknown', 'data-index': String(LIST), 'aria-expanded': String(state.open === LIST) }, el('span', { class: 'brand', 'aria-hidden': 'true' }, t.brand), sr(fill(t.coursesName, { count })), el('span', { 'aria-hidden': 'true' }, fill(t.courses, { count })));
    button.addEventListener('click', () => toggle(LIST, button));
    target.append(button);
  }
  list!.replaceChildren(el('h2', {}, t.listTitle), el('ul', {}, ...state.entries.filter((e) => e.item).map((e) => el('li', {}, scoreButton(e, 'list-badge', false)))));
  if (state.open !== null) syncExpanded();
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
    mounted.host.root.querySelector('.inline-wrap')?.remove();
    mounted.host.root.append(el('span', { class: 'inline-wrap' }, scoreButton(entry, 'inline-badge', false)));
  }
}

/** The shadow roots of every badge host on the page. */
function ourRoots(): (ShadowRoot | undefined)[] {
  return [page?.root, ...[...inline.values()].map((m) => m.host.root)];
}

function syncExpanded(): void {
  for (const root of ourRoots()) {
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
  // paint above anything the page added since: the host goes last again (before the frame loads)
  if (page?.host.nextElementSibling) document.documentElement.append(page.host);
  list.hidden = true;
  state.open = index;
  syncExpanded();
  frame.src = `${browser.runtime.getURL('/label.html')}#${reply.token}`;
  frame.hidden = false;
  frame.focus();
}

/** Opens one course's label at the popup's request; focus goes back to that course's badge when it closes. */
export function openFromPopup(index: number): boolean {
  const entry = state.entries[index];
  if (!entry?.item || !frame) return false;
  const badge = inline.get(entry.index)?.host.root.querySelector('button') ?? slot?.querySelector('button');
  void open(entry.index, badge ?? document.body);
  return true;
}

/** The page-level host element, for the cover check. */
export function pageHostElement(): HTMLElement | null {
  return page?.host ?? null;
}

/**
 * The button that opened the label, or its successor when the badge was drawn again meanwhile (a save
 * redraws it with the new marks): same kind of badge, same course, in the shadow roots of ours.
 */
function openerNow(index: number | null): HTMLElement | null {
  if (!opener || opener.isConnected) return opener;
  const kind = [...opener.classList].find((c) => c.endsWith('-badge'));
  return ourRoots().map((r) => r?.querySelector<HTMLElement>(`button.${kind}[data-index="${index}"]`)).find(Boolean) ?? null;
}

/** Closes the label or list and returns focus to the badge that opened it. */
export function close(): void {
  opener = openerNow(state.open);
  state.open = null;
  if (frame) {
    frame.hidden = true;
    frame.removeAttribute('src');
  }
  if (list) list.hidden = true;
  syncExpanded();
  opener?.focus();
}
