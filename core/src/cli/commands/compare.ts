import { compareOptions } from '../../commission/compare.ts';
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
    if (values.json) {
      io.out(jsonForTerminal(result));
      return 0;
    }
    if (values.csv) {
      const head = ['Option', 'Title', 'Provider', 'Score', 'Known', 'Per participant', 'Per hour', `Cohort of ${cohort}`, 'Hours', 'Sessions', 'Span (days)', 'Evidence', 'Sustained', 'Collaboration', 'Peer feedback'];
      const rows = result.options.map((o, i) => [i + 1, o.course.title, o.course.provider ?? '', o.score.total, o.score.coverage, o.pricePerParticipant, o.costPerParticipantHour, o.cohortCost, o.hours, sessionsOf(o), o.spanDays, o.evidence, o.sustained, o.collaboration, o.peerFeedback]);
      io.out(toCsv([head, ...rows]).trimEnd());
      return 0;
    }
    io.out(describeComparison(result, widthOf(values, io)));
    return 0;
  },
};
