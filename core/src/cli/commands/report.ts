import { writeFile } from 'node:fs/promises';
import { jsonForTerminal } from '../terminal.ts';
import { budgetRollup } from '../../budget/rollup.ts';
import { toCsv } from '../../report/csv.ts';
import { renderImpactReportHtml } from '../../report/html.ts';
import { impactReport } from '../../report/impact.ts';
import { loadPlan } from '../inputs.ts';
import { CliError } from '../io.ts';
import { loadEvaluations, loadRequests, loadStaff, mappingOption } from './leader-inputs.ts';
import { parse } from './score.ts';
import type { Command } from './types.ts';

export const reportCommand: Command = {
  name: 'report',
  usage: 'cpd report --plan FILE --evaluations FILE [--requests FILE] [--staff FILE] [--mapping NAME|FILE] [--out report.html] [--csv report.csv] [--json]',
  summary: 'The annual impact report for governors: the five levels, value for money, per SDP objective.',
  async run(args, io) {
    const { values } = parse(args, { plan: { type: 'string' }, evaluations: { type: 'string' }, requests: { type: 'string' }, staff: { type: 'string' }, out: { type: 'string' }, csv: { type: 'string' }, json: { type: 'boolean', default: false }, ...mappingOption });
    if (!values.plan || !values.evaluations) throw new CliError('report: --plan and --evaluations are both needed');
    const plan = await loadPlan(values.plan, io);
    const ctx = { mappings: values.mapping, objectives: plan.objectives };
    const report = impactReport(await loadEvaluations(values.evaluations, io, ctx), plan);
    const budget = values.requests ? budgetRollup(plan, await loadRequests(values.requests, io, ctx), values.staff ? await loadStaff(values.staff, io, ctx) : []) : undefined;
    if (values.json) io.out(jsonForTerminal({ report, budget }));
    if (values.out) {
      await writeFile(values.out, renderImpactReportHtml(report, { school: plan.school, year: plan.year, ...(budget ? { budget } : {}) }));
      io.out(`wrote ${values.out}`);
    }
    if (values.csv) {
      const rows = [['Section', 'Level', 'Evaluations rating this level', 'Mean rating (1-5)', 'Share rating it 4 or 5', 'Cost of the CPD evaluated', 'Participant-hours', 'Cost per participant-hour']];
      for (const s of [{ title: 'All CPD', ...report }, ...report.byObjective]) {
        for (const l of s.levels) rows.push([s.title, l.label, String(l.rated), String(l.mean ?? ''), String(l.reached ?? ''), String(s.value.spend), String(s.value.hours), String(s.value.costPerParticipantHour ?? '')]);
      }
      await writeFile(values.csv, toCsv(rows));
      io.out(`wrote ${values.csv}`);
    }
    if (!values.json && !values.out && !values.csv) throw new CliError('report: say where to write it: --out report.html, --csv report.csv or --json');
    return 0;
  },
};
