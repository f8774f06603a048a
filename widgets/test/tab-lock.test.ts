import { describe, expect, it } from 'vitest';
import { newId } from '../src/internal/new-id.ts';
import { withTabLock } from '../src/internal/tab-lock.ts';

/** A Storage shared by several "tabs", as localStorage is across tabs of one origin. */
function sharedStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

/**
 * The same storage as each tab sees it: its own writes at once, everyone's after `lag` ms in the order
 * they reached the browser (one store behind all tabs, as in a browser), so five tabs can all read
 * "free" at once, yet all end up seeing the same last claim.
 */
function laggingViews(count: number, lag: number): Storage[] {
  const central = new Map<string, string>();
  const views = Array.from({ length: count }, () => new Map<string, string>());
  return views.map((mine) => {
    const write = (apply: (m: Map<string, string>) => void) => {
      apply(mine);
      setTimeout(() => {
        apply(central);
        for (const view of views) {
          view.clear();
          for (const [k, v] of central) view.set(k, v);
        }
      }, lag);
    };
    return { ...sharedStorage(), getItem: (k: string) => mine.get(k) ?? null, setItem: (k: string, v: string) => write((m) => m.set(k, v)), removeItem: (k: string) => write((m) => m.delete(k)) } as Storage;
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('plain-HTTP intranets: one tab sends without Web Locks (issue 20)', () => {
  it('of five tabs flushing at once, exactly one works; the others step back', async () => {
    const storage = sharedStorage();
    let inside = 0;
    let most = 0;
    let ran = 0;
    const work = async (exclusive: boolean) => {
      expect(exclusive).toBe(true);
      inside++;
      ran++;
      most = Math.max(most, inside);
      await sleep(30);
      inside--;
      return 'sent';
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => withTabLock('outbox', work, { locks: undefined, storage, sleep: (ms) => sleep(Math.min(ms, 20)) })));
    expect(most).toBe(1);
    expect(ran).toBe(1);
    expect(results.filter((r) => r === 'sent')).toHaveLength(1);
    // released: the next flush gets it
    expect(await withTabLock('outbox', work, { locks: undefined, storage, sleep: () => Promise.resolve() })).toBe('sent');
  });

  it('tabs that all saw the lease free at once still leave one sender, once the claims have landed', async () => {
    let ran = 0;
    const work = async () => {
      ran++;
      await sleep(30);
      return 'sent';
    };
    const views = laggingViews(5, 10);
    const results = await Promise.all(views.map((storage) => withTabLock('outbox', work, { locks: undefined, storage, sleep: () => sleep(25) })));
    expect(ran).toBe(1);
    expect(results.filter((r) => r === 'sent')).toHaveLength(1);
  });

  it('a lease left by a closed tab expires and is taken over', async () => {
    const storage = sharedStorage();
    storage.setItem('cpd-lens:lock:outbox', JSON.stringify({ owner: 'gone', until: 1000 }));
    expect(await withTabLock('outbox', async () => 'sent', { locks: undefined, storage, now: () => 999, sleep: () => Promise.resolve() })).toBeNull();
    expect(await withTabLock('outbox', async () => 'sent', { locks: undefined, storage, now: () => 1001, sleep: () => Promise.resolve() })).toBe('sent');
  });

  it('without storage at all it works unlocked, as before', async () => {
    expect(await withTabLock('outbox', async (exclusive) => exclusive, { locks: undefined, storage: undefined })).toBe(false);
  });

  it('makes UUID-shaped ids without crypto.randomUUID (not a secure context)', () => {
    const saved = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, newId));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: saved, configurable: true });
    }
  });
});
