import { describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { expiredIds, openResilientStore, RETENTION, unsentSummary, type KeyValueArea, type OutboxItem } from '../../src/store/index.ts';
import { newOutboxItem } from '../../src/request/outbox.ts';
import { sampleRequest } from './request.ts';

/** P-08 retention, R-Q-07 old undelivered items surfaced, R-DB-08 persistent storage, R-DB-09 cleared site data. */

const DAY = 86_400_000;
const NOW = Date.parse('2027-03-01T12:00:00Z');
const name = () => `retention-${Math.random()}`;
const item = (id: string, createdAt: number, extra: Partial<OutboxItem> = {}): OutboxItem => ({ ...newOutboxItem({ ...sampleRequest(), id }, 'https://school.example/cpd', createdAt), ...extra });
const draft = (id: string, updatedAt: number) => ({ id, updatedAt: new Date(updatedAt).toISOString(), values: { courseTitle: id } });

function area(): KeyValueArea & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('retention rules (P-08, R-Q-07)', () => {
  const sent = (id: string, daysAgo: number) => item(id, NOW - (daysAgo + 1) * DAY, { status: 'sent', sentAt: new Date(NOW - daysAgo * DAY).toISOString() });

  it('purge delivered copies and drafts after their period, never a waiting or refused document', () => {
    const items = [sent('sent-old', 31), sent('sent-new', 29), item('waiting-400-days', NOW - 400 * DAY), item('failed-old', NOW - 400 * DAY, { status: 'failed' }), item('sending-old', NOW - 90 * DAY, { status: 'sending' })];
    const drafts = [draft('draft-old', NOW - 31 * DAY), draft('draft-new', NOW - 2 * DAY)];
    expect(expiredIds(items, drafts, NOW)).toEqual({ outbox: ['sent-old'], drafts: ['draft-old'] });
  });

  it('point out documents waiting longer than the notice period: how many and since when', () => {
    const items = [item('a', NOW - 3 * DAY), item('b', NOW - 10 * DAY, { status: 'sending' }), item('fresh', NOW - 60_000), item('c', NOW - 20 * DAY, { status: 'sent', sentAt: new Date(NOW).toISOString() })];
    expect(unsentSummary(items, NOW)).toEqual({ count: 2, since: new Date(NOW - 10 * DAY).toISOString() });
    expect(unsentSummary([item('fresh', NOW - 60_000)], NOW)).toBeUndefined();
    expect(RETENTION).toEqual({ sentDays: 30, draftDays: 30, unsentNoticeHours: 24 });
  });

  it('are applied when the store opens: expired records go, an old undelivered request stays and is surfaced', async () => {
    const db = name();
    const first = await openResilientStore(db, { areas: [{ name: 'local', get: area }], persist: async () => true, now: () => NOW - 40 * DAY });
    await first.outbox.put(sent('delivered', 35));
    await first.outbox.put(item('stuck', NOW - 40 * DAY));
    await first.drafts.put(draft('draft:old', NOW - 40 * DAY));
    await first.drafts.put(draft('draft:today', NOW - DAY));
    first.store!.close();
    const later = await openResilientStore(db, { areas: [{ name: 'local', get: area }], now: () => NOW });
    expect((await later.outbox.all()).map((i) => i.id)).toEqual(['stuck']);
    expect((await later.drafts.all()).map((d) => d.id)).toEqual(['draft:today']);
    expect(later.unsent).toEqual({ count: 1, since: new Date(NOW - 40 * DAY).toISOString() });
    later.store!.close();
  });
});

describe('persistent storage (R-DB-08)', () => {
  it('is requested once, when the first document is queued (not at opening, not for a draft), and the answer is kept', async () => {
    const persist = vi.fn(async () => false);
    const r = await openResilientStore(name(), { areas: [{ name: 'local', get: area }], persist });
    expect(r.persisted()).toBeUndefined();
    await r.drafts.put(draft('draft:a', Date.now()));
    expect(persist).not.toHaveBeenCalled();
    await r.outbox.put(item('one', Date.now()));
    await r.outbox.put(item('two', Date.now()));
    expect(persist).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(r.persisted()).toBe(false));
    r.store!.close();
  });

  it('a browser that throws when asked does not stop the request being queued', async () => {
    const r = await openResilientStore(name(), { areas: [{ name: 'local', get: area }], persist: () => Promise.reject(new Error('no')) });
    await r.outbox.put(item('one', Date.now()));
    expect(await r.outbox.get('one')).toBeDefined();
    await vi.waitFor(() => expect(r.persisted()).toBe(false));
    r.store!.close();
  });

  it('queuing does not wait for the answer (Firefox answers only when the user does)', async () => {
    const r = await openResilientStore(name(), { areas: [{ name: 'local', get: area }], persist: () => new Promise<boolean>(() => undefined) });
    await r.outbox.put(item('one', Date.now()));
    expect(await r.outbox.get('one')).toBeDefined();
    expect(r.persisted()).toBeUndefined();
    r.store!.close();
  });
});

describe('cleared site data (R-DB-09)', () => {
  /** Opens the store on `db` with one localStorage that outlives the database (as clearing only IndexedDB leaves it). */
  const device = () => {
    const local = area();
    const open = (db: string, troubles: string[] = []) =>
      openResilientStore(db, { areas: [{ name: 'local', get: () => local }], persist: async () => true, onTrouble: (t) => troubles.push(t) });
    return { local, open };
  };

  it('a database cleared while a request waited is reported; nothing is re-sent; the report is made once', async () => {
    const db = name();
    const { open } = device();
    const first = await open(db);
    await first.outbox.put(item('waiting', Date.now()));
    first.store!.close();
    await deleteDB(db); // "Clear site data" for IndexedDB only (or storage eviction of the database)
    const troubles: string[] = [];
    const after = await open(db, troubles);
    expect(troubles).toEqual(['cleared']);
    expect(await after.outbox.all()).toEqual([]);
    after.store!.close();
    const again: string[] = [];
    (await open(db, again)).store!.close();
    expect(again).toEqual([]);
  });

  it('a delivered request leaves no marker: clearing afterwards reports nothing', async () => {
    const db = name();
    const { local, open } = device();
    const first = await open(db);
    await first.outbox.put(item('x', Date.now()));
    await first.outbox.put(item('x', Date.now(), { status: 'sent', sentAt: new Date().toISOString() }));
    expect([...local.data.keys()]).toEqual([]);
    first.store!.close();
    await deleteDB(db);
    const troubles: string[] = [];
    (await open(db, troubles)).store!.close();
    expect(troubles).toEqual([]);
  });
});
