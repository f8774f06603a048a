import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from '../settings/settings.ts';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults before anything is saved', async () => {
    expect(await readSettings()).toMatchObject({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('saves checked settings and reads them back', async () => {
    const value = { requestFormUrl: 'https://intranet.school.example/cpd', supplyCoverDayRate: 180, objectives: [{ id: 'sdp-1', code: 'SDP1', title: 'Reading' }], configured: true };
    expect(await saveSettings(value)).toEqual([]);
    expect((await readSettings()).settings).toEqual(value);
  });

  it('refuses settings that do not fit, in plain English, and keeps what was there', async () => {
    await saveSettings({ objectives: [], configured: true, budget: 1000 });
    const problems = await saveSettings({ objectives: [], configured: true, budget: 'lots', requestFormUrl: 'javascript:alert(1)' });
    expect(problems.map((p) => `${p.path} ${p.message}`)).toEqual(['requestFormUrl is not in the expected format', 'budget should be a number']);
    expect((await readSettings()).settings.budget).toBe(1000);
  });

  it('reads a record from another version without crashing and without losing it', async () => {
    const older = { formUrl: 'https://intranet.example/cpd', coverRate: '£180' };
    await fakeBrowser.storage.local.set({ settings: older });
    const read = await readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.raw).toEqual(older);
    // reading never rewrites the stored record
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(older);
  });
});
