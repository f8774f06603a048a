import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPolicy, scoreCourse, type Course } from '@cpd-lens/core';
import { badgeItem, showVerdictOnToolbar } from '../background/verdict.ts';
import { saveLocaleSetting } from '../settings/settings.ts';

const course: Course = { title: 'Phonics for Year 1', description: 'Six twilight sessions over a term, with gap tasks and coaching between them.', price: { amount: 120, currency: 'GBP', vat: 'exempt', basis: 'per-participant' } };
const known = badgeItem(course, { ...scoreCourse(course, defaultPolicy), total: 72, band: 'Good fit', bandId: 'good', coverage: 0.8 }, []);
const unscored = badgeItem(course, { ...scoreCourse(course, defaultPolicy), total: 40, band: 'Not enough information', bandId: 'insufficient', coverage: 0.2 }, []);
const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

describe('the toolbar button’s tooltip', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says the score and band in Welsh when Welsh is chosen in setup', async () => {
    await saveLocaleSetting('cy');
    await showVerdictOnToolbar(1, [known]);
    expect(await title(1)).toBe('CPD Lens: 72, Addasrwydd da');
    await showVerdictOnToolbar(2, [{ ...unscored, tone: 'unknown' }]);
    expect(await title(2)).toBe('CPD Lens: Dim digon o wybodaeth');
    await showVerdictOnToolbar(3, [known, null, known]);
    expect(await title(3)).toBe('CPD Lens: sgoriwyd 2 cwrs ar y dudalen hon');
  });

  it('stays as before in English, and keeps a school’s own band name as written', async () => {
    await saveLocaleSetting('en');
    await showVerdictOnToolbar(1, [known]);
    expect(await title(1)).toBe('CPD Lens: 72, Good fit');
    await showVerdictOnToolbar(2, [known, known]);
    expect(await title(2)).toBe('CPD Lens: 2 courses scored on this page');
    await saveLocaleSetting('cy');
    await showVerdictOnToolbar(3, [{ ...known, band: 'Ours: recommended', bandId: 'ours' }]);
    expect(await title(3)).toBe('CPD Lens: 72, Ours: recommended');
    await showVerdictOnToolbar(4, []);
    expect(await title(4)).toBe('CPD Lens');
  });
});
