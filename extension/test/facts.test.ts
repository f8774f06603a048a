import { applyCorrections, defaultPolicy, scoreCourse, type Course } from '@cpd-lens/core';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../i18n/facts.ts';
import { factsOf, type ShownFact } from '../ui/breakdown/facts.ts';

const AT = '2026-12-07T00:40:00Z';
const perSchool: Course = {
  title: 'Adaptive teaching in practice',
  description: 'A full day with your staff. Price: £1,250 per school (up to 40 staff), plus travel.',
  price: { amount: 1250, currency: 'GBP', vat: 'unknown', basis: 'per-school', text: '£1,250 per school (up to 40 staff)' },
  provenance: { price: { source: 'text', confidence: 0.7, raw: 'Price: £1,250 per school (up to 40 staff), plus travel' } },
};
const shown = (course: Course, locale: 'en' | 'cy' = 'en'): Record<string, ShownFact> =>
  Object.fromEntries(factsOf(course, scoreCourse(course, defaultPolicy), 'unknown', FACTS[locale]).map((f) => [f.id, f]));

describe('the label\'s facts used', () => {
  it('shows each fact with the page\'s words it was read from', () => {
    const f = shown({ ...perSchool, price: { ...perSchool.price!, covers: 40 } });
    expect(f.price).toMatchObject({ value: '£1,250 per school, up to 40 staff', evidence: 'Price: £1,250 per school (up to 40 staff), plus travel', corrected: false });
    expect(f.travel).toMatchObject({ value: 'charged on top; amount not stated', correctable: false });
  });

  it('says "not stated" for what the page leaves unknown, never £0 or "included"', () => {
    const f = shown(perSchool);
    expect(f.price!.value).toBe('£1,250 per school, how many staff it covers not stated');
    expect(f.vat).toMatchObject({ value: 'not stated', known: false });
    expect(f.sessions).toMatchObject({ value: 'not stated', known: false });
    expect(f.status).toMatchObject({ value: 'not stated', known: false });
    const bare = shown({ title: 'A page with nothing on it' });
    for (const id of ['price', 'vat', 'travel', 'delivery', 'sessions']) expect(bare[id]).toMatchObject({ value: 'not stated', known: false });
    expect(JSON.stringify(bare)).not.toMatch(/£0|included/);
  });

  it('marks corrected facts and keeps what the page said, in English and Welsh', () => {
    const corrected = applyCorrections(perSchool, { price: { amount: 1100, basis: 'per-school', covers: 30, by: 'staff', at: AT }, vat: { value: 'excluded', by: 'staff', at: AT } });
    const f = shown(corrected);
    expect(f.price).toMatchObject({ value: '£1,100 per school, up to 30 staff', corrected: true, pageSaid: 'Price: £1,250 per school (up to 40 staff), plus travel' });
    expect(f.price!.evidence).toBeUndefined();
    expect(f.vat).toMatchObject({ value: 'added to the price', corrected: true });
    expect(shown(corrected, 'cy').price!.value).toBe('£1,100 fesul ysgol, hyd at 30 aelod o staff');
    const dated = applyCorrections(perSchool, { sessions: { sessions: [{ date: '2026-03-10', start: '09:00', end: '15:30' }], by: 'staff', at: AT } });
    expect(shown(dated).sessions!.value).toBe('10 Mar 2026, 09:00–15:30 · 6.5 contact hours');
    expect(shown(dated, 'cy').sessions!.value).toBe('10 Maw 2026, 09:00–15:30 · 6.5 awr gyswllt');
  });
});
