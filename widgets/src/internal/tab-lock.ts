/**
 * One tab at a time sends the outbox. Web Locks do that where the browser offers them, but only in
 * secure contexts: on a plain-HTTP intranet (issue 20) five open tabs all sent the same request. There
 * a lease in `localStorage` stands in: a tab writes its claim, waits for other tabs' writes to land, and
 * reads it back; only the tab whose claim survived sends, renewing the lease while it works. A tab
 * that dies holding it loses it when it expires. The receiver's check of the document id stays the
 * backstop for the rare race this cannot exclude.
 */
export interface TabLockDeps {
  locks?: LockManager | undefined;
  storage?: Storage | undefined;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const LEASE_MS = 60_000;
const RENEW_MS = 15_000;
const SETTLE_MS = 150;

interface Lease {
  owner: string;
  until: number;
}

function readLease(storage: Storage, key: string): Lease | null {
  try {
    const lease = JSON.parse(storage.getItem(key) ?? 'null') as Lease | null;
    return lease && typeof lease.owner === 'string' && typeof lease.until === 'number' ? lease : null;
  } catch {
    return null;
  }
}

const defaultStorage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (some private modes): no lease, as without any lock
  }
};

/**
 * Runs `work` holding the cross-tab lock `name` and returns its result; null when another tab holds the
 * lease (it is sending: this tab tries again later). `exclusive` tells `work` whether it really holds a
 * lock (then a "sending" item can only be one a closed page left behind).
 */
export async function withTabLock<T>(name: string, work: (exclusive: boolean) => Promise<T>, deps: TabLockDeps = {}): Promise<T | null> {
  const locks = 'locks' in deps ? deps.locks : (globalThis.navigator as Navigator & { locks?: LockManager } | undefined)?.locks;
  if (locks) return locks.request(name, () => work(true));
  const storage = 'storage' in deps ? deps.storage : defaultStorage();
  if (!storage) return work(false);
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const key = `cpd-lens:lock:${name}`;
  const owner = Math.random().toString(36).slice(2) + now().toString(36);
  const held = readLease(storage, key);
  if (held && held.owner !== owner && held.until > now()) return null;
  const claim = () => storage.setItem(key, JSON.stringify({ owner, until: now() + LEASE_MS }));
  claim();
  await sleep(SETTLE_MS);
  if (readLease(storage, key)?.owner !== owner) return null;
  const renew = setInterval(claim, RENEW_MS);
  try {
    return await work(true);
  } finally {
    clearInterval(renew);
    if (readLease(storage, key)?.owner === owner) storage.removeItem(key);
  }
}
