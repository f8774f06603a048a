import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, exportData, importData, openCpdStore, parseExport, StoreError } from '../../src/store/index.ts';
import { phonicsCourse, profile } from '../helpers.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('export and import of all data', () => {
  it('round-trips losslessly', async () => {
    const store = await openCpdStore();
    await store.profiles.put(profile());
    await store.courses.put({ id: 'c1', course: phonicsCourse(), savedAt: '2026-11-02T09:00:00Z', note: 'Ask about <b>cover</b>' });
    const file = await exportData(store, new Date('2026-11-23T10:00:00Z'));
    store.close();

    globalThis.indexedDB = new IDBFactory();
    const fresh = await openCpdStore();
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importData(fresh, parsed.value)).toMatchObject({ profiles: 1, courses: 1 });
    expect(await exportData(fresh, new Date('2026-11-23T10:00:00Z'))).toEqual(file);
    fresh.close();
  });

  it('rejects hostile or foreign files with a clear reason, writing nothing', () => {
    const cases: [string, RegExp][] = [
      ['{"format":"something-else"}', /not a CPD Lens export/],
      ['{"format":"cpd-lens-export","version":2,"exportedAt":"2026-01-01","data":{}}', /reads version 1 exports/],
      ['<html><script>alert(1)</script>', /not valid JSON/],
      [' '.repeat(21 * 1024 * 1024), /too large/],
      ['{"format":"cpd-lens-export","version":1,"exportedAt":"2026-01-01","data":{"courses":[{"id":"x","course":{"title":""},"savedAt":"2026-01-01"}]}}', /should not be empty/],
    ];
    for (const [text, message] of cases) {
      const result = parseExport(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => `${p.path} ${p.message}`).join('; ')).toMatch(message);
    }
  });

  it('does not let __proto__ keys pollute prototypes', () => {
    const text = '{"format":"cpd-lens-export","version":1,"exportedAt":"2026-01-01","data":{"__proto__":{"polluted":true},"profiles":[]}}';
    parseExport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps existing records that the file does not mention', async () => {
    const store = await openCpdStore();
    await store.courses.put({ id: 'mine', course: phonicsCourse(), savedAt: '2026-11-02T09:00:00Z' });
    const parsed = parseExport(JSON.stringify({ format: 'cpd-lens-export', version: 1, exportedAt: '2026-11-23T10:00:00Z', data: { courses: [{ id: 'theirs', course: { title: 'Other' }, savedAt: '2026-11-03' }] } }));
    if (!parsed.ok) throw new Error('expected a valid file');
    await importData(store, parsed.value);
    expect((await store.courses.all()).map((c) => c.id).sort()).toEqual(['mine', 'theirs']);
    store.close();
  });
});

describe('the store under pressure', () => {
  it('opens a database from a newer version read-only instead of failing or deleting it', async () => {
    const newer = await openDB('cpd-lens', DB_VERSION + 5, {
      upgrade(db) {
        db.createObjectStore('courses', { keyPath: 'id' });
      },
    });
    await newer.put('courses', { id: 'future', course: phonicsCourse(), savedAt: '2030-01-01', extra: 'new field' });
    newer.close();
    const store = await openCpdStore();
    expect(store.readOnly).toBe(true);
    expect((await store.courses.all()).map((c) => c.id)).toEqual(['future']);
    await expect(store.courses.put({ id: 'x', course: phonicsCourse(), savedAt: '2030-01-02' })).rejects.toMatchObject({ code: 'read-only' });
    expect((await exportData(store)).data.courses).toHaveLength(1);
    store.close();
  });

  it('tells the user when the device is full, and keeps what was there', async () => {
    const store = await openCpdStore();
    await store.courses.put({ id: 'kept', course: phonicsCourse(), savedAt: '2026-11-02T09:00:00Z' });
    const proto = globalThis.IDBObjectStore.prototype;
    const realPut = proto.put;
    proto.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await store.courses.put({ id: 'new', course: phonicsCourse(), savedAt: '2026-11-03T09:00:00Z' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/storage is full/) });
    } finally {
      proto.put = realPut;
    }
    expect((await store.courses.all()).map((c) => c.id)).toEqual(['kept']);
    store.close();
  });
});
