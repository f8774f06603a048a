import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openCpdStore, StoreError } from '../../src/store/index.ts';
import { defaultPolicy } from '../../src/index.ts';
import { phonicsCourse, profile } from '../helpers.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the store', () => {
  it('creates every object store at the current version', async () => {
    const store = await openCpdStore();
    expect(store.db.version).toBe(DB_VERSION);
    expect([...store.db.objectStoreNames].sort()).toEqual(['courses', 'drafts', 'evaluations', 'outbox', 'plans', 'policies', 'profiles', 'requests']);
    store.close();
  });

  it('round-trips typed records', async () => {
    const store = await openCpdStore();
    await store.profiles.put(profile());
    await store.policies.put({ id: 'school', policy: defaultPolicy, importedAt: '2026-11-01T10:00:00Z' });
    await store.courses.put({ id: 'c1', course: phonicsCourse(), savedAt: '2026-11-02T09:00:00Z', note: 'Ask about cover' });
    expect(await store.profiles.get('staff-0042')).toEqual(profile());
    expect((await store.courses.all()).map((c) => c.note)).toEqual(['Ask about cover']);
    await store.courses.delete('c1');
    expect(await store.courses.all()).toEqual([]);
    store.close();
  });

  it('refuses to write a record that breaks its schema, and writes nothing', async () => {
    const store = await openCpdStore();
    const bad = { id: 'c2', course: { title: '' }, savedAt: 'yesterday' };
    await expect(store.courses.put(bad as never)).rejects.toBeInstanceOf(StoreError);
    await expect(store.courses.put(bad as never)).rejects.toThrow(/course\.title should not be empty/);
    expect(await store.courses.all()).toEqual([]);
    store.close();
  });

  it('upgrades a version-1 database, reshaping saved courses and keeping every record', async () => {
    const v1 = await openDB('cpd-lens', 1, {
      upgrade(db) {
        for (const s of ['profiles', 'policies', 'courses']) db.createObjectStore(s, { keyPath: 'id' });
      },
    });
    await v1.put('courses', { id: 'old-1', title: 'Phonics day', url: 'https://provider.example/phonics', savedAt: '2025-05-01T08:00:00Z', note: 'from v1' });
    await v1.put('courses', { id: 'old-2', title: 'Maths mastery' });
    await v1.put('profiles', profile());
    v1.close();

    const store = await openCpdStore();
    expect(store.db.version).toBe(DB_VERSION);
    const saved = await store.courses.all();
    expect(saved).toContainEqual({ id: 'old-1', course: { title: 'Phonics day', url: 'https://provider.example/phonics' }, savedAt: '2025-05-01T08:00:00Z', note: 'from v1' });
    expect(saved.find((c) => c.id === 'old-2')?.course.title).toBe('Maths mastery');
    expect(await store.profiles.get('staff-0042')).toEqual(profile());
    await store.outbox.put({ id: 'o1', endpoint: 'https://school.example/cpd', body: (await import('./request.ts')).sampleRequest(), status: 'pending', attempts: 0, nextAttemptAt: 0, createdAt: '2026-11-01T00:00:00Z' });
    expect((await store.outbox.all()).length).toBe(1);
    store.close();
  });

  it('keeps records it cannot read (from a broken or newer version) and lists them instead of losing them', async () => {
    const store = await openCpdStore();
    await store.db.put('courses', { id: 'weird', course: { title: 42 }, savedAt: 'soon' });
    await store.courses.put({ id: 'fine', course: phonicsCourse(), savedAt: '2026-11-02T09:00:00Z' });
    expect((await store.courses.all()).map((c) => c.id)).toEqual(['fine']);
    expect(await store.courses.get('weird')).toBeUndefined();
    const invalid = await store.courses.invalid();
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.id).toBe('weird');
    expect(invalid[0]!.problems.map((p) => p.path)).toContain('course.title');
    expect(await store.db.get('courses', 'weird')).toBeDefined();
    store.close();
  });

  it('lets a newer tab upgrade by closing an older connection when asked', async () => {
    const first = await openCpdStore();
    const newer = await openDB('cpd-lens', DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    first.close();
  });
});
