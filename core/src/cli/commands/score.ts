import { parseArgs } from 'node:util';
import type { Course } from '../../model/course.ts';
import type { ScoreResult } from '../../model/score.ts';
import { defaultPolicy } from '../../policy/default-policy.ts';
import { scoreCourse } from '../../score/score.ts';
import { loadCourses, loadPlan, loadPolicy, loadProfile } from '../inputs.ts';
import { CliError } from '../io.ts';
import { money, percent, table } from '../table.ts';
import type { Command } from './types.ts';

/** Options shared by commands that score: --policy, --profile, --plan, --json. */
export const scoringOptions = {
  policy: { type: 'string' },
  profile: { type: 'string' },
  plan: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

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

/** A warning for a course read on weak evidence (a page without course markup, read because it was asked for). */
export function lowConfidence(course: Course): string | undefined {
  if (course.confidence === undefined || course.confidence >= 0.5) return undefined;
  return `Low confidence (${Math.round(course.confidence * 100)}%): this page has no course markup and little course evidence; check the fields against the page.`;
}

/** A human-readable report of one course's score: totals, criteria, targets, value and questions. */
export function describeScore(course: Course, score: ScoreResult): string {
  const v = score.value;
  const head = [`${course.title}${course.provider ? ` — ${course.provider}` : ''}`, `Score ${score.total}/100 · ${score.band} · ${percent(score.coverage)} of policy weight known`];
  const warning = lowConfidence(course);
  if (warning) head.push(warning);
  const criteria = table(
    [{ title: 'Criterion', max: 44 }, { title: 'Weight', align: 'right' }, { title: 'Score', align: 'right' }, { title: 'Points', align: 'right' }, { title: 'Evidence or question', max: 90 }],
    score.criteria.map((c) => [c.label, String(c.weight), c.score === null ? '?' : c.score.toFixed(2), c.score === null ? '—' : c.points.toFixed(1), c.score === null ? `Ask: ${c.question ?? ''}` : c.evidence.map((e) => `${e.effect} ${e.text}`).join(' ')]),
  );
  const lines = [...head, '', criteria];
  const targets = score.targets.filter((t) => t.strength > 0);
  if (score.targets.length) {
    lines.push('', targets.length ? 'Serves:' : 'Serves none of the PD targets or SDP objectives given.');
    for (const t of targets) lines.push(`  ${t.kind === 'target' ? 'PD target' : 'SDP objective'} “${t.label}”: ${percent(t.strength)} (${t.matched.join(', ')})`);
  }
  lines.push('', `Value: fee ${money(v.feePerParticipant, v.currency)} per participant, cover ${v.coverDays ?? 'unknown'} day(s) = ${money(v.coverCost, v.currency)}, total ${money(v.totalCost, v.currency)}, ${v.hours ?? 'unknown'} h, ${money(v.costPerParticipantHour, v.currency)} per participant-hour`);
  if (v.remainingBudget !== null) lines.push(`  Uses ${percent(v.shareOfRemainingBudget)} of the ${money(v.remainingBudget, v.currency)} INSET budget still uncommitted${v.needsApproval ? '; needs senior approval' : ''}.`);
  for (const n of v.notes) lines.push(`  · ${n}`);
  if (score.questions.length) {
    lines.push('', 'Questions to ask the provider:');
    for (const q of score.questions) lines.push(`  - ${q.question}`);
  }
  return lines.join('\n');
}

export const scoreCommand: Command = {
  name: 'score',
  usage: 'cpd score <file|url>… [--policy FILE] [--profile FILE] [--plan FILE] [--json]',
  summary: 'Score courses (course JSON, or HTML pages) against a policy, a profile and a school plan.',
  async run(args, io) {
    const { values, positionals } = parse(args, scoringOptions);
    if (!positionals.length) throw new CliError('score: name at least one course file or URL (see cpd help)');
    const ctx = await loadContext(values, io);
    const results: { course: Course; score: ScoreResult }[] = [];
    for (const source of positionals) {
      for (const course of await loadCourses(source, io)) results.push({ course, score: scoreCourse(course, ctx.policy, ctx.profile, ctx.plan) });
    }
    if (values.json) io.out(JSON.stringify({ courses: results }, null, 2));
    else io.out(results.map((r) => describeScore(r.course, r.score)).join(`\n\n${'═'.repeat(60)}\n\n`));
    return 0;
  },
};
