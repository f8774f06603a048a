import { describe, expect, it } from 'vitest';
import { Course, Corrections, applyCorrections, check, defaultPolicy, feePerParticipant, parseSets, profileCourse, readCorrections, scoreCourse, type Course as CourseT } from '../../src/index.ts';
import { SavedCourse } from '../../src/store/index.ts';
import { Handoff } from '../../src/request/handoff.ts';

const AT = '2026-12-07T00:30:00Z';
const by = { by: 'staff', at: AT } as const;

/** A per-school INSET page as a reader might have misread it: the fee taken per participant, VAT unknown. */
const page = (): CourseT => ({
  title: 'Adaptive teaching in practice',
  url: 'https://provider.example/inset',
  description: 'A full day with your staff. Price: £1,250 per school (up to 40 staff), plus travel.',
  price: { amount: 1250, currency: 'GBP', vat: 'unknown', basis: 'per-participant', text: '£1,250' },
  delivery: 'online-live',
  provenance: { price: { source: 'text', confidence: 0.6, raw: 'Price: £1,250 per school (up to 40 staff), plus travel' }, delivery: { source: 'json-ld', confidence: 0.9, raw: 'OnlineEventAttendanceMode' } },
});

describe('the Corrections schema', () => {
  it('accepts each kind of correction with who made it and when', () => {
    const c = {
      price: { amount: 1250, basis: 'per-school', covers: 40, ...by },
      vat: { value: 'excluded', ...by },
      sessions: { sessions: [{ date: '2026-03-10', start: '09:00', end: '15:30' }, { date: '2026-03-24' }], ...by },
      delivery: { value: 'face-to-face', ...by },
      funding: { route: 'none', ...by },
      status: { value: 'cancelled', ...by },
    };
    expect(check(Corrections, c).ok).toBe(true);
  });

  it('refuses corrections by anyone but staff, impossible times and unbounded lists', () => {
    expect(check(Corrections, { vat: { value: 'excluded', by: 'page', at: AT } }).ok).toBe(false);
    expect(check(Corrections, { sessions: { sessions: [{ date: '2026-13-01' }], ...by } }).ok).toBe(false);
    expect(check(Corrections, { sessions: { sessions: [{ date: '2026-03-01', start: '25:00' }], ...by } }).ok).toBe(false);
    expect(check(Corrections, { sessions: { sessions: Array.from({ length: 61 }, () => ({ date: '2026-03-01' })), ...by } }).ok).toBe(false);
    expect(check(Corrections, { price: { amount: -5, basis: 'per-school', ...by } }).ok).toBe(false);
  });

  it('travels on the course: saved records and hand-offs with and without corrections both load', () => {
    const corrected = applyCorrections(page(), { vat: { value: 'exempt', ...by } });
    for (const course of [page(), corrected]) {
      expect(check(Course, course).ok).toBe(true);
      expect(check(SavedCourse, { id: 'course-1', course, savedAt: AT }).ok).toBe(true);
      expect(check(Handoff, { v: 1, course, targets: [], objectiveIds: [] }).ok).toBe(true);
    }
  });
});

describe('applyCorrections', () => {
  it('puts the corrected price in place, says staff gave it, and keeps the page reading it replaced', () => {
    const before = page();
    const after = applyCorrections(before, { price: { amount: 1250, basis: 'per-school', covers: 40, ...by }, vat: { value: 'excluded', ...by } });
    expect(after.price).toEqual({ amount: 1250, currency: 'GBP', vat: 'excluded', basis: 'per-school', covers: 40 });
    expect(after.provenance?.price).toMatchObject({ source: 'user', confidence: 1, raw: 'Corrected by staff' });
    expect(after.provenance?.price?.rejected?.[0]?.value).toBe('Price: £1,250 per school (up to 40 staff), plus travel');
    expect(before.price?.basis).toBe('per-participant');
    expect(before.corrections).toBeUndefined();
  });

  it('is idempotent and merges later corrections into earlier ones', () => {
    const once = applyCorrections(page(), { delivery: { value: 'face-to-face', ...by } });
    const twice = applyCorrections(once, { status: { value: 'full', ...by } });
    expect(applyCorrections(once, once.corrections!)).toEqual(once);
    expect(Object.keys(twice.corrections!).sort()).toEqual(['delivery', 'status']);
    expect(twice.delivery).toBe('face-to-face');
    expect(twice.provenance?.delivery?.rejected?.[0]).toEqual({ source: 'json-ld', confidence: 0.9, value: 'OnlineEventAttendanceMode' });
  });

  it('changes VAT alone on the page price and never invents a price from a VAT answer', () => {
    expect(applyCorrections(page(), { vat: { value: 'exempt', ...by } }).price?.vat).toBe('exempt');
    expect(applyCorrections({ title: 'No price' }, { vat: { value: 'exempt', ...by } }).price).toBeUndefined();
  });

  it('turns corrected sessions into dated sessions, with contact hours only when every one is timed', () => {
    const timed = applyCorrections(page(), { sessions: { sessions: [{ date: '2026-03-10', start: '09:00', end: '15:30' }, { date: '2026-03-24', start: '09:00', end: '15:30' }], ...by } });
    expect(timed.sessions).toEqual([
      { start: '2026-03-10T09:00:00', end: '2026-03-10T15:30:00', hours: 6.5 },
      { start: '2026-03-24T09:00:00', end: '2026-03-24T15:30:00', hours: 6.5 },
    ]);
    expect(timed.totalHours).toBe(13);
    const dated = applyCorrections({ ...page(), totalHours: 36 }, { sessions: { sessions: [{ date: '2026-03-10' }], ...by } });
    expect(dated.totalHours).toBeUndefined();
  });
});

describe('a corrected course is judged and costed from the corrections', () => {
  it('takes status, funding and the schedule from staff over the page', () => {
    const corrected = applyCorrections(page(), {
      status: { value: 'cancelled', ...by },
      funding: { route: 'grant', ...by },
      sessions: { sessions: [{ date: '2026-03-10', start: '09:00', end: '15:30' }, { date: '2026-03-24', start: '09:00', end: '12:00' }], ...by },
    });
    const profile = profileCourse(corrected, defaultPolicy);
    expect(profile.status).toBe('closed');
    expect(profile.funding?.route).toBe('grant');
    expect(profile.schedule).toMatchObject({ sessions: 2, alternatives: 0, spanDays: 14, contactHours: 9.5, daysOutOfClass: 1.5, timing: 'school-hours', sustained: true });
    expect(profileCourse(applyCorrections(corrected, { funding: { route: 'none', ...by } }), defaultPolicy).funding).toBeNull();
  });

  it('recomputes the fee and the score from a corrected price', () => {
    const base = { ...page(), price: { amount: 195, currency: 'GBP', vat: 'exempt' as const, basis: 'per-participant' as const } };
    const corrected = applyCorrections(base, { price: { amount: 95, basis: 'per-participant', ...by } });
    expect(feePerParticipant(base, defaultPolicy).fee).toBe(195);
    expect(feePerParticipant(corrected, defaultPolicy).fee).toBe(95);
    expect(scoreCourse(corrected, defaultPolicy).cost?.fee).toBe(95);
  });

  it('leaves the fee unknown while the page gives two prices, until staff correct it', () => {
    const base = { ...page(), price: { amount: 350, currency: 'GBP', vat: 'excluded' as const, basis: 'per-participant' as const }, conflicts: [{ field: 'price' as const, values: ['£350', 'free'], quotes: ['£350 + VAT', 'FREE'] }] };
    const fee = feePerParticipant(base, defaultPolicy);
    expect(fee.fee).toBeNull();
    expect(fee.notes.map((n) => n.key)).toEqual(['cost.price-conflict']);
    expect(feePerParticipant(applyCorrections(base, { price: { amount: 0, basis: 'per-participant', ...by } }), defaultPolicy).fee).toBe(0);
    expect(feePerParticipant({ ...base, conflicts: [{ field: 'delivery', values: ['Leeds', 'Zoom'], quotes: ['Leeds', 'Zoom'] }] }, defaultPolicy).fee).toBe(350);
  });
});

describe('parseSets (the CLI\'s --set)', () => {
  it('reads each fact as staff would type it', () => {
    const r = parseSets(['price=1250/school', 'covers=40', 'vat=excluded', 'delivery=face-to-face', 'sessions=2026-03-10@09:00-15:30,2026-03-24', 'funding=none', 'status=open'], AT);
    expect(r.ok && r.value).toEqual({
      price: { amount: 1250, basis: 'per-school', covers: 40, ...by },
      vat: { value: 'excluded', ...by },
      delivery: { value: 'face-to-face', ...by },
      sessions: { sessions: [{ date: '2026-03-10', start: '09:00', end: '15:30' }, { date: '2026-03-24' }], ...by },
      funding: { route: 'none', ...by },
      status: { value: 'open', ...by },
    });
    const pounds = parseSets(['price=£1,250.50 per participant'], AT);
    expect(pounds.ok && pounds.value.price?.amount).toBe(1250.5);
  });

  it.each([
    ['price=1250', 'price'],
    ['price=lots/school', 'price'],
    ['vat=maybe', 'vat.value'],
    ['delivery=zoom', 'delivery.value'],
    ['status=sold', 'status.value'],
    ['sessions=14 March', 'sessions'],
    ['covers=40', 'covers'],
    ['colour=red', 'colour'],
    ['vat=', 'vat'],
  ])('names the field of a bad value: %s', (pair, path) => {
    const r = parseSets([pair], AT);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(path);
  });

  it('stamps a hand-written corrections file with who and when', () => {
    const r = readCorrections({ vat: { value: 'exempt' } }, AT);
    expect(r.ok && r.value.vat).toEqual({ value: 'exempt', ...by });
  });
});
