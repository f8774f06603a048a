import type { BudgetRollup } from '../budget/rollup.ts';
import { STAFF_GROUP_WORDS } from '../report/words.ts';
import { money, orUnknown, percent, plural, table, wrapProse } from './table.ts';

/**
 * The budget for people, fitting `width`: each total with what it counts, money by SDP objective, who
 * gets CPD by staff group, and who has had none yet.
 */
export function describeBudget(heading: string, b: BudgetRollup, width: number): string {
  const m = (n: number | null) => orUnknown(n, (v) => money(v, b.currency));
  const totals = table(
    [{ title: 'Budget' }, { title: 'Amount', align: 'right' }, { title: 'What it counts', wrap: true, min: 20 }],
    [
      ['INSET budget', b.entered ? m(b.total) : 'not entered', b.entered ? 'the year’s CPD budget in the school plan' : 'no INSET budget entered in the plan: no budget check'],
      ['Spent', m(b.spent), 'completed requests and spending recorded in the plan'],
      ['Committed', m(b.committed), 'approved or booked, not yet spent'],
      ['Remaining', b.entered ? m(b.remaining) : '—', 'budget less spent and committed'],
      ['Requested', m(b.pending), 'asked for, not yet approved: not taken off Remaining'],
    ],
    width,
  );
  const objectives = table(
    [{ title: 'SDP objective', wrap: true, min: 20 }, { title: 'Spent', align: 'right' }, { title: 'Committed', align: 'right' }, { title: 'Requested', align: 'right' }],
    b.byObjective.map((o) => [o.title, m(o.spent), m(o.committed), m(o.pending)]),
    width,
  );
  const access = table(
    [{ title: 'Staff group', wrap: true, min: 10 }, { title: 'Staff', align: 'right' }, { title: 'With CPD', align: 'right' }, { title: 'Share', align: 'right' }, { title: 'Spend per head', align: 'right' }],
    b.access.map((a) => [STAFF_GROUP_WORDS[a.group], orUnknown(a.staff), String(a.withCpd), orUnknown(a.share, percent), m(a.spendPerHead)]),
    width,
  );
  const lines = [`CPD budget: ${heading}`, '', totals, '', objectives, 'A request serving two objectives is split equally between them.', '', access, 'With CPD: staff with an approved, booked or completed request. ? = no staff count given.'];
  if (b.withoutCpd.length) lines.push('', `No CPD yet this year (${plural(b.withoutCpd.length, 'person', 'people')}): ${b.withoutCpd.map((s) => s.name ?? s.id).join(', ')}`);
  return wrapProse(lines.join('\n'), width);
}
