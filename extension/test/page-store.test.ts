import { defaultPolicy, scoreCourse, type Course } from '@cpd-lens/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changesBetween, issueToken, keepPage, resolveToken, shownOf } from '../background/page-store.ts';

const a: Course = { title: 'Metacognition in the primary classroom', url: 'https://provider.example/a' };
const b: Course = { title: 'Adaptive teaching', url: 'https://provider.example/b' };
const scored = (courses: Course[]) => ({ url: 'https://provider.example/', courses, results: courses.map((c) => scoreCourse(c, defaultPolicy)) });

describe('label tokens across a page read again', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps an open label working when the page is read again with the same course in its place', async () => {
    await keepPage(1, 0, scored([a, b]));
    const token = (await issueToken(1, 0, 1))!;
    // a single-page site is read again after a navigation while the label is open
    await keepPage(1, 0, scored([a, b]));
    expect(await resolveToken(token, 1)).toMatchObject({ tabId: 1, frameId: 0, index: 1 });
  });

  it('drops the token when the course at that place changed or went, and never answers another tab', async () => {
    await keepPage(1, 0, scored([a, b]));
    const moved = (await issueToken(1, 0, 1))!;
    const gone = (await issueToken(1, 0, 0))!;
    expect(await resolveToken(gone, 2)).toBeUndefined();
    await keepPage(1, 0, scored([b]));
    expect(await resolveToken(moved, 1)).toBeUndefined();
    expect(await resolveToken(gone, 1)).toBeUndefined();
  });
});

describe('what the label showed, against the page now (issue 20)', () => {
  const shown: Course = { ...a, price: { amount: 195, currency: 'GBP', vat: 'excluded', basis: 'per-participant' }, sessions: [{ start: '2027-10-05T15:45:00+01:00' }] };
  it('finds nothing changed for the same course', () => {
    expect(changesBetween(shownOf(shown), { ...shown })).toEqual([]);
  });
  it('names the price, the dates and the title when the page changed them', () => {
    const now: Course = { ...shown, title: 'Exam Board Update Webinar', price: { ...shown.price!, amount: 995 }, sessions: [{ start: '2027-11-01T10:00:00Z' }] };
    expect(changesBetween(shownOf(shown), now)).toEqual(['title', 'price', 'dates']);
    expect(changesBetween(shownOf(shown), { ...shown, price: { ...shown.price!, amount: 995 } })).toEqual(['price']);
  });
  it('the label’s token remembers what it showed', async () => {
    fakeBrowser.reset();
    await keepPage(1, 0, scored([shown]));
    const token = (await issueToken(1, 0, 0))!;
    expect((await resolveToken(token, 1))?.seen).toEqual(shownOf(shown));
  });
});
