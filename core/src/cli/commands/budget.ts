import { budgetRollup } from '../../budget/rollup.ts';
import { jsonForTerminal } from '../terminal.ts';
import { toCsv } from '../../report/csv.ts';
import { loadPlan } from '../inputs.ts';
import { CliError } from '../io.ts';
import { describeBudget } from '../describe-budget.ts';
import { loadRequests, loadStaff, mappingOption } from './leader-inputs.ts';
import { parse, widthOf } from './score.ts';
import type { Command } from './types.ts';

export const budgetCommand: Command = {
  name: 'budget',
  usage: 'cpd budget --plan FILE --requests FILE [--staff FILE] [--mapping NAME|FILE] [--json|--csv|--wide]',
  summary: 'Requests and bookings against the INSET budget, by SDP objective and staff group, with equality of access.',
  async run(args, io) {
    const { values } = parse(args, { plan: { type: 'string' }, requests: { type: 'string' }, staff: { type: 'string' }, json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false }, wide: { type: 'boolean', default: false }, ...mappingOption });
    if (!values.plan || !values.requests) throw new CliError('budget: --plan and --requests are both needed');
    const plan = await loadPlan(values.plan, io);
    const ctx = { mappings: values.mapping, objectives: plan.objectives };
    const b = budgetRollup(plan, await loadRequests(values.requests, io, ctx), values.staff ? await loadStaff(values.staff, io, ctx) : []);
    if (values.json) {
      io.out(jsonForTerminal(b));
      return 0;
    }
    if (values.csv) {
      io.out(toCsv([['SDP objective', 'Spent', 'Committed', 'Requested'], ...b.byObjective.map((o) => [o.title, o.spent, o.committed, o.pending])]).trimEnd());
      return 0;
    }
    io.out(describeBudget(`${plan.school}, ${plan.year}`, b, widthOf(values, io)));
    return 0;
  },
};
