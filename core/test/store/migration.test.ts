import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openCpdStore, openResilientStore, type KeyValueArea } from '../../src/store/index.ts';

/** R-DB-03: a migration that throws half-way aborts the version change; the old database stays usable. */

const name = () => `migration-${Math.random()}`;
const area = (): KeyValueArea => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

/** A version-2 database with one draft, as a page of the previous release left it. */
async function v2Database(db: string): Promise<void> {
  const old = await openDB(db, 2, {
    upgrade: (d) => {
      for (const s of ['profiles', 'policies', 'courses', 'drafts', 'evaluations']) d.createObjectStore(s, { keyPath: 'id' });
      d.createObjectStore('outbox', { keyPath: 'id' }).createIndex('status', 'status');
    },
  });
  await old.put('drafts', { id: 'draft:cpd-request', updatedAt: new Date().toISOString(), values: { courseTitle: 'Phonics' } });
  old.close();
}

/** Makes the version-3 step fail half-way: creating its second store throws. */
function failSecondV3Store() {
  const original = IDBDatabase.prototype.createObjectStore;
  return vi.spyOn(IDBDatabase.prototype, 'createObjectStore').mockImplementation(function (this: IDBDatabase, store: string, options?: IDBObjectStoreParameters) {
    if (store === 'requests') throw new DOMException('simulated failure in the v3 migration', 'UnknownError');
    return original.call(this, store, options);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('a migration that throws half-way', () => {
  it('aborts the upgrade: the database stays at its old version with its data and without the half-made store', async () => {
    const db = name();
    await v2Database(db);
    failSecondV3Store();
    await expect(openCpdStore(db)).rejects.toThrow();
    vi.restoreAllMocks();
    const after = await openDB(db);
    expect(after.version).toBe(2);
    expect([...after.objectStoreNames]).not.toContain('plans');
    expect(await after.get('drafts', 'draft:cpd-request')).toMatchObject({ values: { courseTitle: 'Phonics' } });
    after.close();
  });

  it('leaves the form working: the trouble is reported, the old draft is still read, and a later open upgrades', async () => {
    const db = name();
    await v2Database(db);
    failSecondV3Store();
    const troubles: string[] = [];
    const r = await openResilientStore(db, { areas: [{ name: 'local', get: area }], onTrouble: (t) => troubles.push(t) });
    expect(troubles).toEqual(['failed']);
    await r.drafts.put({ id: 'draft:other', updatedAt: new Date().toISOString(), values: { courseTitle: 'Kept in Web Storage' } });
    expect(await r.drafts.get('draft:other')).toBeDefined();
    vi.restoreAllMocks();
    const fixed = await openCpdStore(db);
    expect(fixed.db.version).toBe(DB_VERSION);
    expect((await fixed.drafts.get('draft:cpd-request'))?.values).toEqual({ courseTitle: 'Phonics' });
    fixed.close();
  });
});
