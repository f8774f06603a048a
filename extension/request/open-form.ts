import { HANDOFF_TOKEN_KEY, type Handoff } from '@cpd-lens/core';
import { browser } from 'wxt/browser';
import { requestFormLink, withoutTargets } from './handoff.ts';
import { bindTab, keepHandoff, type PendingHandoff, type PendingStore } from './pending.ts';

const BRIDGE_ID = 'cpd-lens-handoff-bridge';
const PREFIX = 'handoff:';

/** Pending hand-offs in `storage.session`: in memory only, shared by the worker and the side panel, never readable by a page. */
export function sessionStore(): PendingStore {
  const area = browser.storage.session;
  return {
    get: async (token) => (await area.get(PREFIX + token))[PREFIX + token] as PendingHandoff | undefined,
    set: (token, value) => area.set({ [PREFIX + token]: value }),
    remove: (token) => area.remove(PREFIX + token),
    all: async () => Object.fromEntries(Object.entries(await area.get(null)).filter(([k]) => k.startsWith(PREFIX)).map(([k, v]) => [k.slice(PREFIX.length), v as PendingHandoff])),
  };
}

/** The match pattern for the host of the school's form (any port: Firefox's patterns name none); undefined for a non-web address. */
export function formSitePattern(formUrl: string): string | undefined {
  try {
    const url = new URL(formUrl);
    return /^https?:$/.test(url.protocol) ? `${url.protocol}//${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the hand-off bridge on the school form's site, when the member of staff let CPD Lens reach it
 * (asked when the form's address is saved in setup); false when it may not, so the caller falls back.
 */
export async function bridgeTo(formUrl: string): Promise<boolean> {
  const pattern = formSitePattern(formUrl);
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const script = { id: BRIDGE_ID, matches: [pattern], js: ['/content-scripts/handoff-bridge.js'], runAt: 'document_start' as const, persistAcrossSessions: false };
  // two opens at once may both register: the second one updates
  await browser.scripting.registerContentScripts([script]).catch(() => browser.scripting.updateContentScripts([script]));
  return true;
}

/**
 * Opens the school's request form for a hand-off without putting anything personal in its address
 * (issue 20): the address carries an opaque single-use token, and the form asks CPD Lens for the
 * hand-off through the bridge. Where CPD Lens cannot reach the form's site, the address carries the
 * course and its costs only (no PD targets, no score) and the form asks the member of staff for them.
 */
export async function openRequestForm(formUrl: string, handoff: Handoff): Promise<void> {
  if (!(await bridgeTo(formUrl).catch(() => false))) {
    await browser.tabs.create({ url: requestFormLink(formUrl, withoutTargets(handoff)) });
    return;
  }
  const store = sessionStore();
  const token = await keepHandoff(store, handoff, new URL(formUrl).origin);
  const tab = await browser.tabs.create({ url: `${formUrl.split('#')[0]}#${HANDOFF_TOKEN_KEY}=${token}` });
  if (tab.id !== undefined) await bindTab(store, token, tab.id);
}
