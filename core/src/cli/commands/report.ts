import { writeFile } from 'node:fs/promises';
import { jsonForTerminal } from '../terminal.ts';
import { budgetRollup } from '../../budget/rollup.ts';
import { toCsv } from '../../report/csv.ts';
import { renderImpactReportHtml } from '../../report/html.ts';
import { impactReport } from '../../report/impact.ts';
import { joinEvaluations, withEvaluatedDone } from '../../report/join.ts';
import { loadPlan } from '../inputs.ts';
import { CliError } from '../io.ts';
import { loadEvaluations, loadRequests, loadStaff, mappingOption } from './leader-inputs.ts';
import { parse } from './score.ts';
import type { Command } from './types.ts';

/** Where the report goes when no output is named and standard output is a terminal. */
const DEFAULT_OUT = 'report.html';

export const reportCommand: Command = {
  name: 'report',
  usage: 'cpd report --plan FILE --evaluations FILE [--requests FILE] [--staff FILE] [--mapping NAME|FILE] [--out report.html] [--csv report.csv] [--json] (without --out: HTML on standard output, or report.html on a terminal)',
  summary: 'The annual impact report for governors: the five levels, value for money, per SDP objective.',
  async run(args, io) {
    const { values } = parse(args, { plan: { type: 'string' }, evaluations: { type: 'string' }, requests: { type: 'string' }, staff: { type: 'string' }, out: { type: 'string' }, csv: { type: 'string' }, json: { type: 'boolean', default: false }, ...mappingOption });
    if (!values.plan || !values.evaluations) throw new CliError('report: --plan and --evaluations are both needed');
    const plan = await loadPlan(values.plan, io);
    const ctx = { mappings: values.mapping, objectives: plan.objectives };
    // Evaluations are joined to the requests they name: cost, hours, member of staff and objectives come from the request.
    const requests = values.requests ? await loadRequests(values.requests, io, ctx) : [];
    const staff = values.staff ? await loadStaff(values.staff, io, ctx) : [];
    const evaluations = joinEvaluations(await loadEvaluations(values.evaluations, io, ctx), requests, staff);
    const report = impactReport(evaluations, plan);
    const budget = values.requests ? budgetRollup(plan, withEvaluatedDone(requests, evaluations), staff, evaluations) : undefined;
    const html = () => renderImpactReportHtml(report, { school: plan.school, year: plan.year, ...(budget ? { budget } : {}) });
    if (values.json) io.out(jsonForTerminal({ report, budget }));
    // No output named: the HTML goes to standard output (`> report.html`), or to report.html on a terminal.
    const out = values.out ?? (values.json || values.csv ? undefined : io.terminal ? DEFAULT_OUT : '-');
    if (out === '-') io.out(html());
    else if (out) {
      await writeFile(out, html());
      io.out(`wrote ${out}`);
    }
    if (values.csv) {
      const rows = [['Section', 'Level', 'Evaluations rating this level', 'Mean rating (1-5)', 'Share rating it 4 or 5', 'Cost of the CPD evaluated', 'Participant-hours', 'Cost per participant-hour']];
      for (const s of [{ title: 'All CPD', ...report }, ...report.byObjective]) {
        for (const l of s.levels) rows.push([s.title, l.label, String(l.rated), String(l.mean ?? ''), String(l.reached ?? ''), String(s.value.spend), String(s.value.hours), String(s.value.costPerParticipantHour ?? '')]);
      }
      await writeFile(values.csv, toCsv(rows));
      io.out(`wrote ${values.csv}`);
    }
    return 0;
  },
};
