import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ScoreResult } from '@cpd-lens/core';
import type { TabReply } from '../messaging/protocol.ts';
import { askOpenLabel, askPageState } from '../messaging/send.ts';
import { pageOf } from '../background/page-store.ts';
import { statusOf } from '../background/verdict.ts';
import { loadSetup, needsSetup, withStore } from '../data/setup.ts';
import { messages } from '../i18n/locale.ts';
import { locale } from '../i18n/page.ts';
import { popupText } from '../i18n/popup.ts';
import { focusItem } from '../sidepanel/model.ts';
import { ASKED_KEY } from '../sites/detect.ts';
import { siteHistory, type SiteCourse } from './history.ts';

const text = () => messages(popupText, locale.value);

/** The tab the popup is about: `?tab=<id>` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<PopupTab | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(fromQuery) && fromQuery > 0 ? await browser.tabs.get(fromQuery).catch(() => null) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id ? { id: tab.id, url: tab.url, windowId: tab.windowId } : null;
}

interface PopupTab {
  id: number;
  url: string | undefined;
  windowId: number | undefined;
}

/** What the popup shows. */
export const popup = {
  tab: signal<PopupTab | null>(null),
  state: signal<ShownState | null>(null),
  status: signal<'loading' | 'ready' | 'scoring'>('loading'),
  message: signal(''),
  /** Courses of this site saved, requested or attended. */
  history: signal<SiteCourse[]>([]),
  /** First run: no targets and no school policy yet. */
  invite: signal(false),
};

/** The tab's page state as the popup shows it: each course with the background's verdict and its message, said in the popup's language when it renders (the language setting can arrive after the courses were read). */
export type ShownState = Omit<NonNullable<TabReply<'get-page-state'>>, 'courses'> & {
  courses: (NonNullable<TabReply<'get-page-state'>>['courses'][number] & Pick<ScoreResult, 'verdictMessage'>)[];
};

/**
 * The tab's page state with each course's verdict added. The verdict can speak of the member of staff's
 * targets, so it never passes through the page: it comes from the background's session store, which only
 * the extension's own pages can read.
 */
async function withVerdicts(tabId: number, state: TabReply<'get-page-state'> | null): Promise<ShownState | null> {
  if (!state?.courses.length) return state;
  const scored = await pageOf(tabId, 0).catch(() => undefined);
  if (!scored) return state;
  return { ...state, courses: state.courses.map((c) => {
    const at = scored.courses.findIndex((s) => s?.title.slice(0, 300) === c.title);
    const r = scored.results[at];
    const source = scored.courses[at];
    // a past, full or closed event says so, in the badge's words
    const status = r && source ? statusOf(source, r) : undefined;
    const shown = status === 'past' || status === 'full' || status === 'closed' ? { ...c, status } : c;
    if (!r?.verdict) return shown;
    return r.verdictMessage ? { ...shown, verdict: r.verdict, verdictMessage: r.verdictMessage } : { ...shown, verdict: r.verdict };
  }) };
}

/** Asks the tab what CPD Lens found there. */
export async function loadPopup(): Promise<void> {
  popup.tab.value = await targetTab();
  popup.state.value = popup.tab.value ? await withVerdicts(popup.tab.value.id, await askPageState(popup.tab.value.id)) : null;
  try {
    const url = popup.tab.value?.url;
    await withStore(async (s) => {
      const [setup, saved, requests, evaluations] = await Promise.all([loadSetup(s), s.courses.all(), s.requests.all(), s.evaluations.all()]);
      popup.invite.value = needsSetup(setup);
      popup.history.value = siteHistory(url, saved, requests, evaluations);
    });
  } catch {
    // the store cannot be opened (newer or blocked database): the page's scores still show
  }
  popup.status.value = 'ready';
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** "Score this page": loads the badge into the tab (allowed by activeTab or a granted site) and waits for its score. */
export async function scoreThisPage(): Promise<void> {
  const tab = popup.tab.value;
  if (!tab) return;
  popup.status.value = 'scoring';
  popup.message.value = '';
  try {
    // first mark the content scripts' isolated world (never the page's) as asked, so the page is read as 'asked'
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: (key: string) => void ((globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)] = true),
      args: [ASKED_KEY],
    });
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/badge.js'] });
  } catch {
    popup.status.value = 'ready';
    popup.message.value = text().cannotRead;
    return;
  }
  for (let i = 0; i < 40; i++) {
    const state = await askPageState(tab.id);
    if (state && !state.reading && (state.kind === null || state.courses.every((c) => c.score))) {
      popup.state.value = await withVerdicts(tab.id, state);
      break;
    }
    await pause(150);
  }
  popup.status.value = 'ready';
  if (!popup.state.value?.courses.length) popup.message.value = text().noneFound;
}

/** Asks for lasting access to this one site, so its course pages are scored without asking each time. */
export async function alwaysScoreSite(): Promise<void> {
  const url = popup.tab.value?.url;
  if (!url || !/^https?:/.test(url)) return;
  const origins = [`${new URL(url).origin}/*`];
  const granted = await browser.permissions.request({ origins }).catch(() => false);
  popup.message.value = granted ? text().granted : text().refused;
}

/**
 * Opens the label of a course on the tab's page, framed by its badge as a click on the badge would (the
 * popup offers it for courses not saved; a saved one opens on its side panel card); the popup then closes
 * so the label can be read (not when opened as a page for tests).
 */
export async function openOnPage(index: number): Promise<void> {
  const tab = popup.tab.value;
  if (!tab || !(await askOpenLabel(tab.id, index))) {
    popup.message.value = text().cannotOpen;
    return;
  }
  if (!new URLSearchParams(location.search).has('tab')) window.close();
}

/** Opens the side panel on one saved course's card. */
export async function openCourse(savedId: string): Promise<void> {
  // the panel reads (or watches) this; the panel is opened first, while the click still counts as a user gesture
  await Promise.all([openCompare(), focusItem.setValue(savedId)]);
}

/** Opens the compare view: the side panel where the browser has one, else a tab. */
export async function openCompare(): Promise<void> {
  try {
    if (import.meta.env.FIREFOX) await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    else {
      // no await before open(): Chrome only opens the panel in direct answer to the click
      const windowId = popup.tab.value?.windowId;
      await browser.sidePanel.open(windowId === undefined ? { windowId: (await browser.windows.getCurrent()).id! } : { windowId });
    }
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  }
}
