/**
 * Storage that degrades safely. When the IndexedDB database cannot be written — a newer CPD Lens wrote
 * it (read-only), an older tab blocks the upgrade, the device is full, or the browser offers no
 * IndexedDB at all (some private modes) — writes go to the next store that works: localStorage, then
 * sessionStorage, then this page's memory. Reads prefer the later store (it holds what the failing one
 * could not take). Nothing is ever deleted from a store that could not be written.
 */
import type { z } from '../zod.ts';
import { check } from '../model/validate.ts';

/** The collection shape the outbox and the drafts need. */
export interface SimpleCollection<T extends { id: string }> {
  get(id: string): Promise<T | undefined>;
  all(): Promise<T[]>;
  put(value: T): Promise<void>;
  delete(id: string): Promise<void>;
}

/**
 * Why the database could not be used, in words a view can turn into advice; `cleared` when it opened
 * but documents that were waiting to be sent had vanished from it (the site's data was cleared).
 */
export type StorageTrouble = 'blocked' | 'newer' | 'unavailable' | 'quota' | 'failed' | 'cleared';

/** Where answers are being kept: the database, this browser's local or session storage, or only this page. */
export type StorageLayer = 'database' | 'local' | 'session' | 'memory';

/** The part of `localStorage` used. */
export interface KeyValueArea {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Whether a Web Storage area really takes writes (private modes and disabled storage throw). */
export function usableArea(get: () => KeyValueArea | undefined): KeyValueArea | undefined {
  try {
    const area = get();
    if (!area) return undefined;
    const probe = '__cpd-lens-probe__';
    area.setItem(probe, '1');
    area.removeItem(probe);
    return area;
  } catch {
    return undefined;
  }
}

/** A small collection held as one JSON object under `key` in a Web Storage area; records failing `schema` are skipped, not deleted. */
export function areaCollection<T extends { id: string }>(area: KeyValueArea, key: string, schema: z.ZodMiniType): SimpleCollection<T> {
  const load = (): Record<string, unknown> => {
    try {
      const parsed: unknown = JSON.parse(area.getItem(key) ?? '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const read = (value: unknown): T | undefined => {
    const checked = check(schema, value);
    return checked.ok ? (checked.value as T) : undefined;
  };
  const save = (records: Record<string, unknown>) => {
    if (Object.keys(records).length) area.setItem(key, JSON.stringify(records));
    else area.removeItem(key);
  };
  return {
    get: async (id) => (Object.hasOwn(load(), id) ? read(load()[id]) : undefined),
    all: async () => Object.values(load()).map(read).filter((v): v is T => v !== undefined),
    put: async (value) => save({ ...load(), [value.id]: value }),
    delete: async (id) => {
      const records = load();
      delete records[id];
      save(records);
    },
  };
}

/** A collection in this page's memory only: the last resort, which never fails. */
export function memoryCollection<T extends { id: string }>(): SimpleCollection<T> {
  const items = new Map<string, T>();
  return {
    get: async (id) => items.get(id),
    all: async () => [...items.values()],
    put: async (value) => void items.set(value.id, structuredClone(value)),
    delete: async (id) => void items.delete(id),
  };
}

export interface Layer<T extends { id: string }> {
  name: StorageLayer;
  collection: SimpleCollection<T>;
}

/**
 * Layers collections: a write goes to the first layer that takes it, and once it has, copies in later
 * layers are removed (they are older). `onFallback` hears each layer that refused a write and why.
 * Reads merge every layer, a later layer's copy winning. The last layer should be memory.
 */
export function layeredCollection<T extends { id: string }>(layers: Layer<T>[], onFallback: (from: StorageLayer, to: StorageLayer, error: unknown) => void): SimpleCollection<T> & { layer(): StorageLayer } {
  let current = 0;
  const safe = async <R>(op: () => Promise<R>, fallback: R): Promise<R> => {
    try {
      return await op();
    } catch {
      return fallback;
    }
  };
  const write = async (op: (c: SimpleCollection<T>) => Promise<void>): Promise<number> => {
    for (let i = current; i < layers.length; i++) {
      try {
        await op(layers[i]!.collection);
        return i;
      } catch (error) {
        if (i + 1 < layers.length) {
          onFallback(layers[i]!.name, layers[i + 1]!.name, error);
          current = i + 1;
        } else throw error;
      }
    }
    throw new Error('store: no storage layer');
  };
  return {
    layer: () => layers[current]!.name,
    async get(id) {
      for (let i = layers.length - 1; i >= 0; i--) {
        const found = await safe(() => layers[i]!.collection.get(id), undefined);
        if (found !== undefined) return found;
      }
      return undefined;
    },
    async all() {
      const merged = new Map<string, T>();
      for (const layer of layers) for (const value of await safe(() => layer.collection.all(), [] as T[])) merged.set(value.id, value);
      return [...merged.values()];
    },
    async put(value) {
      const at = await write((c) => c.put(value));
      for (const later of layers.slice(at + 1)) await safe(() => later.collection.delete(value.id), undefined);
    },
    async delete(id) {
      // Deleting is only ever done after a confirmed delivery or on the user's request: remove every copy it can.
      for (const layer of layers) await safe(() => layer.collection.delete(id), undefined);
    },
  };
}

/**
 * The storage trouble an error from opening or writing the database means: `newer` for data from a
 * newer version, `quota` for a full device, `unavailable` when there is no IndexedDB, else `failed`.
 */
export function troubleOf(error: unknown): StorageTrouble {
  const name = error && typeof error === 'object' ? String((error as { name?: unknown }).name) : '';
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'read-only' || name === 'VersionError') return 'newer';
  if (code === 'quota' || name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (code === 'blocked') return 'blocked';
  if (name === 'InvalidStateError' || name === 'SecurityError' || /indexedDB is not defined|no IndexedDB/i.test(message)) return 'unavailable';
  return 'failed';
}
