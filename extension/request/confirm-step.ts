import type { Handoff } from '@cpd-lens/core';
import { browser } from 'wxt/browser';
import { HANDOFF_TTL_MS, newHandoffToken } from './pending.ts';

/** A request waiting for the member of staff to confirm it in CPD Lens's own tab (Firefox). */
export interface ToConfirm {
  formUrl: string;
  handoff: Handoff;
  expires: number;
}

const PREFIX = 'confirm:';

/**
 * Firefox has no Intersection Observer v2, so the label's cover check is its only clickjacking layer
 * (issue 20, item 2): "Start a request" opens CPD Lens's own confirming tab instead, which no page can
 * see or style; only its button opens the form. The request waits in `storage.session`.
 */
export async function askToConfirm(formUrl: string, handoff: Handoff, now = Date.now()): Promise<void> {
  const id = newHandoffToken();
  await browser.storage.session.set({ [PREFIX + id]: { formUrl, handoff, expires: now + HANDOFF_TTL_MS } satisfies ToConfirm });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/confirm.html')}#${id}` });
}

/** The request the confirming tab names, taken once (undefined when it was used, expired or never was). */
export async function takeToConfirm(id: string, now = Date.now()): Promise<ToConfirm | undefined> {
  const entry = await peekToConfirm(id, now);
  await browser.storage.session.remove(PREFIX + id);
  return entry;
}

/** The request the confirming tab names, to show it (left in place until confirmed). */
export async function peekToConfirm(id: string, now = Date.now()): Promise<ToConfirm | undefined> {
  const key = PREFIX + id;
  const entry = (await browser.storage.session.get(key))[key] as ToConfirm | undefined;
  return entry && entry.expires > now ? entry : undefined;
}
