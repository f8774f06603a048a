import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { TabReply } from '../messaging/protocol.ts';
import { askPageState } from '../messaging/send.ts';

/** The tab the popup is about: `?tab=<id>` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}

/** What the popup shows. */
export const popup = {
  tab: signal<{ id: number; url: string | undefined } | null>(null),
  state: signal<TabReply<'get-page-state'> | null>(null),
  status: signal<'loading' | 'ready' | 'scoring'>('loading'),
  message: signal(''),
};

/** Asks the tab what CPD Lens found there. */
export async function loadPopup(): Promise<void> {
  popup.tab.value = await targetTab();
  popup.state.value = popup.tab.value ? await askPageState(popup.tab.value.id) : null;
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
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/badge.js'] });
  } catch {
    popup.status.value = 'ready';
    popup.message.value = 'CPD Lens cannot read this page. Open the popup from the toolbar button while on the page, or allow this site below.';
    return;
  }
  for (let i = 0; i < 20; i++) {
    const state = await askPageState(tab.id);
    if (state && (state.kind === null || state.courses.every((c) => c.score))) {
      popup.state.value = state;
      break;
    }
    await pause(150);
  }
  popup.status.value = 'ready';
  if (!popup.state.value?.courses.length) popup.message.value = 'CPD Lens found no course on this page.';
}

/** Asks for lasting access to this one site, so its course pages are scored without asking each time. */
export async function alwaysScoreSite(): Promise<void> {
  const url = popup.tab.value?.url;
  if (!url || !/^https?:/.test(url)) return;
  const origins = [`${new URL(url).origin}/*`];
  const granted = await browser.permissions.request({ origins }).catch(() => false);
  popup.message.value = granted ? 'CPD Lens will score course pages on this site from now on.' : 'Access to this site was not given.';
}

/** Opens the compare view: the side panel where the browser has one, else a tab. */
export async function openCompare(): Promise<void> {
  try {
    if (import.meta.env.FIREFOX) await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    else {
      const win = await browser.windows.getCurrent();
      await browser.sidePanel.open({ windowId: win.id! });
    }
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  }
}
