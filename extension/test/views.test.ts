import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPolicy, scoreCourse, type CpdRequest, type ImpactEvaluation } from '@cpd-lens/core';
import type { SavedCourse } from '@cpd-lens/core/store';
import { bandName } from '../i18n/common.ts';
import { optionsText } from '../i18n/options.ts';
import { popupText } from '../i18n/popup.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import { siteHistory } from '../popup/history.ts';
import { currentLocale, localeSetting, saveLocaleSetting, saveSettings } from '../settings/settings.ts';
import { glance } from '../sidepanel/summary.ts';

const saved = (title: string, url: string): SavedCourse => ({ id: `id-${title}`, course: { title, url }, savedAt: '2026-11-01T10:00:00.000Z' });

describe('siteHistory: the page remembers you', () => {
  it('lists courses of this site saved, requested and attended, ignoring www, port and other sites', () => {
    const request = { id: 'r1', course: { title: 'Phonics', url: 'https://www.hub.example/phonics' }, status: 'submitted' } as unknown as CpdRequest;
    const evaluation = { id: 'e1', requestId: 'r1', courseTitle: 'Phonics' } as unknown as ImpactEvaluation;
    const history = siteHistory('https://hub.example:8443/courses', [saved('Maths', 'https://hub.example/maths'), saved('Other', 'https://other.example/x')], [request], [evaluation]);
    expect(history).toEqual([
      { title: 'Maths', savedId: 'id-Maths', requested: false, attended: false },
      { title: 'Phonics', requested: true, attended: true },
    ]);
  });

  it('is empty for a page that is not a web page', () => {
    expect(siteHistory('chrome://newtab', [saved('Maths', 'https://hub.example/maths')], [], [])).toEqual([]);
  });
});

describe('glance: strengths and gaps of a card', () => {
  it('never lists an unknown criterion as a gap, and lists the weightiest unknowns apart', () => {
    const result = scoreCourse({ title: 'A course' }, defaultPolicy);
    const g = glance(result);
    const unknown = new Set(result.criteria.filter((c) => c.score === null).map((c) => c.label));
    expect(g.gaps.some((label) => unknown.has(label))).toBe(false);
    expect(g.unknowns.length).toBeGreaterThan(0);
    expect(g.unknowns.every((label) => unknown.has(label))).toBe(true);
  });

  it('says core’s reasons in Welsh when the result has their messages, and an older record’s as stored', () => {
    const result = scoreCourse({ title: 'A course', description: 'Participants practise with feedback and coaching over a term, built on research evidence from the EEF.' }, defaultPolicy);
    const cy = glance(result, 'cy');
    expect(cy.said).toBe(true);
    expect(cy.strengths.length).toBeGreaterThan(0);
    expect(cy.strengths.join(' ')).not.toEqual(glance(result, 'en').strengths.join(' '));
    expect(glance(result, 'en').strengths).toEqual(result.reasons!.for.slice(0, 2).map((r) => r.text));
    const older = { ...result, reasons: { for: [{ criterionId: 'a', text: 'Runs over a term' }], against: [] } };
    expect(glance(older, 'cy')).toMatchObject({ strengths: ['Runs over a term'], said: false });
  });

  it('names the default policy’s unknown criteria in Welsh, and a school’s own criteria as written', () => {
    const result = scoreCourse({ title: 'A course' }, defaultPolicy);
    const cy = glance(result, 'cy');
    expect(cy.unknownsSaid).toBe(true);
    expect(cy.unknowns[0]).not.toEqual(glance(result, 'en').unknowns[0]);
    expect(glance(result, 'en').unknowns).toEqual(result.criteria.filter((c) => c.score === null).sort((a, b) => b.weight - a.weight).slice(0, 2).map((c) => c.label));
    const own = { ...result, criteria: result.criteria.map((c) => ({ ...c, label: `Ours: ${c.label}` })) };
    expect(glance(own, 'cy')).toMatchObject({ unknownsSaid: false });
    expect(glance(own, 'cy').unknowns.every((u) => u.startsWith('Ours: '))).toBe(true);
  });

  it('uses the judgement’s own reasons when the result has them', () => {
    const result = { ...scoreCourse({ title: 'A course' }, defaultPolicy), reasons: { for: [{ criterionId: 'a', text: 'Runs over a term' }], against: [{ criterionId: 'b', text: 'No evidence named' }] } };
    expect(glance(result)).toMatchObject({ strengths: ['Runs over a term'], gaps: ['No evidence named'] });
  });
});

describe('Welsh', () => {
  it('every view table has a Welsh string for every English one, none left empty', () => {
    const keys = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    for (const table of [popupText, optionsText, sidepanelText]) {
      expect(keys(table.cy)).toEqual(keys(table.en));
      const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [v as string]));
      expect(values(table.cy).every((v) => v.trim().length > 0)).toBe(true);
    }
  });

  it('translates the default policy’s band names and leaves a school’s own as written', () => {
    expect(bandName('good', 'Good fit', 'cy')).toBe('Addasrwydd da');
    expect(bandName(undefined, 'Not enough information', 'cy')).toBe('Dim digon o wybodaeth');
    expect(bandName('good', 'Meets our bar', 'cy')).toBe('Meets our bar');
  });
});

describe('language setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the browser until chosen, keeps other settings when saved, and is readable by every view', async () => {
    expect(await localeSetting()).toBe('auto');
    await saveSettings({ objectives: [], configured: true, budget: 1000 });
    expect(await saveLocaleSetting('cy')).toEqual([]);
    expect(await localeSetting()).toBe('cy');
    expect(await currentLocale()).toBe('cy');
    expect(await saveSettings({ objectives: [], configured: true, locale: 'fr' })).not.toEqual([]);
  });
});
