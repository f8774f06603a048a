import { browser } from 'wxt/browser';
import { BADGE, badgeBand, type BadgeMessages } from '../i18n/label.ts';
import { fill, messages, pickLocale } from '../i18n/locale.ts';
import { sendToBackground } from '../messaging/ask.ts';
import type { BadgeItem } from '../messaging/protocol.ts';
import { badgeSpot } from './locate.ts';
import { keepClearOfFocus } from './clear-focus.ts';
import { discard, el, keep, makeHost, type Host } from './host.ts';
import { state, type Entry } from './state.ts';
import { canvasOf, paintAll, type Run } from './paint.ts';

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

/**
 * A score button's accessible name and the runs it draws (issue 20: drawn, never text in the page). The
 * name starts with exactly the drawn words (WCAG 2.5.3, label in name) and goes on with what only a
 * screen reader needs: "CPD Lens 72 Good fit, Saved. Score out of 100 for …, 80% of criteria known".
 * The band is always in words, never colour alone.
 */
function badgeBody(item: BadgeItem, title: string | undefined, brand: boolean): { name: string; verdict: Run[]; extra: string[] } {
  const t = text();
  // too little known: no number at all (a confident wrong score is worse than none)
  const scored = item.tone !== 'unknown';
  const band = bandWord(item);
  const words = [...(brand ? [t.brand] : []), ...(scored ? [String(item.total)] : []), band];
  const extra = flags(item);
  const details = fill(scored ? t.details : t.unscored, { about: title ? fill(t.about, { title: title.slice(0, 120) }) : '', known: Math.round(item.coverage * 100) });
  const name = `${[words.join(' '), ...extra].join(', ')}. ${details}`;
  const size = brand ? 14 : 12;
  const verdict: Run[] = [...(brand ? [{ text: t.brand, px: 12, bold: true }] : []), ...(scored ? [{ text: String(item.total), px: brand ? 20 : 13, bold: true }] : []), { text: band, px: size, bold: true }];
  return { name, verdict, extra };
}

/**
 * What a button draws: the page badge's verdict over its flags, a list row's title over both; a
 * catalogue chip only its score and band, legible in its small box (its flags are in its name and the list).
 */
function drawing(kind: string, title: string, verdict: Run[], extra: string[]): Run[][] {
  const flagRun: Run[] = extra.length ? [{ text: extra.join(', '), px: 11, dim: true }] : [];
  if (kind === 'page-badge') return [verdict, flagRun];
  if (kind === 'list-badge') return [[{ text: title, px: 13, bold: true }], [...verdict, ...flagRun]];
  return [verdict];
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
  // zoom changes the pixel ratio and a resize the list's width: draw the words again, sharp
  window.addEventListener('resize', () => ourRoots().forEach(paintAll), { passive: true });
  return slot;
}

function toggle(index: number, button: HTMLElement): void {
  if (state.open === index) close();
  else void open(index, button);
}

function scoreButton(entry: Entry, cls: string, brand: boolean): HTMLButtonElement {
  const item = entry.item!;
  const { name, verdict, extra } = badgeBody(item, brand ? undefined : entry.title, brand);
  const picture = canvasOf(drawing(cls, entry.title, verdict, extra), 'words');
  const button = el('button', { type: 'button', class: `badge ${cls} tone-${item.tone}`, 'data-index': String(entry.index), 'aria-label': name, 'aria-expanded': String(state.open === entry.index) }, picture);
  button.addEventListener('click', () => toggle(entry.index, button));
  return button;
}

/** A course's place in the list: its score, courses too little is known about last. */
const rank = (e: Entry): number => (e.item && e.item.tone !== 'unknown' ? e.item.total : -1);

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
    const button = el('button', { type: 'button', class: 'badge page-badge tone-unknown', 'data-index': String(LIST), 'aria-expanded': String(state.open === LIST) }, canvasOf([[{ text: t.brand, px: 12, bold: true }, { text: fill(t.courses, { count }), px: 14, bold: true }], []], 'words'));
    button.setAttribute('aria-label', fill(t.coursesName, { count }));
    button.addEventListener('click', () => toggle(LIST, button));
    target.append(button);
  }
  // issue 22: every course by name, best score first (drawn, so the order is not text the page can search either)
  const ranked = state.entries.filter((e) => e.item).sort((a, b) => rank(b) - rank(a));
  list!.replaceChildren(el('h2', {}, t.listTitle), el('ul', {}, ...ranked.map((e) => el('li', {}, scoreButton(e, 'list-badge', false)))));
  if (state.open !== null) syncExpanded();
  paintAll(page?.root);
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
    // issue 22: a chip in the page's flow, after the title, wrapping with it (never laid over the page)
    mounted.host.root.querySelector('button')?.remove();
    mounted.host.root.append(scoreButton(entry, 'inline-badge', false));
    paintAll(mounted.host.root);
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
    paintAll(list);
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
