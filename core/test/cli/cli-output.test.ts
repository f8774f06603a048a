import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { check, Policy, ScoreResult } from '../../src/index.ts';
import { fixtures } from '../helpers.ts';
import { cpd } from './harness.ts';

const root = resolve(fixtures, '../../..');
const f = (name: string) => join(fixtures, name);
const y = (name: string) => join(fixtures, 'year', name);
const sh = promisify(execFile);
/** Runs a shell line from the repository root, as a CPL leader would type it. */
const shell = (line: string, env: Record<string, string> = {}) => sh('bash', ['-c', line], { cwd: root, env: { ...process.env, ...env } });
const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

const COMMANDS: [string, string[]][] = [
  ['score', ['score', f('phonics-course.json'), '--profile', f('profile.json'), '--plan', f('plan.json')]],
  ['compare', ['compare', y('options/in-school-programme.json'), y('options/one-day-masterclass.json'), y('options/bespoke-unknown.json'), '--cohort', '12', '--plan', y('plan.json')]],
  ['budget', ['budget', '--plan', y('plan.json'), '--requests', y('requests.json'), '--staff', y('staff.json')]],
  ['record', ['record', 't01', '--requests', y('requests.json'), '--evaluations', y('evaluations.json')]],
];

describe('tables fit the terminal (issue 13)', () => {
  it.each(COMMANDS)('cpd %s: no line over 80 columns at COLUMNS=80, wider with --wide', async (_, argv) => {
    const narrow = await cpd(argv);
    expect(narrow.code).toBe(0);
    expect(longest(narrow.stdout)).toBeLessThanOrEqual(80);
    const wide = await cpd([...argv, '--wide']);
    expect(wide.code).toBe(0);
    expect(longest(wide.stdout)).toBeGreaterThanOrEqual(longest(narrow.stdout));
  });

  it('reads COLUMNS from the environment when run as a command', async () => {
    const { stdout } = await shell(`node core/src/cli/main.ts ${COMMANDS[1]![1].map((a) => `'${a}'`).join(' ')}`, { COLUMNS: '80' });
    expect(longest(stdout)).toBeLessThanOrEqual(80);
    const wide = await shell(`node core/src/cli/main.ts ${COMMANDS[1]![1].map((a) => `'${a}'`).join(' ')}`, { COLUMNS: '200' });
    expect(longest(wide.stdout)).toBeGreaterThan(80);
  }, 60_000);

  it('says words, not fractions or ids; "not stated" on the criteria scale, "?" for unknown figures; plurals right', async () => {
    const compare = (await cpd(COMMANDS[1]![1])).stdout;
    expect(compare).not.toMatch(/\b[01]\.\d\d\b/); // no raw 1.00 or 0.15
    expect(compare).toMatch(/Sessions +3 +1 +\?/); // the bespoke option gives no sessions: unknown, not 0
    expect(compare).toMatch(/Sustained +strong +poor +not stated/);
    const score = (await cpd(COMMANDS[0]![1])).stdout;
    expect(score).not.toMatch(/ (0|1)\.\d\d /);
    expect(score).toMatch(/Respects cultural diversity +2% +not stated/); // its share of the weight, on the one scale of words
    // a maintained school recovers the VAT on the £395 fee (core/src/cost): only cover is added
    expect(score).toMatch(/Cost per participant: fee £395 \(no VAT to pay: the school gets it back\) \+ supply\s+cover for 1 day £218 =\s+£613/);
    const record = (await cpd(COMMANDS[3]![1])).stdout;
    expect(record).toContain('Teacher 1. 1 entry, 7.5 hours, £692.');
    expect(record).toMatch(/Completed +Participant/);
    expect(record).not.toMatch(/reaction|organisation,/);
    const budget = (await cpd(COMMANDS[2]![1])).stdout;
    expect(budget).toMatch(/^Teaching +10 +3 +30%/m);
  });

  it('prints the verdict, reasons and cost line first when the judgement gives them', async () => {
    const { describeScore } = await import('../../src/cli/describe-score.ts');
    const out = JSON.parse((await cpd(['score', f('phonics-course.json'), '--json'])).stdout) as { courses: { course: never; score: ScoreResult }[] };
    const { course, score } = out.courses[0]!;
    const judged: ScoreResult = {
      ...score,
      verdict: 'A sustained phonics programme that serves your reading priority.',
      reasons: { for: [{ criterionId: 'sustained', text: 'Three sessions over two terms.' }], against: [{ criterionId: 'value', text: '£92 per hour is high.' }] },
      cost: { fee: 395, vat: 79, vatRecoverable: false, coverDays: 1, cover: 218, total: 692, perParticipantHour: 92.27, funded: false },
    };
    expect(check(ScoreResult, judged).ok).toBe(true);
    const text = describeScore(course, judged, 80);
    const at = (s: string) => text.indexOf(s);
    expect(at('A sustained phonics programme')).toBeGreaterThan(0);
    expect(at('  + Three sessions over two terms.')).toBeGreaterThan(at('A sustained phonics programme'));
    expect(at('  - £92 per hour is high.')).toBeGreaterThan(0);
    expect(text.replace(/\s+/g, ' ')).toContain('Cost per participant: fee £395 + VAT £79 + supply cover for 1 day £218 = £692 · £92.27 per person per hour of training.');
    expect(at('Cost per participant')).toBeLessThan(at('Criterion'));
    expect(longest(text)).toBeLessThanOrEqual(80);
  });
});

describe('output redirected to a file is exactly the command’s output (issue 13)', () => {
  it('./dev cpd policy default > file, then policy check file; --json and schema parse too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-out-'));
    await shell(`./dev cpd policy default > '${dir}/policy.json' && ./dev cpd schema policy > '${dir}/schema.json' && ./dev cpd score '${f('phonics-course.json')}' --json > '${dir}/score.json'`);
    expect(check(Policy, JSON.parse(await readFile(join(dir, 'policy.json'), 'utf8'))).ok).toBe(true);
    expect(JSON.parse(await readFile(join(dir, 'schema.json'), 'utf8')).$id).toMatch(/policy\.schema\.json$/);
    expect(JSON.parse(await readFile(join(dir, 'score.json'), 'utf8')).courses).toHaveLength(1);
    const { stdout } = await shell(`./dev cpd policy check '${dir}/policy.json'`);
    expect(stdout).toMatch(/valid/);
  }, 60_000);

  it('pnpm -s cpd prints no banner either', async () => {
    const { stdout } = await shell('pnpm -s cpd schema course');
    expect(JSON.parse(stdout).$id).toMatch(/course\.schema\.json$/);
  }, 60_000);
});
