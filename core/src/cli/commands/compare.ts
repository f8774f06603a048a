import { compareOptions } from '../../commission/compare.ts';
import { jsonForTerminal } from '../terminal.ts';
import { toCsv } from '../../report/csv.ts';
import { loadCourses } from '../inputs.ts';
import { CliError } from '../io.ts';
import { money, percent, table } from '../table.ts';
import { loadContext, parse, scoringOptions } from './score.ts';
import type { Command } from './types.ts';

const score = (n: number | null): string => (n === null ? '?' : n.toFixed(2));

export const compareCommand: Command = {
  name: 'compare',
  usage: 'cpd compare <file|url> <file|url>… --cohort N [--policy FILE] [--plan FILE] [--profile FILE] [--json|--csv]',
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
    const rows = result.options.map((o, i) => [
      String(i + 1), o.course.title, o.course.provider ?? '', String(o.score.total), percent(o.score.coverage), money(o.pricePerParticipant), money(o.costPerParticipantHour), money(o.cohortCost),
      o.hours === null ? '?' : String(o.hours), String(o.sessions), o.spanDays === null ? '?' : String(o.spanDays), score(o.evidence), score(o.sustained), score(o.collaboration), score(o.peerFeedback),
    ]);
    const head = ['Option', 'Title', 'Provider', 'Score', 'Known', 'Per participant', 'Per hour', `Cohort of ${cohort}`, 'Hours', 'Sessions', 'Span (days)', 'Evidence', 'Sustained', 'Collaboration', 'Peer feedback'];
    if (values.csv) {
      io.out(toCsv([head, ...rows]).trimEnd());
      return 0;
    }
    io.out(table(head.map((title, i) => ({ title, max: i === 1 ? 40 : 24, align: i >= 3 && i !== 4 ? 'right' : 'left' })), rows));
    const r = result.recommendation;
    io.out('');
    io.out(r.option === null ? 'Recommendation: none yet.' : `Recommendation: option ${r.option + 1}, “${result.options[r.option]!.course.title}”.`);
    for (const reason of r.reasons) io.out(`  + ${reason}`);
    for (const caveat of r.caveats) io.out(`  ! ${caveat}`);
    result.options.forEach((o, i) => {
      if (!o.questions.length) return;
      io.out(`\nOpen questions for option ${i + 1} (${o.course.provider ?? o.course.title}):`);
      for (const q of o.questions) io.out(`  - ${q}`);
    });
    return 0;
  },
};
