import { describe, expect, it } from 'vitest';
import { check, defaultPolicy } from '../../src/index.ts';
import { budgetRollup } from '../../src/budget/rollup.ts';
import { compareOptions } from '../../src/commission/compare.ts';
import { toCsv } from '../../src/report/csv.ts';
import { escapeHtml, renderImpactReportHtml } from '../../src/report/html.ts';
import { impactReport } from '../../src/report/impact.ts';
import { PdRecord, pdRecord, pdRecordCsv } from '../../src/record/pd-record.ts';
import { year } from './year.ts';

describe('commissioning check for a cohort of 12', () => {
  const options = [year.option('in-school-programme'), year.option('one-day-masterclass'), year.option('bespoke-unknown')];
  const result = compareOptions(options, defaultPolicy, { cohort: 12, plan: year.plan() });

  it('computes price per participant, per participant-hour and cohort cost with supply cover (hand-computed)', () => {
    const [a, b, c] = result.options;
    // A: £1,800 per school including VAT, which the school recovers: £1,500 ÷ 12 = £125; twilights need no cover; 6 h → £20.83/h; cohort £1,500
    expect(a).toMatchObject({ pricePerParticipant: 125, costPerParticipantHour: 20.83, cohortCost: 1500, hours: 6, sessions: 3, spanDays: 126 });
    // B: £195 + VAT, recovered by a maintained school or academy; one 6-hour day of cover at £250 → £445 each; £74.17/h; × 12 = £5,340
    expect(b).toMatchObject({ pricePerParticipant: 195, costPerParticipantHour: 74.17, cohortCost: 5340, hours: 6, sessions: 1, spanDays: 0 });
    // C publishes no price: unknown, never free
    expect(c).toMatchObject({ pricePerParticipant: null, cohortCost: null, withinBudget: null });
    expect(a!.withinBudget).toBe(true); // £9,500 left after the £2,500 INSET
  });

  it('recommends the sustained, collaborative, cheaper option, with reasons, and says why not the others', () => {
    expect(result.recommendation.option).toBe(0);
    expect(result.recommendation.reasons.join(' ')).toMatch(/Best balance of fit, evidence and cost/);
    expect(result.recommendation.reasons).toContain('Sustained over time, as the DfE standard and the EEF evidence advise.');
    expect(result.recommendation.caveats.join(' ')).toMatch(/Option 3 .*can be judged/);
    expect(result.options[0]!.score.total).toBeGreaterThan(result.options[1]!.score.total);
    expect(result.options[2]!.questions.length).toBe(5); // at most five, most important first
  });

  it('an overspend is a caveat with its size, not an exclusion', () => {
    const tight = { ...year.plan(), budget: { total: 3900, currency: 'GBP' } }; // £1,400 left after the INSET
    const r = compareOptions([year.option('in-school-programme')], defaultPolicy, { cohort: 12, plan: tight });
    expect(r.recommendation.option).toBe(0);
    expect(r.recommendation.caveats[0]).toMatch(/£1,500 for 12 staff is £100 more than the £1,400 left/);
  });
});

describe('budget roll-up', () => {
  const b = budgetRollup(year.plan(), year.requests(), year.staff());

  it('totals committed, spent, pending and remaining (hand-computed)', () => {
    // spent = INSET £2,500 + r1 £692 + r2 £300 + r3 £150 + r8 £1,200 = £4,842
    // committed = r4 £0 (funded NPQ, booked) + r5 £420 = £420; pending = r6 £250; r7 declined
    expect(b).toMatchObject({ total: 12000, spent: 4842, committed: 420, pending: 250, remaining: 6738 });
  });

  it('splits a request serving two objectives equally between them', () => {
    const by = Object.fromEntries(b.byObjective.map((o) => [o.objectiveId ?? 'none', o]));
    expect(by['sdp-1']).toMatchObject({ spent: 1292, committed: 0 }); // 692 + 1,200 / 2
    expect(by['sdp-2']).toMatchObject({ spent: 300, committed: 420 });
    expect(by['sdp-3']).toMatchObject({ spent: 3250 }); // 2,500 + 150 + 600
    expect(by.none).toMatchObject({ pending: 250, title: 'Not linked to the SDP' });
  });

  it('shows equality of access by staff group, and who has had no CPD', () => {
    expect(b.access).toEqual([
      { group: 'teaching', staff: 10, withCpd: 3, share: 0.3, spend: 1412, spendPerHead: 141.2 },
      { group: 'support', staff: 6, withCpd: 1, share: 0.167, spend: 150, spendPerHead: 25 },
      { group: 'leadership', staff: 4, withCpd: 2, share: 0.5, spend: 1200, spendPerHead: 300 },
    ]);
    expect(b.withoutCpd).toHaveLength(14);
    expect(b.withoutCpd.map((s) => s.id)).toContain('s02'); // declined: no CPD
  });
});

describe('impact report for governors', () => {
  const report = impactReport(year.evaluations(), year.plan());

  it('aggregates the five levels (hand-computed)', () => {
    expect(report).toMatchObject({ evaluations: 5, staff: 5 });
    const level = Object.fromEntries(report.levels.map((l) => [l.level, l]));
    expect(level.reaction).toMatchObject({ rated: 5, mean: 4, reached: 0.8, distribution: [0, 1, 0, 2, 2] });
    expect(level.use).toMatchObject({ rated: 4, mean: 4, reached: 0.75, distribution: [0, 0, 1, 2, 1] });
    expect(level.pupils).toMatchObject({ rated: 3, mean: 3.67, reached: 0.667 });
    // £2,342 over 48.5 h; per hour over the four costed evaluations: 2,342 / 46.5 = £50.37
    expect(report.value).toEqual({ spend: 2342, hours: 48.5, costPerParticipantHour: 50.37, meanValueRating: 4, counts: { withCost: 4, withHours: 5, costed: 4, valueRated: 4 } });
    expect(report.byGroup).toEqual([{ group: 'teaching', evaluations: 3 }, { group: 'support', evaluations: 1 }, { group: 'leadership', evaluations: 1 }]);
  });

  it('reports each SDP objective, rating a two-objective course in both but splitting its cost and hours as the budget does', () => {
    const sdp1 = report.byObjective.find((o) => o.objectiveId === 'sdp-1')!;
    // by hand: e1 £692 and 7.5 h, plus half of e4 (£1,200 and 30 h over sdp-1 and sdp-3): £1,292 over 22.5 h = £57.42 an hour
    expect(sdp1).toMatchObject({ evaluations: 2, value: { spend: 1292, hours: 22.5, costPerParticipantHour: 57.42 } });
    // the sections add up to the whole: £692 + £300 + £150 + £1,200 = £2,342 and 7.5 + 6 + 3 + 30 + 2 = 48.5 h
    expect(report.byObjective.reduce((n, o) => n + o.value.spend, 0)).toBe(2342);
    expect(report.byObjective.reduce((n, o) => n + o.value.hours, 0)).toBe(48.5);
    expect(report.byObjective.find((o) => o.objectiveId === 'sdp-3')!.levels.find((l) => l.level === 'use')!.mean).toBe(4.5);
    expect(report.byObjective.at(-1)).toMatchObject({ objectiveId: null, evaluations: 1 });
  });

  it('renders printable HTML with every staff-typed string escaped and no script', () => {
    const html = renderImpactReportHtml(report, { school: 'Oak Lane <Primary>', year: '2026-27', budget: budgetRollup(year.plan(), year.requests(), year.staff()) });
    expect(html).toContain('<title>CPD impact report 2026-27: Oak Lane &lt;Primary&gt;</title>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('<th scope="row">Cost per person per hour of training</th><td>£50.37</td><td>Cost ÷ hours over the 4 evaluations giving both.</td>');
    // every figure says what it counts: the year's spending and the cost of the CPD evaluated are told apart
    expect(html).toContain('<th scope="row">Spent</th><td>£4,842</td><td>All CPD paid for this year');
    expect(html).toContain('<th scope="row">Cost of the CPD evaluated</th><td>£2,342</td><td>The costs recorded on the impact evaluations (4 of the 5 evaluations give one).');
    expect(html).toContain('The £4,842 spent counts all CPD paid for this year; the £2,342 in “Value for money” counts only the CPD that has an impact evaluation.');
    expect(html).not.toMatch(/Spend £|spent, £/);
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});

describe('CSV', () => {
  it('quotes as RFC 4180 and defuses spreadsheet formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', '+1', '-2', '@x', 3, null]])).toBe('"a,b","say ""hi""",\'=SUM(A1),\'+1,\'-2,\'@x,3,\r\n');
  });
});

describe('portable PD record', () => {
  it('lists a member of staff’s training with the levels they reached, and validates as its own schema', () => {
    const record = pdRecord('t01', year.requests(), year.evaluations());
    expect(record).toMatchObject({ staffId: 't01', name: 'Teacher 1', totals: { entries: 1, hours: 7.5, cost: 692 } });
    expect(record.entries[0]!.levelsReached).toEqual(['reaction', 'learning', 'use', 'organisation']);
    expect(check(PdRecord, JSON.parse(JSON.stringify(record))).ok).toBe(true);
    expect(pdRecordCsv(record).split('\r\n')[1]).toBe('Leading early reading and phonics,Various,2026-10-14,7.5,692,completed,,sdp-1,reaction learning use organisation');
  });

  it('leaves out declined requests, lists a pending one as submitted without counting it in the totals', () => {
    expect(pdRecord('s02', year.requests(), year.evaluations()).entries).toEqual([]);
    const pending = pdRecord('t04', year.requests(), year.evaluations());
    expect(pending.entries.map((e) => e.status)).toEqual(['submitted']);
    expect(pending.totals).toEqual({ entries: 1, hours: 0, cost: 0 });
  });

  it('finds a person’s request and evaluation when only the request names them (the widgets’ data)', () => {
    const request = { ...year.requests()[5]!, id: 'w1', status: 'submitted' as const, requester: { name: 'Sam Jones', staffId: 'sj1', staffGroup: 'teaching' as const } };
    const evaluation = { ...year.evaluations()[0]!, id: 'we1', requestId: 'w1', staffId: undefined, cost: undefined, hours: undefined };
    delete evaluation.staffId;
    const record = pdRecord('sj1', [request], [evaluation]);
    expect(record.entries).toHaveLength(1);
    // evaluated, so it took place: the request's £250 and its course's 2 hours count
    expect(record).toMatchObject({ name: 'Sam Jones', totals: { entries: 1, hours: 2, cost: 250 } });
    expect(record.entries[0]).toMatchObject({ status: 'completed', levelsReached: ['reaction', 'learning', 'use', 'organisation'] });
  });
});
