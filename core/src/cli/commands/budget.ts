import { budgetRollup } from '../../budget/rollup.ts';
import { jsonForTerminal } from '../terminal.ts';
import { toCsv } from '../../report/csv.ts';
import { loadPlan } from '../inputs.ts';
import { CliError } from '../io.ts';
import { money, percent, table } from '../table.ts';
import { loadRequests, loadStaff } from './leader-inputs.ts';
import { parse } from './score.ts';
import type { Command } from './types.ts';

export const budgetCommand: Command = {
  name: 'budget',
  usage: 'cpd budget --plan FILE --requests FILE [--staff FILE] [--json|--csv]',
  summary: 'Requests and bookings against the INSET budget, by SDP objective and staff group, with equality of access.',
  async run(args, io) {
    const { values } = parse(args, { plan: { type: 'string' }, requests: { type: 'string' }, staff: { type: 'string' }, json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false } });
    if (!values.plan || !values.requests) throw new CliError('budget: --plan and --requests are both needed');
    const plan = await loadPlan(values.plan, io);
    const b = budgetRollup(plan, await loadRequests(values.requests, io), values.staff ? await loadStaff(values.staff, io) : []);
    if (values.json) {
      io.out(jsonForTerminal(b));
      return 0;
    }
    const objectiveRows = b.byObjective.map((o) => [o.title, money(o.spent), money(o.committed), money(o.pending)]);
    if (values.csv) {
      io.out(toCsv([['SDP objective', 'Spent', 'Committed', 'Requested'], ...b.byObjective.map((o) => [o.title, o.spent, o.committed, o.pending])]).trimEnd());
      return 0;
    }
    io.out(`${plan.school} ${plan.year}: INSET budget ${money(b.total)}, spent ${money(b.spent)}, committed ${money(b.committed)}, remaining ${money(b.remaining)} (${money(b.pending)} more requested)\n`);
    io.out(table([{ title: 'SDP objective', max: 60 }, { title: 'Spent', align: 'right' }, { title: 'Committed', align: 'right' }, { title: 'Requested', align: 'right' }], objectiveRows));
    io.out('');
    io.out(table([{ title: 'Staff group' }, { title: 'Staff', align: 'right' }, { title: 'With CPD', align: 'right' }, { title: 'Share', align: 'right' }, { title: 'Spend per head', align: 'right' }], b.access.map((a) => [a.group, a.staff === null ? '?' : String(a.staff), String(a.withCpd), percent(a.share), money(a.spendPerHead)])));
    if (b.withoutCpd.length) io.out(`\nNo CPD yet this year (${b.withoutCpd.length}): ${b.withoutCpd.map((s) => s.name ?? s.id).join(', ')}`);
    return 0;
  },
};
