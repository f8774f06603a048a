import type { Handoff } from '@cpd-lens/core';

/** How long an opened form has to ask for its hand-off (a sign-in on the way included). */
export const HANDOFF_TTL_MS = 15 * 60_000;

/** One hand-off waiting for the school's form that CPD Lens opened. */
export interface PendingHandoff {
  handoff: Handoff;
  /** The school form's origin: only a page there may take it. */
  origin: string;
  /** The tab opened for it (unset between opening the tab and learning its id). */
  tabId?: number;
  /** When it is forgotten, unclaimed (ms since the epoch). */
  expires: number;
}

/** Where pending hand-offs live, one key per token (in the extension: `storage.session`, never on disk, closed to content scripts). */
export interface PendingStore {
  get(token: string): Promise<PendingHandoff | undefined>;
  set(token: string, value: PendingHandoff): Promise<void>;
  remove(token: string): Promise<void>;
  all(): Promise<Record<string, PendingHandoff>>;
}

/** Who asks for a hand-off: the tab, frame and origin of the page the form runs on, and the token in its address if any. */
export interface HandoffClaim {
  token?: string;
  tabId: number;
  frameId: number;
  origin: string;
}

/** A fresh token: 128 random bits as 32 hex digits, so an address carries nothing but chance. */
export function newHandoffToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function dropExpired(store: PendingStore, now: number): Promise<void> {
  for (const [token, entry] of Object.entries(await store.all())) if (entry.expires <= now) await store.remove(token);
}

/** Keeps a hand-off for the form about to be opened on `origin`; returns the token its address will carry. */
export async function keepHandoff(store: PendingStore, handoff: Handoff, origin: string, now = Date.now()): Promise<string> {
  await dropExpired(store, now);
  const token = newHandoffToken();
  await store.set(token, { handoff, origin, expires: now + HANDOFF_TTL_MS });
  return token;
}

/** Ties a kept hand-off to the tab opened for it: from then on no other tab can take it. */
export async function bindTab(store: PendingStore, token: string, tabId: number): Promise<void> {
  const entry = await store.get(token);
  if (entry && entry.tabId === undefined) await store.set(token, { ...entry, tabId });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Hands a kept hand-off out once, then forgets it (issue 20): only to the top frame of the tab it was
 * opened in, on the school form's origin, before it expires. Without a token (a sign-in redirect dropped
 * the address's fragment) that tab's own hand-off on that origin is answered. A claim from another tab
 * or origin gets nothing and leaves the hand-off for its own tab. Claims run one at a time, so two at
 * once never both get it.
 */
export function claimHandoff(store: PendingStore, claim: HandoffClaim, now = Date.now()): Promise<Handoff | undefined> {
  const run = queue.then(async () => {
    await dropExpired(store, now);
    if (claim.frameId !== 0) return undefined;
    const mine = (entry: PendingHandoff | undefined): entry is PendingHandoff => !!entry && entry.origin === claim.origin && (entry.tabId ?? claim.tabId) === claim.tabId;
    let token = claim.token;
    if (token === undefined) {
      const found = Object.entries(await store.all()).filter(([, e]) => e.tabId === claim.tabId && mine(e)).sort(([, a], [, b]) => b.expires - a.expires)[0];
      token = found?.[0];
    }
    if (token === undefined) return undefined;
    const entry = await store.get(token);
    if (!mine(entry)) return undefined;
    await store.remove(token);
    return entry.handoff;
  });
  queue = run.catch(() => undefined);
  return run;
}
