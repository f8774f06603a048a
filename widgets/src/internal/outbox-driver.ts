import type { OutboxDocument } from '@cpd-lens/core';
import { openCpdStore, type CpdStore } from '@cpd-lens/core/store';
import { DEFAULT_BACKOFF, enqueue, flushOutbox, nextWake, systemClock, type Backoff, type OutboxCollection, type OutboxItem } from '@cpd-lens/core';

type Listener = (item: OutboxItem) => void;

/** Longest setTimeout a browser honours (about 24.8 days). */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Drives core's outbox in the page: one per database, shared by every form on the page. It flushes
 * on start, when the browser comes back online, and on a timer at the next item's retry time. A Web
 * Lock keeps two tabs from posting the same item at once (the receiver de-duplicates anyway).
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

  readonly store: Promise<CpdStore | undefined>;
  private readonly outbox: Promise<OutboxCollection>;
  private readonly listeners = new Set<Listener>();
  private backoff: Backoff = DEFAULT_BACKOFF;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  private readonly dbName: string;

  private constructor(dbName: string) {
    this.dbName = dbName;
    this.store = openCpdStore(dbName).catch(() => undefined);
    // Without IndexedDB (blocked storage, some private modes) requests still go, held in memory.
    this.outbox = this.store.then((s) => s?.outbox ?? memoryOutbox());
    globalThis.addEventListener?.('online', () => void this.flush(true));
    void this.flush();
  }

  /** Whether requests are kept on this device across reloads. */
  async persistent(): Promise<boolean> {
    return (await this.store) !== undefined;
  }

  /** Sets how quickly to retry (from the school's configuration). */
  configure(backoff: Backoff): void {
    this.backoff = backoff;
  }

  /** Listens to every change of every item; returns the function that stops listening. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return (await this.outbox).get(id);
  }

  /** Queues a request or an evaluation (once per id, however often called) and tries to send it at once. */
  async submit(request: OutboxDocument, endpoint: string): Promise<OutboxItem> {
    const outbox = await this.outbox;
    const { item } = await enqueue(outbox, request, endpoint);
    this.emit(item);
    void this.flush();
    return item;
  }

  /** Sends whatever is due. `now` makes every waiting item due (the browser just came back online). */
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

  private async run(now: boolean): Promise<void> {
    const outbox = await this.outbox;
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
      return flushOutbox(outbox, {
        fetch: (url, init) => globalThis.fetch(url, init),
        clock: systemClock,
        backoff: this.backoff,
        onChange: (item) => this.emit(item),
      });
    };
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    const items = locks ? await locks.request(`cpd-lens-outbox:${this.dbName}`, () => work(true)) : await work(false);
    // Another tab (or a page that was closing) may have changed items while we waited for the lock:
    // tell every listener how each item stands now.
    for (const item of items) this.emit(item);
    this.schedule(items);
  }

  private schedule(items: OutboxItem[]): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const wake = nextWake(items);
    if (wake === null) return;
    this.timer = setTimeout(() => void this.flush(), Math.min(Math.max(wake - Date.now(), 0), MAX_TIMER));
  }

  private emit(item: OutboxItem): void {
    for (const listener of this.listeners) listener(item);
  }
}

function memoryOutbox(): OutboxCollection {
  const items = new Map<string, OutboxItem>();
  return {
    get: async (id) => items.get(id),
    put: async (item) => void items.set(item.id, item),
    all: async () => [...items.values()],
  };
}
