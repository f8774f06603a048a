import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, layeredCollection, memoryCollection, openCpdStore, openResilientStore, StoreError, troubleOf, type KeyValueArea, type SimpleCollection } from '../../src/store/index.ts';
import { newOutboxItem } from '../../src/request/outbox.ts';
import { sampleRequest } from './request.ts';

/** Storage that degrades safely: upgrade, downgrade, blocked upgrade, quota and private-mode failures. */

const name = () => `resilient-${Math.random()}`;
const item = (id = 'req-1') => newOutboxItem({ ...sampleRequest(), id }, 'https://school.example/cpd', 0);
const draft = (text: string) => ({ id: 'draft:cpd-request', updatedAt: new Date().toISOString(), values: { courseTitle: text } });

function area(): KeyValueArea & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const areas = (local?: KeyValueArea, session?: KeyValueArea) => [
  { name: 'local' as const, get: () => local },
  { name: 'session' as const, get: () => session },
];
const broken: KeyValueArea = { getItem: () => null, setItem: () => { throw new DOMException('denied', 'SecurityError'); }, removeItem: () => undefined };

describe('a database that works', () => {
  it('is used, with no trouble reported', async () => {
    const troubles: string[] = [];
    const r = await openResilientStore(name(), { areas: areas(area()), onTrouble: (t) => troubles.push(t) });
    await r.outbox.put(item());
    expect(r.outbox.layer()).toBe('database');
    expect(await r.store!.outbox.get('req-1')).toBeDefined();
    expect(troubles).toEqual([]);
    r.store!.close();
  });

  it('upgrades an older database keeping its drafts (v2 → current)', async () => {
    const db = name();
    const old = await openDB(db, 2, { upgrade: (d) => { for (const s of ['profiles', 'policies', 'courses', 'drafts', 'evaluations']) d.createObjectStore(s, { keyPath: 'id' }); d.createObjectStore('outbox', { keyPath: 'id' }); } });
    await old.put('drafts', draft('Phonics'));
    old.close();
    const r = await openResilientStore(db, { areas: areas(area()) });
    expect(r.trouble).toBeUndefined();
    expect(r.store!.db.version).toBe(DB_VERSION);
    expect((await r.drafts.get('draft:cpd-request'))?.values).toEqual({ courseTitle: 'Phonics' });
    r.store!.close();
  });
});

describe('a database written by a newer CPD Lens (downgrade)', () => {
  it('is never written; the outbox and drafts go to localStorage; nothing in it is deleted', async () => {
    const db = name();
    const newer = await openDB(db, DB_VERSION + 5, { upgrade: (d) => { for (const s of ['drafts', 'outbox', 'future']) d.createObjectStore(s, { keyPath: 'id' }); } });
    await newer.put('future', { id: 'keep-me', value: 1 });
    await newer.put('drafts', draft('From the future'));
    newer.close();
    const local = area();
    const troubles: [string, string][] = [];
    const r = await openResilientStore(db, { areas: areas(local), onTrouble: (t, l) => troubles.push([t, l]) });
    expect(r.trouble).toBe('newer');
    expect(troubles[0]).toEqual(['newer', 'local']);
    await r.outbox.put(item());
    await r.drafts.put(draft('Today'));
    expect(r.outbox.layer()).toBe('local');
    expect(JSON.parse(local.data.get(`cpd-lens:${db}:outbox`)!)).toHaveProperty('req-1');
    expect((await r.drafts.get('draft:cpd-request'))?.values).toEqual({ courseTitle: 'Today' });
    r.store!.close();
    const check = await openDB(db);
    expect(check.version).toBe(DB_VERSION + 5);
    expect(await check.get('future', 'keep-me')).toEqual({ id: 'keep-me', value: 1 });
    expect((await check.get('drafts', 'draft:cpd-request')).values).toEqual({ courseTitle: 'From the future' });
    check.close();
  });
});

describe('a blocked upgrade (an older tab holds the database open and will not close)', () => {
  it('does not hang: reports "blocked", keeps answers in localStorage, and moves them into the database once it is free', async () => {
    const db = name();
    const old = await openDB(db, 2, { upgrade: (d) => { d.createObjectStore('drafts', { keyPath: 'id' }); d.createObjectStore('outbox', { keyPath: 'id' }); } });
    // An old tab: no versionchange handler, so it never lets go.
    const local = area();
    const r = await openResilientStore(db, { areas: areas(local), openTimeoutMs: 5000 });
    expect(r.trouble).toBe('blocked');
    expect(r.store).toBeUndefined();
    await r.outbox.put(item());
    await r.drafts.put(draft('Kept'));
    expect(r.outbox.layer()).toBe('local');
    old.close();
    // The next page load, with the old tab gone: everything comes home to the database.
    await new Promise((ok) => setTimeout(ok, 50));
    const next = await openResilientStore(db, { areas: areas(local) });
    expect(next.trouble).toBeUndefined();
    expect(await next.store!.outbox.get('req-1')).toBeDefined();
    expect((await next.store!.drafts.get('draft:cpd-request'))?.values).toEqual({ courseTitle: 'Kept' });
    expect([...local.data.keys()]).toEqual([`cpd-lens:${db}:waiting`]); // only the marker of the waiting request (retention.ts)
    next.store!.close();
  });
});

describe('no IndexedDB (private mode) and no Web Storage', () => {
  it('falls back to sessionStorage when localStorage refuses, then to memory', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const session = area();
      const r = await openResilientStore(name(), { areas: areas(broken, session) });
      expect(r.trouble).toBe('unavailable');
      await r.outbox.put(item());
      expect(r.outbox.layer()).toBe('session');
      expect(session.data.size).toBe(1);
      const bare = await openResilientStore(name(), { areas: areas(broken, broken) });
      await bare.outbox.put(item());
      expect(bare.outbox.layer()).toBe('memory');
      expect(await bare.outbox.get('req-1')).toBeDefined();
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('a full device (quota) mid-session', () => {
  it('moves the write to the next store, tells the caller, and reads return the newest copy', async () => {
    const full: SimpleCollection<{ id: string; v: number }> = {
      ...memoryCollection<{ id: string; v: number }>(),
      put: async () => { throw new StoreError('quota', 'full'); },
    };
    const first = memoryCollection<{ id: string; v: number }>();
    await first.put({ id: 'a', v: 1 });
    const heard: string[] = [];
    const layered = layeredCollection<{ id: string; v: number }>([{ name: 'database', collection: { ...full, get: first.get, all: first.all } }, { name: 'memory', collection: memoryCollection() }], (_f, to, e) => heard.push(`${troubleOf(e)}→${to}`));
    await layered.put({ id: 'a', v: 2 });
    expect(heard).toEqual(['quota→memory']);
    expect(await layered.get('a')).toEqual({ id: 'a', v: 2 });
    expect(await layered.all()).toEqual([{ id: 'a', v: 2 }]);
  });

  it('classifies browser errors', () => {
    expect(troubleOf(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(troubleOf(new DOMException('x', 'VersionError'))).toBe('newer');
    expect(troubleOf(new StoreError('read-only', 'x'))).toBe('newer');
    expect(troubleOf(new DOMException('x', 'InvalidStateError'))).toBe('unavailable');
    expect(troubleOf(new Error('odd'))).toBe('failed');
  });

  it('openCpdStore tells its caller when the upgrade is blocked', async () => {
    const db = name();
    const old = await openDB(db, 1, { upgrade: (d) => { for (const s of ['profiles', 'policies', 'courses']) d.createObjectStore(s, { keyPath: 'id' }); } });
    let blocked = false;
    const opening = openCpdStore(db, { blocked: () => (blocked = true) });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(blocked).toBe(true);
    old.close();
    (await opening).close();
  });
});
