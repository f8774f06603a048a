import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers.ts';
import { cpd } from './harness.ts';

const y = (name: string) => join(fixtures, 'year', name);
const options = [y('options/in-school-programme.json'), y('options/one-day-masterclass.json')];

describe('the CPL leader’s commands', () => {
  it('cpd compare prints options side by side, a recommendation, reasons and open questions', async () => {
    const { code, stdout } = await cpd(['compare', ...options, '--cohort', '12', '--plan', y('plan.json')]);
    expect(code).toBe(0);
    // VAT is recovered by default, so the in-school programme costs £125 a head, £1,500 for twelve
    expect(stdout).toMatch(/Cohort of 12 +£1,500 +£5,340/);
    // every sum behind the cohort total is shown: fees, cover, VAT not recovered, per head and for the cohort
    expect(stdout).toMatch(/Fees, 12 staff +£1,500 +£2,340/);
    expect(stdout).toMatch(/Cover, 12 staff +£0 +£3,000/);
    expect(stdout).toMatch(/Total per head +£125 +£445/);
    expect(stdout).toMatch(/VAT not recovered +£0 +£0/);
    expect(stdout).toMatch(/Recommendation: option 1, “Retrieval practice in every classroom: an in-school\s+programme”\./);
    expect(stdout).toMatch(/Sustained +strong +poor/);
    expect(stdout).toContain('Open questions for option 2');
  });

  it('cpd compare --csv and --json', async () => {
    const csv = await cpd(['compare', ...options, '--cohort', '12', '--csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('Option,Title,Provider,Score,Known,Per participant,Per hour,Cohort of 12,Hours,Sessions,Span (days),Evidence,Sustained,Collaboration,Peer feedback,Fees per head,Cover per head,Cohort fees,Cohort cover,VAT not recovered');
    const json = JSON.parse((await cpd(['compare', ...options, '--cohort', '12', '--json'])).stdout);
    expect(json.options[1].cohortCost).toBe(5340);
    // by hand: £195 × 12 = £2,340 fees, 1 day × £250 × 12 = £3,000 cover, VAT recovered, £5,340; £445 a head
    expect(json.options[1].sums).toEqual({
      cohort: 12,
      cohortSums: { fees: 2340, cover: 3000, vatNotRecoverable: 0, total: 5340 },
      perParticipant: { fees: 195, cover: 250, vatNotRecoverable: 0, total: 445 },
    });
    // the in-school programme's £1,500 for the school counts once: £125 a head, no cover
    expect(json.options[0].sums.cohortSums).toEqual({ fees: 1500, cover: 0, vatNotRecoverable: 0, total: 1500 });
    expect(json.recommendation.option).toBe(0);
  });

  it('cpd compare refuses a missing or silly cohort', async () => {
    expect((await cpd(['compare', ...options])).stderr).toMatch(/--cohort should be the number of staff/);
    expect((await cpd(['compare', ...options, '--cohort', '0'])).code).toBe(2);
    expect((await cpd(['compare', options[0]!, '--cohort', '3'])).stderr).toMatch(/two or more/);
  });

  it('cpd budget shows totals, objectives and equality of access', async () => {
    const { code, stdout } = await cpd(['budget', '--plan', y('plan.json'), '--requests', y('requests.json'), '--staff', y('staff.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/INSET budget +£12,000 +the year’s CPD budget/);
    expect(stdout).toMatch(/Spent +£4,842 +completed requests and spending/);
    expect(stdout).toMatch(/Remaining +£6,738 +budget less spent and committed/);
    expect(stdout).toMatch(/Support\s+6\s+1\s+17%\s+£25/);
    expect(stdout).toContain('No CPD yet this year (14 people)');
  });

  it('cpd report writes printable HTML and CSV', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-report-'));
    const { code } = await cpd(['report', '--plan', y('plan.json'), '--evaluations', y('evaluations.json'), '--requests', y('requests.json'), '--out', join(dir, 'r.html'), '--csv', join(dir, 'r.csv')]);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'r.html'), 'utf8')).toContain('CPD impact report 2026-27: Oak Lane Primary School');
    const csv = await readFile(join(dir, 'r.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toBe('All CPD,Participant satisfaction,5,4,0.8,2342,48.5,50.37');
  });

  it('cpd record exports a member of staff’s record', async () => {
    const { stdout } = await cpd(['record', 't01', '--requests', y('requests.json'), '--evaluations', y('evaluations.json'), '--json']);
    expect(JSON.parse(stdout).totals).toEqual({ entries: 1, hours: 7.5, cost: 692 });
  });

  it('names the file and field of bad input, exit code 2', async () => {
    const bad = await cpd(['budget', '--plan', y('plan.json'), '--requests', y('evaluations.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/evaluations\.json: \[0\]\.createdAt is missing/);
    // no output named: the HTML goes to standard output, ready for `> report.html`
    const html = await cpd(['report', '--plan', y('plan.json'), '--evaluations', y('evaluations.json')]);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
  });

  it('--help on every subcommand prints its usage, never Node’s option error', async () => {
    for (const name of ['score', 'compare', 'budget', 'report', 'record', 'mapping', 'policy', 'schema', 'extract']) {
      const { code, stdout, stderr } = await cpd([name, '--help']);
      expect({ name, code, stderr }).toEqual({ name, code: 0, stderr: '' });
      expect(stdout).toContain(`usage: cpd ${name}`);
    }
  });

  it('a hand-written plan without schemaVersion and id is read with defaults and a note', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-plan-'));
    const plan = JSON.parse(await readFile(y('plan.json'), 'utf8')) as Record<string, unknown>;
    delete plan.schemaVersion;
    delete plan.id;
    await writeFile(join(dir, 'Our plan.json'), JSON.stringify(plan));
    const { code, stdout, stderr } = await cpd(['budget', '--plan', join(dir, 'Our plan.json'), '--requests', y('requests.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/INSET budget +£12,000/);
    expect(stderr).toMatch(/Our plan\.json: note: no schemaVersion or id given; read with schemaVersion 1 and id "our-plan"/);
  });

  it('names the file relative to the folder the command was typed in (./dev passes it as CPD_CWD)', async () => {
    const main = join(fixtures, '../../src/cli/main.ts');
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [main, 'budget', '--plan', 'plan.json', '--requests', 'requests.json'], { cwd: tmpdir(), env: { ...process.env, CPD_CWD: join(fixtures, 'year') } });
    expect(stdout).toMatch(/INSET budget +£12,000/);
  });
});
