import { defaultPolicy, scoreCourse, type Course } from '@cpd-lens/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage, type ContentServices } from '../background/handle-content.ts';
import { readContentMessage } from '../messaging/receive.ts';
import { answerPageState } from '../badge/page-state.ts';

const course: Course = { title: 'Metacognition in the primary classroom', url: 'https://provider.example/metacognition' };
const ORIGIN = 'chrome-extension://cpd-lens-test/';
const fromTab = { id: 'cpd-lens-test', url: 'https://provider.example/metacognition', tab: { id: 7 }, frameId: 0 };

function services(): ContentServices & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    runtimeId: 'cpd-lens-test',
    extensionOrigin: ORIGIN,
    injectBadge: vi.fn(async () => void calls.push('inject')),
    score: vi.fn(async (courses: Course[]) => courses.map((c) => scoreCourse(c, defaultPolicy))),
    save: vi.fn(async () => 'course-1'),
    startRequest: vi.fn(async () => 'no-form' as const),
  };
}

describe('messages from content scripts', () => {
  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['no type', { courses: [course] }],
    ['a non-object', 'score-courses'],
    ['null', null],
    ['a course without a title', { type: 'save-course', course: { url: 'https://x.example' } }],
    ['a javascript: course URL', { type: 'save-course', course: { title: 'x', url: 'javascript:alert(1)' } }],
    ['too many courses', { type: 'score-courses', courses: Array.from({ length: 101 }, () => course) }],
    ['no courses', { type: 'score-courses', courses: [] }],
    ['a wrong page kind', { type: 'page-detected', kind: 'shop' }],
    ['a __proto__ type', JSON.parse('{"type":"__proto__"}')],
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

  it('scores the courses it is sent, one result per course', async () => {
    const reply = await handleContentMessage({ type: 'score-courses', courses: [course, { title: 'Second' }] }, fromTab, services());
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { results: unknown[] }).results).toHaveLength(2);
  });

  it('never takes the request form address from the page', async () => {
    const s = services();
    const reply = await handleContentMessage({ type: 'start-request', course, formUrl: 'https://evil.example/' }, fromTab, s);
    expect(reply).toEqual({ ok: false, error: 'no-form' });
    expect(s.startRequest).toHaveBeenCalledWith(course, undefined);
  });

  it('answers with a plain failure when a service throws, never an exception', async () => {
    const s = services();
    s.save = vi.fn(async () => {
      throw new Error('disk full');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleContentMessage({ type: 'save-course', course }, fromTab, s)).toMatchObject({ ok: false });
  });
});

describe('the page-state question a content script answers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers only this extension’s own pages', () => {
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(answerPageState({ type: 'get-page-state' }, own)).toEqual({ kind: null, courses: [] });
    expect(answerPageState({ type: 'get-page-state' }, { id: fakeBrowser.runtime.id, url: 'https://provider.example/', tab: { id: 1 } })).toBeUndefined();
    expect(answerPageState({ type: 'get-page-state' }, { id: 'other', url: 'chrome-extension://other/popup.html' })).toBeUndefined();
    expect(answerPageState({ type: 'nope' }, own)).toBeUndefined();
  });
});
