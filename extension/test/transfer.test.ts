import { describe, expect, it } from 'vitest';
import { parseImport } from '../data/transfer.ts';

const file = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'cpd-lens-export',
    version: 1,
    exportedAt: '2026-11-23T10:00:00.000Z',
    data: { courses: [{ id: 'course-1', course: { title: 'Phonics leadership' }, savedAt: '2026-11-20T09:00:00.000Z', note: 'Ask about dates' }] },
    ...extra,
  });

describe('importing an export file', () => {
  it('accepts a file with records and settings', () => {
    const checked = parseImport(file({ extension: { settings: { objectives: [], configured: true, budget: 2500 } } }));
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value.file.data.courses).toHaveLength(1);
      expect(checked.value.settings?.budget).toBe(2500);
    }
  });

  it('accepts a core export with no extension settings', () => {
    const checked = parseImport(file());
    expect(checked.ok && checked.value.settings).toBeUndefined();
  });

  it.each([
    ['not JSON', '{ "format": ', /is not valid JSON/],
    ['another kind of file', JSON.stringify({ schemaVersion: 1, criteria: [] }), /format is not a CPD Lens export file/],
    ['a newer export', JSON.stringify({ format: 'cpd-lens-export', version: 2 }), /version is 2/],
    ['a broken record', file().replace('"Phonics leadership"', '42'), /data\.courses\[0\]\.course\.title should be text/],
    ['broken settings', file({ extension: { settings: { objectives: 'none', configured: true } } }), /extension\.settings\.objectives should be a list/],
  ])('refuses %s with a readable problem', (_, text, expected) => {
    const checked = parseImport(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => `${p.path} ${p.message}`).join('\n')).toMatch(expected);
  });
});
