import { describe, expect, it } from 'vitest';
import type { Handoff } from '@cpd-lens/core';
import { withoutTargets } from '../request/handoff.ts';
import { bindTab, claimHandoff, HANDOFF_TTL_MS, keepHandoff, newHandoffToken, type PendingHandoff, type PendingStore } from '../request/pending.ts';

const FORM = 'https://intranet.example';
const handoff: Handoff = { v: 1, course: { title: 'Metacognition in the Primary Classroom' }, targets: [{ id: 't1', text: 'Use metacognitive questioning' }], objectiveIds: [], score: { total: 78, band: 'Good fit', coverage: 0.8 } };

/** `storage.session` as a map. */
function memoryStore(): PendingStore & { size(): number } {
  const map = new Map<string, PendingHandoff>();
  return {
    get: async (token) => map.get(token),
    set: async (token, value) => void map.set(token, value),
    remove: async (token) => void map.delete(token),
    all: async () => Object.fromEntries(map),
    size: () => map.size,
  };
}

async function opened(store: PendingStore, tabId = 5, now = 1_000): Promise<string> {
  const token = await keepHandoff(store, handoff, FORM, now);
  await bindTab(store, token, tabId);
  return token;
}

describe('the pending hand-off store (issue 20)', () => {

  it('makes 128-bit tokens that never repeat', () => {
    const tokens = new Set(Array.from({ length: 500 }, newHandoffToken));
    expect(tokens.size).toBe(500);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{32}$/);
  });

  it('hands a hand-off out once, to its tab, top frame and origin', async () => {
    const store = memoryStore();
    const token = await opened(store);
    expect(await claimHandoff(store, { token, tabId: 5, frameId: 0, origin: FORM }, 2_000)).toEqual(handoff);
    expect(await claimHandoff(store, { token, tabId: 5, frameId: 0, origin: FORM }, 2_000)).toBeUndefined();
    expect(await claimHandoff(store, { tabId: 5, frameId: 0, origin: FORM }, 2_000)).toBeUndefined();
    expect(store.size()).toBe(0);
  });

  it('gives nothing to another tab, another origin or a sub-frame, and keeps it for its own tab', async () => {
    const store = memoryStore();
    const token = await opened(store);
    expect(await claimHandoff(store, { token, tabId: 6, frameId: 0, origin: FORM }, 2_000)).toBeUndefined();
    expect(await claimHandoff(store, { token, tabId: 5, frameId: 0, origin: 'https://evil.example' }, 2_000)).toBeUndefined();
    expect(await claimHandoff(store, { token, tabId: 5, frameId: 2, origin: FORM }, 2_000)).toBeUndefined();
    expect(await claimHandoff(store, { tabId: 6, frameId: 0, origin: FORM }, 2_000)).toBeUndefined();
    expect(await claimHandoff(store, { token, tabId: 5, frameId: 0, origin: FORM }, 2_000)).toEqual(handoff);
  });

  it('answers its own tab without a token (a sign-in redirect dropped the address), once', async () => {
    const store = memoryStore();
    await opened(store, 5);
    await opened(store, 9);
    expect(await claimHandoff(store, { tabId: 5, frameId: 0, origin: FORM }, 2_000)).toEqual(handoff);
    expect(await claimHandoff(store, { tabId: 5, frameId: 0, origin: FORM }, 2_000)).toBeUndefined();
    expect(store.size()).toBe(1); // tab 9's is still there
  });

  it('forgets a hand-off nobody claimed in time', async () => {
    const store = memoryStore();
    const token = await opened(store, 5, 1_000);
    expect(await claimHandoff(store, { token, tabId: 5, frameId: 0, origin: FORM }, 1_000 + HANDOFF_TTL_MS)).toBeUndefined();
    expect(store.size()).toBe(0);
    // and an expired one is dropped whenever a new one is kept
    await opened(store, 5, 1_000);
    await keepHandoff(store, handoff, FORM, 1_000 + HANDOFF_TTL_MS + 1);
    expect(store.size()).toBe(1);
  });

  it('before the tab is known, the first tab presenting the token takes it; once bound, only that tab', async () => {
    const store = memoryStore();
    const token = await keepHandoff(store, handoff, FORM, 1_000);
    const both = await Promise.all([
      claimHandoff(store, { token, tabId: 5, frameId: 0, origin: FORM }, 2_000),
      claimHandoff(store, { token, tabId: 5, frameId: 0, origin: FORM }, 2_000),
    ]);
    expect(both.filter(Boolean)).toHaveLength(1); // two claims at once: one gets it
    const later = await opened(store, 5);
    await bindTab(store, later, 8); // bound once: a second binding does not move it
    expect(await claimHandoff(store, { token: later, tabId: 8, frameId: 0, origin: FORM }, 2_000)).toBeUndefined();
  });
});

describe('a hand-off for an address (issue 20)', () => {
  it('carries the course and costs only: no PD target, no score, no objective it serves only through a target', () => {
    const full: Handoff = { ...handoff, targets: [{ id: 't1', text: 'Use metacognitive questioning', sdpObjectiveId: 'sdp-2' }], objectiveIds: ['sdp-1', 'sdp-2'], cost: { hours: 3 } as Handoff['cost'] };
    const link = withoutTargets(full);
    expect(link).toEqual({ v: 1, course: full.course, targets: [], objectiveIds: ['sdp-1'], cost: full.cost, targetsLeftOut: true });
    expect(JSON.stringify(link)).not.toMatch(/metacognitive questioning|Good fit|"score"/);
  });
});
