import { openDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { check, type Problem } from '../model/validate.ts';
import { RECORDS, type RecordOf, type StoreName } from './records.ts';

export * from './records.ts';

/** The current database version. Each version's changes live in `upgrade` below, cumulatively. */
export const DB_VERSION = 3;
export const DEFAULT_DB_NAME = 'cpd-lens';

/** Why a write was refused: the value broke its schema, the device is full, or the data is newer than this code. */
export type StoreErrorCode = 'invalid' | 'quota' | 'read-only';

/** A write was refused; nothing was written, and the message says what the user can do. */
export class StoreError extends Error {
  override name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly problems: Problem[];
  constructor(code: StoreErrorCode, message: string, problems: Problem[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}

/** Waits for every promise (so none rejects unobserved) and throws the first failure, if any. */
export async function settle(promises: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || (error.name === 'AbortError' && /quota/i.test(error.message)));

/** A stored record that no longer fits its schema: kept as it is, never deleted, shown for export. */
export interface InvalidRecord {
  id: IDBValidKey;
  value: unknown;
  problems: Problem[];
}

/** Typed, validated access to one object store. */
export interface Collection<T> {
  get(id: string): Promise<T | undefined>;
  all(): Promise<T[]>;
  put(value: T): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Records that fail today's schema (e.g. written by a future or broken version), left untouched. */
  invalid(): Promise<InvalidRecord[]>;
}

export type CpdStore = { [N in StoreName]: Collection<RecordOf<N>> } & {
  db: IDBPDatabase;
  /** True when the database was written by a newer CPD Lens: everything can be read and exported, nothing written. */
  readOnly: boolean;
  close(): void;
};

type AnyTx = IDBPTransaction<unknown, StoreName[], 'versionchange'>;

/** Moves version-1 saved courses ({ url, title, … } at the top level) into today's { id, course, savedAt }. */
async function migrateV1Courses(tx: AnyTx): Promise<void> {
  const store = tx.objectStore('courses');
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as Record<string, unknown>;
    if (old && typeof old === 'object' && !('course' in old) && typeof old.title === 'string') {
      const { savedAt, note, id, ...course } = old;
      await cursor.update({ id: id ?? cursor.key, course, savedAt: typeof savedAt === 'string' ? savedAt : '2026-01-01', ...(typeof note === 'string' ? { note } : {}) });
    }
  }
}

/**
 * Opens (creating or upgrading) the CPD Lens database. Upgrades are cumulative `if (old < N)` steps:
 * v1 profiles, policies, courses · v2 drafts, outbox, evaluations and the v1→v2 course reshape ·
 * v3 plans, requests. When another tab holds an older version open, it is asked to close.
 */
export async function openCpdStore(name = DEFAULT_DB_NAME, options: { blocked?: () => void } = {}): Promise<CpdStore> {
  let db: IDBPDatabase;
  let readOnly = false;
  try {
    db = await openCurrent(name, options.blocked);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'VersionError')) throw error;
    // a newer version wrote this database: open it as it is, read-only, so nothing is lost
    db = await openDB(name);
    readOnly = true;
  }
  const collections = Object.fromEntries(
    (Object.keys(RECORDS) as StoreName[]).filter((s) => db.objectStoreNames.contains(s)).map((s) => [s, collection(db, s, readOnly)]),
  ) as { [N in StoreName]: Collection<RecordOf<N>> };
  return { ...collections, db, readOnly, close: () => db.close() };
}

function openCurrent(name: string, blocked?: () => void): Promise<IDBPDatabase> {
  return openDB(name, DB_VERSION, {
    // An older tab holds the database open and will not let go: the caller decides what to do meanwhile.
    ...(blocked ? { blocked: () => blocked() } : {}),
    async upgrade(database, oldVersion, _new, tx) {
      // idb does not watch this promise: a step that throws must abort the version change itself, or the
      // database would be left at the new version half-migrated. Aborted, it stays as it was (R-DB-03).
      try {
        await upgradeSteps(database, oldVersion, tx as unknown as AnyTx);
      } catch {
        tx.done.catch(() => undefined); // the open request reports the abort; this promise need not
        try {
          tx.abort();
        } catch {
          // already aborted by the failed request
        }
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

/** The cumulative upgrade steps from `oldVersion` to `DB_VERSION`. */
async function upgradeSteps(database: IDBPDatabase, oldVersion: number, tx: AnyTx): Promise<void> {
  const has = (s: string) => database.objectStoreNames.contains(s);
  if (oldVersion < 1) {
    for (const s of ['profiles', 'policies', 'courses']) if (!has(s)) database.createObjectStore(s, { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    if (!has('drafts')) database.createObjectStore('drafts', { keyPath: 'id' });
    if (!has('outbox')) database.createObjectStore('outbox', { keyPath: 'id' }).createIndex('status', 'status');
    if (!has('evaluations')) database.createObjectStore('evaluations', { keyPath: 'id' });
    if (oldVersion >= 1) await migrateV1Courses(tx);
  }
  if (oldVersion < 3) {
    if (!has('plans')) database.createObjectStore('plans', { keyPath: 'id' });
    if (!has('requests')) database.createObjectStore('requests', { keyPath: 'id' });
  }
}

function collection<N extends StoreName>(db: IDBPDatabase, store: N, readOnly: boolean): Collection<RecordOf<N>> {
  const schema = RECORDS[store];
  /** Writes in a strict-durability transaction: "Saved" means on disk, even if the browser dies next. */
  const write = async (op: (s: IDBPObjectStore<unknown, [N], N, 'readwrite'>) => Promise<unknown>): Promise<void> => {
    if (readOnly) throw new StoreError('read-only', 'store: this data was saved by a newer version of CPD Lens; export it or update CPD Lens to change it');
    try {
      const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
      await settle([op(tx.store), tx.done]);
    } catch (error) {
      if (isQuotaError(error)) throw new StoreError('quota', 'store: could not save on this device because its storage is full; download a copy of your data');
      throw error;
    }
  };
  const read = (value: unknown): RecordOf<N> | undefined => {
    const checked = check(schema, value);
    return checked.ok ? (checked.value as RecordOf<N>) : undefined;
  };
  return {
    async get(id) {
      const value: unknown = await db.get(store, id);
      return value === undefined ? undefined : read(value);
    },
    async all() {
      const values: unknown[] = await db.getAll(store);
      return values.map(read).filter((v): v is RecordOf<N> => v !== undefined);
    },
    async put(value) {
      const checked = check(schema, value);
      if (!checked.ok) throw new StoreError('invalid', `store: a ${store} record was not saved: ${checked.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, checked.problems);
      await write((s) => s.put(checked.value));
    },
    async delete(id) {
      await write((s) => s.delete(id));
    },
    async clear() {
      await write((s) => s.clear());
    },
    async invalid() {
      const out: InvalidRecord[] = [];
      for (let cursor = await db.transaction(store).store.openCursor(); cursor; cursor = await cursor.continue()) {
        const checked = check(schema, cursor.value);
        if (!checked.ok) out.push({ id: cursor.key, value: cursor.value, problems: checked.problems });
      }
      return out;
    },
  };
}

export { exportData, importData, parseExport, ExportFile } from './transfer.ts';
export * from './fallback.ts';
export { openResilientStore, type ResilientStore, type ResilientOptions } from './resilient.ts';
export * from './retention.ts';
