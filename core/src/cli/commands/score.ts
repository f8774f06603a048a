import { parseArgs } from 'node:util';
import { jsonForTerminal } from '../terminal.ts';
import type { Course } from '../../model/course.ts';
import type { ScoreResult } from '../../model/score.ts';
import { defaultPolicy } from '../../policy/default-policy.ts';
import { scoreCourse } from '../../score/score.ts';
import { jsonFrom, loadPage, loadPlan, loadPolicy, loadProfile, noCourse, readSource } from '../inputs.ts';
import type { Rejected } from '../../extract/learning.ts';
import { applyCorrections } from '../../correct/apply.ts';
import { parseSets, readCorrections } from '../../correct/set.ts';
import type { Corrections } from '../../model/corrections.ts';
import { formatProblems } from '../../model/validate.ts';
import { CliError, type CliIo } from '../io.ts';
import { describeScore } from '../describe-score.ts';
import type { Command } from './types.ts';

/** Options shared by commands that score: --policy, --profile, --plan, --json. */
export const scoringOptions = {
  policy: { type: 'string' },
  profile: { type: 'string' },
  plan: { type: 'string' },
  json: { type: 'boolean', default: false },
  wide: { type: 'boolean', default: false },
} as const;

/** The width tables should fit: the terminal's, or no limit with --wide. */
export const widthOf = (values: { wide?: boolean }, io: CliIo): number => (values.wide ? Infinity : io.columns);

/** Parses arguments, turning unknown options into a clear CLI error. */
export function parse<O extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message.replace(/^TypeError \[\w+\]: /, '') : String(error));
  }
}

/** Loads the policy, profile and plan named by the options (default policy when none). */
export async function loadContext(values: { policy?: string; profile?: string; plan?: string }, io: Parameters<Command['run']>[1]) {
  const policy = values.policy ? await loadPolicy(values.policy, io) : defaultPolicy;
  const profile = values.profile ? await loadProfile(values.profile, io) : undefined;
  const plan = values.plan ? await loadPlan(values.plan, io) : undefined;
  return { policy, profile, plan };
}

/** Staff corrections from `--corrections FILE` and then each `--set field=value` (which win), or undefined when none; errors name the field. */
export async function loadCorrections(values: { set?: string[]; corrections?: string }, io: CliIo, at = new Date().toISOString()): Promise<Corrections | undefined> {
  let corrections: Corrections | undefined;
  if (values.corrections) {
    const checked = readCorrections(jsonFrom(values.corrections, (await readSource(values.corrections, io)).text), at);
    if (!checked.ok) throw new CliError(formatProblems(checked.problems, values.corrections));
    corrections = checked.value;
  }
  if (values.set?.length) {
    const checked = parseSets(values.set, at);
    if (!checked.ok) throw new CliError(formatProblems(checked.problems, '--set'));
    corrections = { ...corrections, ...checked.value };
  }
  return corrections;
}

export const scoreCommand: Command = {
  name: 'score',
  usage: 'cpd score <file|url>… [--policy FILE] [--profile FILE] [--plan FILE] [--set FIELD=VALUE]… [--corrections FILE] [--json|--wide]',
  summary: 'Score courses (course JSON, or HTML pages) against a policy, a profile and a school plan.',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...scoringOptions, set: { type: 'string', multiple: true }, corrections: { type: 'string' } });
    if (!positionals.length) throw new CliError('score: name at least one course file or URL (see cpd help)');
    const corrections = await loadCorrections(values, io);
    const ctx = await loadContext(values, io);
    const results: { course: Course; score: ScoreResult }[] = [];
    // today's date, so a past event says so as it does on the badge and the label
    const now = io.today ?? new Date().toISOString().slice(0, 10);
    const rejected: (Rejected & { source: string })[] = [];
    for (const source of positionals) {
      const page = await loadPage(source, io);
      // As text, a page with no course stops the run with why; as JSON it is listed under `rejected`.
      if (!page.courses.length && !values.json) throw new CliError(noCourse(source, page.rejected));
      for (const read of page.courses) {
        const course = corrections ? applyCorrections(read, corrections) : read;
        results.push({ course, score: scoreCourse(course, ctx.policy, ctx.profile, ctx.plan, { now }) });
      }
      for (const r of page.rejected) rejected.push({ source, ...r });
    }
    if (values.json) io.out(jsonForTerminal({ courses: results, rejected }));
    else io.out(results.map((r) => describeScore(r.course, r.score, widthOf(values, io))).join(`\n\n${'═'.repeat(Math.min(60, io.columns))}\n\n`));
    return 0;
  },
};
