import { compareOptions } from '../../commission/compare.ts';
import { cohortSums } from '../../commission/sums.ts';
import { budgetEntered } from '../../budget/entered.ts';
import { jsonForTerminal } from '../terminal.ts';
import { toCsv } from '../../report/csv.ts';
import { loadCourses } from '../inputs.ts';
import { CliError } from '../io.ts';
import { describeComparison, sessionsOf } from '../describe-comparison.ts';
import { loadContext, parse, scoringOptions, widthOf } from './score.ts';
import type { Command } from './types.ts';


export const compareCommand: Command = {
  name: 'compare',
  usage: 'cpd compare <file|url> <file|url>… --cohort N [--policy FILE] [--plan FILE] [--profile FILE] [--json|--csv|--wide]',
  summary: 'Commissioning check: compare options for a cohort of staff and recommend one, with reasons.',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...scoringOptions, cohort: { type: 'string' }, csv: { type: 'boolean', default: false } });
    if (positionals.length < 2) throw new CliError('compare: name two or more course files or URLs');
    const cohort = Number(values.cohort);
    if (!Number.isInteger(cohort) || cohort < 1 || cohort > 10_000) throw new CliError('compare: --cohort should be the number of staff taking part (a whole number from 1)');
    const ctx = await loadContext(values, io);
    const courses = [];
    for (const source of positionals) courses.push(...(await loadCourses(source, io)));
    const result = compareOptions(courses, ctx.policy, { cohort, profile: ctx.profile, plan: ctx.plan });
    const sums = courses.map((c) => cohortSums(c, ctx.policy, cohort, { ...(ctx.plan ? { plan: ctx.plan } : {}), ...(ctx.profile ? { staff: ctx.profile } : {}) }));
    const noBudget = ctx.plan && !budgetEntered(ctx.plan) ? 'No INSET budget entered in the plan: no budget check.' : '';
    if (values.json) {
      io.out(jsonForTerminal({ ...result, options: result.options.map((o, i) => ({ ...o, sums: sums[i] })), budgetEntered: ctx.plan ? budgetEntered(ctx.plan) : null }));
      return 0;
    }
    if (values.csv) {
      const head = ['Option', 'Title', 'Provider', 'Score', 'Known', 'Per participant', 'Per hour', `Cohort of ${cohort}`, 'Hours', 'Sessions', 'Span (days)', 'Evidence', 'Sustained', 'Collaboration', 'Peer feedback', 'Fees per head', 'Cover per head', 'Cohort fees', 'Cohort cover', 'VAT not recovered'];
      const rows = result.options.map((o, i) => {
        const s = sums[i]!;
        return [i + 1, o.course.title, o.course.provider ?? '', o.score.total, o.score.coverage, s.perParticipant.total, o.costPerParticipantHour, s.cohortSums.total, o.hours, sessionsOf(o), o.spanDays, o.evidence, o.sustained, o.collaboration, o.peerFeedback, s.perParticipant.fees, s.perParticipant.cover, s.cohortSums.fees, s.cohortSums.cover, s.cohortSums.vatNotRecoverable];
      });
      io.out(toCsv([head, ...rows]).trimEnd());
      return 0;
    }
    io.out(describeComparison(result, widthOf(values, io), sums) + (noBudget ? `\n\n${noBudget}` : ''));
    return 0;
  },
};
