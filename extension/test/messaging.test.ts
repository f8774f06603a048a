import { applyCorrections, defaultPolicy, scoreCourse, type Course } from '@cpd-lens/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type ContentServices } from '../background/handle-content.ts';
import { readContentMessage, readLabelMessage } from '../messaging/receive.ts';
import { answerPageState } from '../badge/page-state.ts';

const course: Course = { title: 'Metacognition in the primary classroom', url: 'https://provider.example/metacognition' };
const ORIGIN = 'chrome-extension://cpd-lens-test/';
const fromTab = { id: 'cpd-lens-test', url: 'https://provider.example/metacognition', tab: { id: 7 }, frameId: 0 };
const fromLabel = { id: 'cpd-lens-test', url: `${ORIGIN}label.html#0123456789abcdef0123456789abcdef`, tab: { id: 7 }, frameId: 4 };
const TOKEN = '0123456789abcdef0123456789abcdef';
const target = { tabId: 7, frameId: 0, index: 0 };

function services(): ContentServices & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    runtimeId: 'cpd-lens-test',
    extensionOrigin: ORIGIN,
    injectBadge: vi.fn(async () => void calls.push('inject')),
    readPage: vi.fn(async () => [course, { title: 'Second' }].map((c) => ({ title: c.title, item: { total: 50, band: 'Partial fit', tone: 'fair' as const, coverage: 0.5, marks: [], status: 'open' as const } }))),
    openLabel: vi.fn(async () => TOKEN),
    resolve: vi.fn(async (token: string, tabId: number) => (token === TOKEN && tabId === 7 ? target : undefined)),
    labelData: vi.fn(async () => ({ course, result: scoreCourse(course, defaultPolicy), marks: [], status: 'open' as const, hasTargets: false })),
    save: vi.fn(async () => ['saved' as const]),
    correct: vi.fn(async (_t, corrections) => {
      const corrected = applyCorrections(course, corrections);
      return { course: corrected, result: scoreCourse(corrected, defaultPolicy), marks: [], status: 'open' as const, hasTargets: false };
    }),
    startRequest: vi.fn(async () => 'no-form' as const),
    closeLabel: vi.fn(async () => void calls.push('close')),
    claimHandoff: vi.fn(async () => undefined),
  };
}

describe('messages from content scripts', () => {
  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['no type', { courses: [course] }],
    ['a non-object', 'read-page'],
    ['null', null],
    ['a page over the size bound', { type: 'read-page', html: 'x'.repeat(6_000_001), url: fromTab.url, asked: false }],
    ['a page without its address', { type: 'read-page', html: '<p>x</p>', asked: false }],
    ['courses read by the page (the extension reads them itself)', { type: 'score-page', courses: [course] }],
    ['a wrong page kind', { type: 'page-detected', kind: 'shop' }],
    ['a negative course index', { type: 'open-label', index: -1 }],
    ['a __proto__ type', JSON.parse('{"type":"__proto__"}')],
    ['a label message sent by the page', { type: 'label-action', token: TOKEN, action: 'request' }],
  ])('ignores %s', async (_, raw) => {
    expect(readContentMessage(raw)).toBeNull();
    const s = services();
    expect(await handleContentMessage(raw, fromTab, s)).toBeUndefined();
    expect(s.calls).toEqual([]);
  });

  it.each([
    ['another extension', { ...fromTab, id: 'someone-else' }],
    ['a sender with no tab (not a content script)', { id: 'cpd-lens-test', url: 'https://provider.example/' }],
    ['an extension page posing as a tab', { ...fromTab, url: `${ORIGIN}popup.html` }],
  ])('ignores a valid message from %s', async (_, sender) => {
    const s = services();
    expect(await handleContentMessage({ type: 'page-detected', kind: 'course' }, sender, s)).toBeUndefined();
    expect(s.injectBadge).not.toHaveBeenCalled();
  });

  it('loads the badge into the tab and frame that found a course', async () => {
    const s = services();
    expect(await handleContentMessage({ type: 'page-detected', kind: 'course' }, { ...fromTab, frameId: 3 }, s)).toEqual({ ok: true });
    expect(s.injectBadge).toHaveBeenCalledWith(7, 3);
  });

  it('reads the page it is sent under the sending frame, and answers one entry per course', async () => {
    const s = services();
    const reply = await handleContentMessage({ type: 'read-page', html: '<h1>x</h1>', url: `${fromTab.url}?page=2`, asked: false }, { ...fromTab, frameId: 2 }, s);
    expect(reply).toMatchObject({ ok: true });
    expect((reply as unknown as { courses: unknown[] }).courses).toHaveLength(2);
    expect(s.readPage).toHaveBeenCalledWith(7, 2, `${fromTab.url}?page=2`, '<h1>x</h1>', 'provider');
  });

  it('tells the badge the language chosen in setup, and nothing when it cannot be read', async () => {
    const s = { ...services(), locale: async () => 'cy' as const };
    expect(await handleContentMessage({ type: 'read-page', html: '<h1>x</h1>', url: fromTab.url, asked: false }, fromTab, s)).toMatchObject({ ok: true, locale: 'cy' });
    const broken = { ...services(), locale: async (): Promise<'cy'> => Promise.reject(new Error('storage')) };
    expect(await handleContentMessage({ type: 'read-page', html: '<h1>x</h1>', url: fromTab.url, asked: false }, fromTab, broken)).not.toHaveProperty('locale');
  });

  it('reads as asked only when "Score this page" loaded the badge, and never takes another origin as the page address', async () => {
    const s = services();
    await handleContentMessage({ type: 'read-page', html: '', url: 'https://evil.example/', asked: true }, fromTab, s);
    expect(s.readPage).toHaveBeenCalledWith(7, 0, fromTab.url, '', 'asked');
  });

  it('asks for a hand-off with the sending tab, frame and origin (never one the message names), and answers it as JSON once', async () => {
    const s = services();
    const handoff = { v: 1 as const, course, targets: [], objectiveIds: [] };
    vi.mocked(s.claimHandoff).mockResolvedValueOnce(handoff);
    const reply = await handleContentMessage({ type: 'handoff-claim', token: TOKEN, origin: 'https://evil.example' }, { ...fromTab, url: 'https://intranet.example/cpd/form?x#y', frameId: 0 }, s);
    expect(s.claimHandoff).toHaveBeenCalledWith({ tabId: 7, frameId: 0, origin: 'https://intranet.example', token: TOKEN });
    expect(reply).toEqual({ ok: true, handoff: JSON.stringify(handoff) });
    expect(await handleContentMessage({ type: 'handoff-claim' }, fromTab, s)).toEqual({ ok: true, handoff: '' });
    expect(s.claimHandoff).toHaveBeenLastCalledWith({ tabId: 7, frameId: 0, origin: 'https://provider.example' });
    expect(readContentMessage({ type: 'handoff-claim', token: 'not-a-token' })).toBeNull();
  });

  it('hands out a label token for a course of the sending frame', async () => {
    expect(await handleContentMessage({ type: 'open-label', index: 0 }, fromTab, services())).toEqual({ ok: true, token: TOKEN });
  });

  it('answers with a plain failure when a service throws, never an exception', async () => {
    const s = services();
    s.readPage = vi.fn(async () => {
      throw new Error('disk full');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleContentMessage({ type: 'read-page', html: '', url: fromTab.url, asked: false }, fromTab, s)).toMatchObject({ ok: false });
  });
});

describe('messages from the label frame', () => {
  it('reads the course its token names, only from the tab it was issued for', async () => {
    const s = services();
    expect(await handleContentMessage({ type: 'label-data', token: TOKEN }, fromLabel, s)).toMatchObject({ ok: true, data: { course } });
    expect(await handleContentMessage({ type: 'label-data', token: TOKEN }, { ...fromLabel, tab: { id: 8 } }, s)).toEqual({ ok: false });
    expect(await handleContentMessage({ type: 'label-data', token: 'f'.repeat(32) }, fromLabel, s)).toEqual({ ok: false });
  });

  it('ignores label messages from the page, the popup or a malformed token', async () => {
    const s = services();
    expect(await handleContentMessage({ type: 'label-data', token: TOKEN }, fromTab, s)).toBeUndefined();
    expect(await handleContentMessage({ type: 'label-data', token: TOKEN }, { id: 'cpd-lens-test', url: `${ORIGIN}popup.html` }, s)).toBeUndefined();
    expect(readLabelMessage({ type: 'label-data', token: '<script>' })).toBeNull();
  });

  it('passes checked corrections to the background and refuses malformed ones without acting', async () => {
    const s = services();
    const corrections = { price: { amount: 1250, basis: 'per-school', covers: 40, by: 'staff', at: '2026-12-07T00:40:00Z' } };
    const reply = await handleContentMessage({ type: 'label-correct', token: TOKEN, corrections }, fromLabel, s);
    expect(reply).toMatchObject({ ok: true, data: { course: { price: { amount: 1250, basis: 'per-school', covers: 40 }, corrections } } });
    expect(s.correct).toHaveBeenCalledWith(target, corrections, TOKEN);
    for (const bad of [{ price: { amount: -1, basis: 'per-school', by: 'staff', at: '2026-12-07T00:40:00Z' } }, { vat: { value: 'included', by: 'page', at: '2026-12-07T00:40:00Z' } }, 'price=0']) {
      expect(await handleContentMessage({ type: 'label-correct', token: TOKEN, corrections: bad }, fromLabel, s)).toBeUndefined();
    }
    expect(s.correct).toHaveBeenCalledTimes(1);
    expect(await handleContentMessage({ type: 'label-correct', token: TOKEN, corrections }, fromTab, s)).toBeUndefined();
  });

  it('never takes the request form address from anyone: a missing form is reported', async () => {
    const s = services();
    const reply = await handleContentMessage({ type: 'label-action', token: TOKEN, action: 'request', formUrl: 'https://evil.example/' }, fromLabel, s);
    expect(reply).toEqual({ ok: false, error: 'no-form' });
    expect(s.startRequest).toHaveBeenCalledWith(target, expect.any(String));
  });

  it('saves and closes through the badge of the frame the token belongs to', async () => {
    const s = services();
    expect(await handleContentMessage({ type: 'label-action', token: TOKEN, action: 'save' }, fromLabel, s)).toEqual({ ok: true, marks: ['saved'] });
    expect(await handleContentMessage({ type: 'label-close', token: TOKEN }, fromLabel, s)).toEqual({ ok: true });
    expect(s.closeLabel).toHaveBeenCalledWith(target);
  });
});

describe('the page-state question a content script answers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers only this extension’s own pages', () => {
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(answerPageState({ type: 'get-page-state' }, own)).toEqual({ kind: null, reading: true, courses: [] });
    expect(answerPageState({ type: 'get-page-state' }, { id: fakeBrowser.runtime.id, url: 'https://provider.example/', tab: { id: 1 } })).toBeUndefined();
    expect(answerPageState({ type: 'get-page-state' }, { id: 'other', url: 'chrome-extension://other/popup.html' })).toBeUndefined();
    expect(answerPageState({ type: 'nope' }, own)).toBeUndefined();
  });

  it('opens a label only for this extension’s own pages, and only for a course it has', () => {
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    // nothing scored on this page: a clear "no", never a throw
    expect(answerPageState({ type: 'open-label-here', index: 0 }, own)).toEqual({ ok: false });
    expect(answerPageState({ type: 'open-label-here', index: 0 }, { id: fakeBrowser.runtime.id, url: 'https://provider.example/', tab: { id: 1 } })).toBeUndefined();
    for (const index of [-1, 1.5, 100, '0', null]) expect(answerPageState({ type: 'open-label-here', index }, own)).toBeUndefined();
  });
});
