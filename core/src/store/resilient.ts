/**
 * The database as the widgets use it: opened so that nothing the member of staff typed or sent can be
 * lost when IndexedDB misbehaves. A blocked upgrade does not hang the page, a newer database is never
 * written to, a full device or a missing IndexedDB falls back to Web Storage, then memory — and the
 * caller is told which trouble it met so it can say what to do.
 */
import { openCpdStore, type CpdStore } from './index.ts';
import { areaCollection, layeredCollection, memoryCollection, troubleOf, usableArea, type KeyValueArea, type Layer, type SimpleCollection, type StorageLayer, type StorageTrouble } from './fallback.ts';
import { OutboxItem, RequestDraft } from './records.ts';
import { applyRetention, RETENTION, waitingMarker, type RetentionRules, type UnsentSummary } from './retention.ts';

export interface ResilientOptions {
  /** Web Storage areas to fall back to, in order (defaults: the page's localStorage, then sessionStorage). */
  areas?: { name: 'local' | 'session'; get: () => KeyValueArea | undefined }[];
  /** Gives up waiting for the database after this long (a hung open must not freeze the form). */
  openTimeoutMs?: number;
  /** Hears every trouble met, at opening and on later writes, with the layer now used. */
  onTrouble?: (trouble: StorageTrouble, layer: StorageLayer) => void;
  /**
   * Asks the browser to keep this origin's data under storage pressure; called once, when the first
   * document is queued (the moment it matters; Firefox asks the user). Default `navigator.storage.persist`.
   */
  persist?: () => Promise<boolean>;
  /** How long delivered copies and drafts are kept (default `RETENTION`). */
  retention?: RetentionRules;
  /** Epoch milliseconds now (tests). */
  now?: () => number;
}

export interface ResilientStore {
  /** The database, when it opened (possibly read-only: `store.readOnly`). */
  store: CpdStore | undefined;
  /** The trouble met when opening, if any. */
  trouble: StorageTrouble | undefined;
  outbox: SimpleCollection<OutboxItem> & { layer(): StorageLayer };
  drafts: SimpleCollection<RequestDraft> & { layer(): StorageLayer };
  /** Documents still waiting past the notice period when the store opened, to point out (never dropped). */
  unsent: UnsentSummary | undefined;
  /** Whether the browser agreed to keep the data under storage pressure: undefined until asked (first queued document). */
  persisted(): boolean | undefined;
}

const askPersist = async (): Promise<boolean> => (await globalThis.navigator?.storage?.persist?.()) ?? false;

const defaultAreas: NonNullable<ResilientOptions['areas']> = [
  { name: 'local', get: () => globalThis.localStorage },
  { name: 'session', get: () => globalThis.sessionStorage },
];

/** Opens the database, never waiting for ever: resolves with no store (and why) when it is blocked, missing or broken. */
function openWithin(name: string, timeoutMs: number): Promise<{ store?: CpdStore; trouble?: StorageTrouble }> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: { store?: CpdStore; trouble?: StorageTrouble }) => {
      if (settled) return value.store?.close();
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => settle({ trouble: 'failed' }), timeoutMs);
    if (typeof indexedDB === 'undefined') return settle({ trouble: 'unavailable' });
    openCpdStore(name, { blocked: () => settle({ trouble: 'blocked' }) }).then(
      (store) => settle(store.readOnly ? { store, trouble: 'newer' } : { store }),
      (error: unknown) => settle({ trouble: troubleOf(error) }),
    );
  });
}

/**
 * Opens the CPD Lens database for a page's forms with safe fallbacks (see the file comment). When the
 * database works again, what an earlier page had to leave in Web Storage is moved back into it.
 */
export async function openResilientStore(name: string, options: ResilientOptions = {}): Promise<ResilientStore> {
  const { store, trouble } = await openWithin(name, options.openTimeoutMs ?? 10_000);
  const areas = (options.areas ?? defaultAreas).flatMap((a) => {
    const area = usableArea(a.get);
    return area ? [{ name: a.name, area }] : [];
  });
  const report = (why: StorageTrouble, layer: StorageLayer) => options.onTrouble?.(why, layer);
  const layers = <T extends { id: string }>(kind: 'outbox' | 'drafts', schema: typeof OutboxItem | typeof RequestDraft, fromDb?: SimpleCollection<T>): Layer<T>[] => [
    ...(fromDb ? [{ name: 'database' as const, collection: fromDb }] : []),
    ...areas.map((a) => ({ name: a.name, collection: areaCollection<T>(a.area, `cpd-lens:${name}:${kind}`, schema) })),
    { name: 'memory' as const, collection: memoryCollection<T>() },
  ];
  const layered = layeredCollection(layers<OutboxItem>('outbox', OutboxItem, store?.outbox), (_from, to, error) => report(troubleOf(error), to));
  const drafts = layeredCollection(layers<RequestDraft>('drafts', RequestDraft, store?.drafts), (_from, to, error) => report(troubleOf(error), to));
  const marker = waitingMarker(areas.find((a) => a.name === 'local')?.area, `cpd-lens:${name}:waiting`);
  let persisted: boolean | undefined;
  let asked = false;
  const outbox: typeof layered = {
    ...layered,
    async put(item) {
      await layered.put(item);
      marker.update(await layered.all());
      if (asked) return;
      asked = true;
      // not awaited: Firefox answers only once the user has answered its prompt, and queuing must not wait for that
      (options.persist ?? askPersist)().then(
        (granted) => void (persisted = granted),
        () => void (persisted = false),
      );
    },
    async delete(id) {
      await layered.delete(id);
      marker.update(await layered.all());
    },
  };
  if (trouble) {
    report(trouble, store && !store.readOnly ? 'database' : (areas[0]?.name ?? 'memory'));
  } else if (store) {
    // The database works: bring back what a blocked or full earlier page kept in Web Storage.
    for (const collection of [layered, drafts] as SimpleCollection<{ id: string }>[]) {
      for (const value of await collection.all()) await collection.put(value).catch(() => undefined);
    }
  }
  // Documents the marker says were waiting but no store holds: the site's data was cleared under them.
  if (marker.vanished(await layered.all()).length) report('cleared', layered.layer());
  const unsent = await applyRetention(outbox, drafts, (options.now ?? Date.now)(), options.retention ?? RETENTION).catch(() => undefined);
  marker.update(await layered.all());
  return { store, trouble, outbox, drafts, unsent, persisted: () => persisted };
}
