/**
 * E-MSG-01 and E-MSG-02: every message the background listens to, fuzzed with fast-check (unknown
 * types, missing and extra fields, wrong types, 1 MB strings, 10,000-deep nesting, `__proto__` keys),
 * and every privileged type sent from the wrong context. The background answers a malformed or
 * misplaced message with nothing (the listener's `undefined`, which the sender sees as no reply), a
 * failing service with `{ ok: false }`, and never throws or acts.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type ContentServices } from '../background/handle-content.ts';
import { answerPageState } from '../badge/page-state.ts';
import { ContentMessages, LabelMessages } from '../messaging/protocol.ts';
import { readContentMessage, readLabelMessage } from '../messaging/receive.ts';

const ORIGIN = 'chrome-extension://cpd-lens-test/';
const TOKEN = '0123456789abcdef0123456789abcdef';
const fromTab = { id: 'cpd-lens-test', url: 'https://provider.example/course', tab: { id: 7 }, frameId: 0 };
const fromLabel = { id: 'cpd-lens-test', url: `${ORIGIN}label.html#${TOKEN}`, tab: { id: 7 }, frameId: 4 };
const fromPopup = { id: 'cpd-lens-test', url: `${ORIGIN}popup.html` };
const fromOtherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html', tab: { id: 7 } };
const fromSidePanelInTab = { id: 'cpd-lens-test', url: `${ORIGIN}sidepanel.html`, tab: { id: 7 } };

/** Services that record every call: "no state change" means no call at all. */
function recording(fail = false): ContentServices & { calls: string[] } {
  const calls: string[] = [];
  const act = (name: string, value: unknown) =>
    vi.fn(async () => {
      calls.push(name);
      if (fail) throw new Error('store broken');
      return value;
    });
  return {
    calls,
    runtimeId: 'cpd-lens-test',
    extensionOrigin: ORIGIN,
    injectBadge: act('injectBadge', undefined),
    readPage: act('readPage', []),
    openLabel: act('openLabel', TOKEN),
    resolve: vi.fn(async (token: string, tabId: number) => (token === TOKEN && tabId === 7 ? { tabId: 7, frameId: 0, index: 0 } : undefined)),
    labelData: act('labelData', null),
    save: act('save', ['saved']),
    correct: act('correct', null),
    startRequest: act('startRequest', 'no-form'),
    closeLabel: act('closeLabel', undefined),
    claimHandoff: act('claimHandoff', undefined),
  } as ContentServices & { calls: string[] };
}

const TYPES = [...Object.keys(ContentMessages), ...Object.keys(LabelMessages)];
const senders = fc.constantFrom(fromTab, fromLabel, fromPopup, fromOtherExtension, fromSidePanelInTab, {}, { id: 'cpd-lens-test' });
/** Messages shaped like ours but wrong in every way fast-check can think of. */
const messages = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom(...TYPES, '__proto__', 'constructor', 'toString', 'hasOwnProperty'), fc.string()),
      token: fc.oneof(fc.constant(TOKEN), fc.string(), fc.integer()),
      kind: fc.oneof(fc.constantFrom('course', 'catalogue'), fc.anything()),
      html: fc.oneof(fc.string(), fc.anything()),
      url: fc.oneof(fc.webUrl(), fc.anything()),
      asked: fc.anything(),
      index: fc.oneof(fc.integer(), fc.double(), fc.string()),
      action: fc.oneof(fc.constantFrom('save', 'request', 'delete'), fc.anything()),
      formUrl: fc.constantFrom('https://evil.example/', 'javascript:alert(1)'),
    },
    { requiredKeys: [] },
  ),
);

function isValid(raw: unknown): boolean {
  return readContentMessage(raw) !== null || readLabelMessage(raw) !== null;
}

describe('every background message handler, fuzzed (E-MSG-01)', () => {
  it('never throws, answers nothing to a malformed message and acts only on a valid one from its own context', async () => {
    await fc.assert(
      fc.asyncProperty(messages, senders, async (raw, sender) => {
        const s = recording();
        const reply = await handleContentMessage(raw, sender, s);
        if (sender !== fromTab && sender !== fromLabel) expect(s.calls).toEqual([]);
        if (!isValid(raw)) {
          expect(reply).toBeUndefined();
          expect(s.calls).toEqual([]);
        } else if (reply !== undefined) {
          expect(typeof (reply as { ok?: unknown }).ok).toBe('boolean');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers { ok: false } when the work behind a valid message fails, never an exception', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const valid = fc.oneof(
      fc.constant({ type: 'page-detected', kind: 'course' }),
      fc.record({ type: fc.constant('read-page'), html: fc.string(), url: fc.webUrl(), asked: fc.boolean() }),
      fc.record({ type: fc.constant('open-label'), index: fc.integer({ min: 0, max: 20 }) }),
    );
    await fc.assert(
      fc.asyncProperty(valid, async (raw) => {
        expect(await handleContentMessage(raw, fromTab, recording(true))).toEqual({ ok: false });
      }),
      { numRuns: 200 },
    );
    for (const action of ['save', 'request'] as const) {
      expect(await handleContentMessage({ type: 'label-action', token: TOKEN, action }, fromLabel, recording(true))).toEqual({ ok: false });
    }
  });

  it('refuses a 1 MB string field, 10,000-deep nesting and __proto__ keys in bounded time, with no effect', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { type: 'read-page', html: deep };
    const hostile = [
      deep,
      { type: 'open-label', index: 0, extra: 'y'.repeat(1_000_000) },
      { type: 'label-data', token: 'a'.repeat(1_000_000) },
      { type: 'page-detected', kind: 'k'.repeat(1_000_000) },
      JSON.parse(`{"type":"page-detected","kind":"course","__proto__":{"polluted":true}}`),
      JSON.parse(`{"__proto__":{"type":"page-detected","kind":"course"}}`),
    ];
    const started = performance.now();
    for (const raw of hostile) {
      for (const sender of [fromTab, fromLabel]) {
        const s = recording();
        const reply = await handleContentMessage(raw, sender, s);
        if (!isValid(raw)) expect(s.calls).toEqual([]);
        expect(reply === undefined || typeof (reply as { ok?: unknown }).ok === 'boolean').toBe(true);
      }
    }
    // a generous bound: catches a parse that walks or copies the input quadratically
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    // a type inherited through __proto__ is not a type
    expect(readContentMessage(JSON.parse(`{"__proto__":{"type":"page-detected","kind":"course"}}`))).toBeNull();
  });

  it('the tab-side page-state question: answers only its own pages, whatever it is sent', () => {
    fakeBrowser.reset();
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    fc.assert(
      fc.property(messages, senders, (raw, sender) => {
        const reply = answerPageState(raw, sender);
        if (reply !== undefined) expect((raw as { type?: unknown }).type).toBe('get-page-state');
      }),
      { numRuns: 1000 },
    );
    expect(answerPageState({ type: 'get-page-state', extra: 'x'.repeat(1_000_000) }, own)).toMatchObject({ courses: [] });
  });
});

describe('privileged messages from the wrong context (E-MSG-02)', () => {
  it('listens to exactly these types: a new one must be reviewed here', () => {
    // profile, policy, settings and data export/import/delete have no message at all: extension pages
    // write the extension's own IndexedDB and storage directly, which no content script can reach
    // label-correct (issue 18): only the label frame of the token's tab, with corrections checked against core's schema
    // handoff-claim (issue 20): only the sending tab's top frame on the form's origin, once, checked in request/pending.ts
    expect(TYPES.sort()).toEqual(['handoff-claim', 'label-action', 'label-close', 'label-correct', 'label-data', 'open-label', 'page-detected', 'read-page']);
  });

  const labelTypes = [
    { type: 'label-data', token: TOKEN },
    { type: 'label-action', token: TOKEN, action: 'save' },
    { type: 'label-action', token: TOKEN, action: 'request' },
    { type: 'label-close', token: TOKEN },
    { type: 'label-correct', token: TOKEN, corrections: { vat: { value: 'exempt', by: 'staff', at: '2026-12-07T00:40:00Z' } } },
  ];
  const contentTypes = [
    { type: 'page-detected', kind: 'course' },
    { type: 'read-page', html: '<h1>x</h1>', url: fromTab.url, asked: true },
    { type: 'open-label', index: 0 },
  ];

  it.each(labelTypes)('ignores the label’s $type ($action) from a content script, the popup, a side panel or another extension', async (message) => {
    for (const sender of [fromTab, { ...fromTab, frameId: 3 }, fromPopup, fromSidePanelInTab, fromOtherExtension]) {
      const s = recording();
      expect(await handleContentMessage(message, sender, s)).toBeUndefined();
      expect(s.calls).toEqual([]);
    }
  });

  it.each(contentTypes)('ignores the content script’s $type from the label, the popup or another extension', async (message) => {
    for (const sender of [fromLabel, fromPopup, fromOtherExtension, { ...fromTab, id: 'someone-else' }]) {
      const s = recording();
      expect(await handleContentMessage(message, sender, s)).toBeUndefined();
      expect(s.calls).toEqual([]);
    }
  });

  it('acts on the same messages from their own context (the test above is not vacuous)', async () => {
    for (const message of contentTypes) {
      const s = recording();
      await handleContentMessage(message, fromTab, s);
      expect(s.calls.length).toBe(1);
    }
    const s = recording();
    await handleContentMessage(labelTypes[1], fromLabel, s);
    expect(s.calls).toEqual(['save']);
  });
});
