import type { OutboxDocument } from '@cpd-lens/core';
import type { RequestDraft, ResilientStore, SimpleCollection, StorageLayer, StorageTrouble, UnsentSummary } from '@cpd-lens/core/store';
import type { Backoff, DeliveryTarget, OutboxItem, SchoolConfig } from '@cpd-lens/core';

/** Core's outbox and delivery code, loaded the first time something is queued or waiting (issue 14's size budget). */
const delivery = () => import('./delivery-engine.ts');
/**
 * Core's store stack (idb, the Web Storage and memory fallbacks): fetched as the driver starts, but off
 * the widgets' first render (issue 14's size budget, about 5 KB gz). Views render their fields at once
 * and keep what is typed until the store is there (see the request form's restore).
 */
const storeStack = () => import('@cpd-lens/core/store');

type Listener = (item: OutboxItem) => void;
/**
 * What the views tell the member of staff about this device's storage: the trouble met, if any, and
 * where answers are kept now; and documents waiting for the receiver for more than a day (never dropped).
 */
export interface StorageState {
  trouble?: StorageTrouble;
  layer: StorageLayer;
  unsent?: UnsentSummary;
  /** The endpoint origin this page's Content-Security-Policy (`connect-src`) stops the widgets posting to. */
  blockedOrigin?: string;
}
type TroubleListener = (state: StorageState | undefined) => void;

/** The origin of an address, or undefined for one that is not a URL (CSP reports "inline", "eval"…). */
function originOf(address: string): string | undefined {
  try {
    return new URL(address, globalThis.location?.href).origin;
  } catch {
    return undefined;
  }
}

/** How soon to look again when another tab holds the outbox's lease. */
const LEASE_RETRY_MS = 5_000;
/** Longest setTimeout a browser honours (about 24.8 days). */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Drives core's outbox in the page: one per database, shared by every widget on the page that sends
 * documents (requests, evaluations). It flushes on start, when the browser comes back online, on a
 * timer at the next item's retry time, and when someone presses "Try again". A Web Lock keeps two tabs
 * from posting the same item at once (the receiver de-duplicates anyway). Storage is core's resilient
 * store: a blocked, newer, full or missing database falls back to Web Storage, then memory, and the
 * trouble is reported to the views so they can tell the member of staff what to do.
 */
export class OutboxDriver {
  private static drivers = new Map<string, OutboxDriver>();

  /** The page's driver for a database name. */
  static for(dbName: string): OutboxDriver {
    let driver = OutboxDriver.drivers.get(dbName);
    if (!driver) {
      driver = new OutboxDriver(dbName);
      OutboxDriver.drivers.set(dbName, driver);
    }
    return driver;
  }

  private opening: Promise<ResilientStore> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly troubleListeners = new Set<TroubleListener>();
  private storage: StorageState | undefined;
  private backoff: Backoff | undefined; // core's default until the school's configuration says otherwise
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  private readonly dbName: string;

  private constructor(dbName: string) {
    this.dbName = dbName;
    // start fetching now, off the first render; documents that have waited more than a day are
    // pointed out as soon as the store opens, before the first flush ends
    void this.ready.then((store) => this.noteUnsent(store.unsent, store.outbox.layer())).catch(() => undefined);
    globalThis.addEventListener?.('online', () => void this.flush(true));
    globalThis.document?.addEventListener('securitypolicyviolation', (event) => void this.onViolation(event));
    void this.flush();
  }

  /** The store, once its code is here and open; a failed fetch of that code is tried again at the next use. */
  get ready(): Promise<ResilientStore> {
    this.opening ??= storeStack().then(
      ({ openResilientStore }) => openResilientStore(this.dbName, { onTrouble: (trouble, layer) => this.onTrouble({ ...this.storage, trouble, layer }) }),
      (error: unknown) => {
        this.opening = undefined;
        throw error;
      },
    );
    return this.opening;
  }

  /**
   * Fetches the delivery code in the background: views call it once they have rendered, so that a
   * request sent while offline is still queued (a chunk cannot be fetched then). Off the first render.
   */
  prefetch(): void {
    void delivery().catch(() => undefined); // fetched again when needed
  }

  /** Drafts, kept in the best store that works. */
  async drafts(): Promise<SimpleCollection<RequestDraft>> {
    return (await this.ready).drafts;
  }

  /** The storage trouble met so far, if any (the latest). */
  get storageState(): StorageState | undefined {
    return this.storage;
  }

  /**
   * Sets how quickly to retry from the school's configuration (`retry`); without it, core's default. Every
   * widget that sends through this driver (request form, impact evaluation) passes its configuration here.
   */
  configure(retry: SchoolConfig['retry']): void {
    if (retry) this.backoff = { baseMs: retry.firstDelaySeconds * 1000, capMs: retry.maxDelaySeconds * 1000 };
  }

  /** Listens to every change of every item; returns the function that stops listening. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens to storage trouble (also told at once of any trouble already met); returns the function that stops listening. */
  onStorageTrouble(listener: TroubleListener): () => void {
    this.troubleListeners.add(listener);
    if (this.storage) listener(this.storage);
    return () => this.troubleListeners.delete(listener);
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return (await this.ready).outbox.get(id);
  }

  /** Queues a document (once per id, however often called) and tries to send it at once. */
  async submit(document: OutboxDocument, endpoint: DeliveryTarget): Promise<OutboxItem> {
    const { outbox } = await this.ready;
    const { enqueue } = await delivery();
    const { item } = await enqueue(outbox, document, endpoint);
    this.emit(item);
    void this.flush();
    return item;
  }

  /** Sends whatever is due. `now` makes every waiting item due ("Try again", or the browser just came back online). */
  flush(now = false): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run(now).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.running;
  }

  /**
   * A `connect-src` violation for an endpoint a waiting document is addressed to: the host page's CSP,
   * not the network, stops delivery (W-CSP-02). The request stays queued; the views say so and what to
   * add, and the console names the directive for the page's administrator.
   */
  private async onViolation(event: SecurityPolicyViolationEvent): Promise<void> {
    if (event.effectiveDirective !== 'connect-src') return;
    const origin = originOf(event.blockedURI);
    const { outbox } = await this.ready;
    if (!origin) return;
    const addressed = (await outbox.all()).some((item) => originOf(item.endpoint) === origin);
    if (!addressed || this.storage?.blockedOrigin === origin) return;
    // once per origin: every retry is blocked again
    console.warn(`cpd-widgets: this page's Content-Security-Policy blocks sending to ${origin}. Add ${origin} to its connect-src directive; requests stay queued on the device until then.`);
    this.onTrouble({ ...(this.storage ?? { layer: outbox.layer() }), blockedOrigin: origin });
  }

  /** Points out documents waiting for more than a day, and stops once they are delivered (R-Q-07). */
  private noteUnsent(unsent: UnsentSummary | undefined, layer: StorageLayer): void {
    if (unsent?.count === this.storage?.unsent?.count && unsent?.since === this.storage?.unsent?.since) return;
    const { unsent: _old, ...rest } = this.storage ?? { layer };
    const next: StorageState = { ...rest, ...(unsent && { unsent }) };
    // nothing left to say: the notice goes
    this.onTrouble(next.trouble || next.blockedOrigin || next.unsent ? next : undefined);
  }

  private onTrouble(state: StorageState | undefined): void {
    this.storage = state;
    for (const listener of this.troubleListeners) listener(state);
  }

  private async run(now: boolean): Promise<void> {
    const store = await this.ready.catch(() => undefined); // its code could not be fetched: tried again at the next flush
    if (!store) return;
    const { outbox } = store;
    if (now) {
      for (const item of await outbox.all()) {
        if (item.status === 'pending' && item.nextAttemptAt > Date.now()) await outbox.put({ ...item, nextAttemptAt: Date.now() });
      }
    }
    const work = async (orphansDue: boolean) => {
      if (orphansDue) {
        // Holding the lock, nobody else is sending: a "sending" item was left by a page that died mid-request.
        for (const item of await outbox.all()) if (item.status === 'sending') await outbox.put({ ...item, status: 'pending', nextAttemptAt: Date.now() });
      }
      // Nothing waiting (the usual page load): the delivery code is not needed, so it is not downloaded.
      const queued = await outbox.all();
      if (!queued.some((item) => item.status === 'pending' || item.status === 'sending')) return { items: queued, wake: null };
      const { flushOutbox, nextWake, systemClock } = await delivery();
      const items = await flushOutbox(outbox, {
        fetch: (url, init) => globalThis.fetch(url, init),
        clock: systemClock,
        ...(this.backoff && { backoff: this.backoff }),
        onChange: (item) => this.emit(item),
      });
      return { items, wake: nextWake(items) };
    };
    const name = `cpd-lens-outbox:${this.dbName}`;
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    // Web Locks (HTTPS); a plain-HTTP intranet has none, and only then is the lease's code fetched (issue 14's budget)
    const locked = locks ? await locks.request(name, () => work(true)) : await (await import('./tab-lock.ts')).withTabLock(name, work);
    // another tab holds the plain-HTTP lease: it is sending; look again shortly. Meanwhile say how each item
    // stands now: another tab may have delivered this page's request, and with several tabs taking turns at
    // the lease this page could otherwise say "Waiting to send" for (tabs - 1) × 5 s after it was sent
    if (!locked) {
      for (const item of await outbox.all().catch(() => [])) this.emit(item);
      return this.schedule(Date.now() + LEASE_RETRY_MS);
    }
    const { items, wake } = locked;
    // Another tab (or a page that was closing) may have changed items while we waited for the lock:
    // tell every listener how each item stands now.
    for (const item of items) this.emit(item);
    const { unsentSummary } = await storeStack(); // already here: the store above came from it
    this.noteUnsent(unsentSummary(items, Date.now()), outbox.layer());
    this.schedule(wake);
  }

  /** Wakes at the next item's retry time (`wake`, from core's `nextWake`), or not at all when nothing waits. */
  private schedule(wake: number | null): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (wake === null) return;
    this.timer = setTimeout(() => void this.flush(), Math.min(Math.max(wake - Date.now(), 0), MAX_TIMER));
  }

  private emit(item: OutboxItem): void {
    for (const listener of this.listeners) listener(item);
  }
}
