import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedGet } from '../../src/cli/fetch-page.ts';
import { toCsv } from '../../src/report/csv.ts';
import { fixtures } from '../helpers.ts';
import { year } from '../leader/year.ts';
import { makeXlsx } from '../leader/xlsx-fixture.ts';
import { cpd } from './harness.ts';

const y = (name: string) => join(fixtures, 'year', name);
const i = (name: string) => join(fixtures, 'import', name);
const tmp = () => mkdtemp(join(tmpdir(), 'cpd-import-'));
const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));
const json = async (argv: string[]) => {
  const r = await cpd(argv);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};

/** The receiver templates' sheet: one row per delivery, requests and evaluations mixed, the JSON in Document. */
function receiverCsv(): string {
  const rows = [
    ...year.requests().map((r) => [r.id, 'request', r.createdAt, r.requester.name, r.course.title, r.costs.total, JSON.stringify(r)]),
    ...year.evaluations().map((e) => [e.id, 'evaluation', e.completedAt, e.staffId ?? '', e.courseTitle, e.cost ?? '', JSON.stringify(e)]),
  ];
  return toCsv([['Id', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document'], ...rows]);
}

describe('the CPL leader’s data from CSV and XLSX exports (issue 13)', () => {
  it('a Microsoft Forms CSV export (BOM, UK dates, £ amounts, a multi-line answer) feeds cpd budget', async () => {
    const b = await json(['budget', '--plan', y('plan.json'), '--requests', i('forms-requests.csv'), '--json']);
    // Forms responses have no approval yet: all three are requests (£692 + £150 + £1,200)
    expect(b).toMatchObject({ pending: 2042, spent: 2500, committed: 0 });
    const by = Object.fromEntries(b.byObjective.map((o: { objectiveId: string }) => [o.objectiveId, o]));
    expect(by['sdp-1'].pending).toBe(1292); // £692 + half of £1,200 ("SDP1;SDP3")
    expect(by['sdp-3'].pending).toBe(750); // "SDP3 Improve outcomes…" resolved by its code
    const text = await cpd(['budget', '--plan', y('plan.json'), '--requests', i('forms-requests.csv')]);
    expect(longest(text.stdout)).toBeLessThanOrEqual(80);
  });

  it('the receiver templates’ sheet gives the same figures as the JSON files', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'received.csv'), receiverCsv());
    const r = join(dir, 'received.csv');
    expect(await json(['budget', '--plan', y('plan.json'), '--requests', r, '--staff', y('staff.json'), '--json'])).toEqual(await json(['budget', '--plan', y('plan.json'), '--requests', y('requests.json'), '--staff', y('staff.json'), '--json']));
    expect(await json(['report', '--plan', y('plan.json'), '--evaluations', r, '--requests', r, '--json'])).toEqual(await json(['report', '--plan', y('plan.json'), '--evaluations', y('evaluations.json'), '--requests', y('requests.json'), '--json']));
    expect(await json(['record', 't01', '--requests', r, '--evaluations', r, '--json'])).toEqual(await json(['record', 't01', '--requests', y('requests.json'), '--evaluations', y('evaluations.json'), '--json']));
    // the Power Automate flow's SharePoint list, exported to Excel: the id in Title, SharePoint's own columns added
    const grid = receiverCsv().trim().split('\r\n').map((line, n) => (n === 0 ? [...line.replace(/^Id,/, 'Title,').split(','), 'Item Type', 'Path'] : null));
    const docs = [...year.requests().map((d) => ['request', d] as const), ...year.evaluations().map((d) => ['evaluation', d] as const)];
    await writeFile(join(dir, 'list.xlsx'), makeXlsx({ 'CPD Lens': [grid[0]!, ...docs.map(([kind, d]) => [d.id, kind, '2026-09-15T09:00:00Z', '', '', '', JSON.stringify(d), 'Item', 'sites/cpd/Lists/CPD Lens'])] }));
    expect(await json(['report', '--plan', y('plan.json'), '--evaluations', join(dir, 'list.xlsx'), '--requests', join(dir, 'list.xlsx'), '--json'])).toEqual(await json(['report', '--plan', y('plan.json'), '--evaluations', y('evaluations.json'), '--requests', y('requests.json'), '--json']));
  });

  it('reads the plan, requests and evaluations from URLs, as the demo receiver serves them', async () => {
    const files: Record<string, string> = { '/api/plan': 'plan.json', '/api/cpd-requests': 'requests.json', '/api/cpd-evaluations': 'evaluations.json' };
    const server = createServer(async (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(y(files[req.url ?? ''] ?? 'missing'))));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { code, stdout, stderr } = await cpd(['report', '--plan', `${origin}/api/plan`, '--evaluations', `${origin}/api/cpd-evaluations`, '--requests', `${origin}/api/cpd-requests`, '--json'], undefined, { get: boundedGet });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(JSON.parse(stdout)).toEqual(await json(['report', '--plan', y('plan.json'), '--evaluations', y('evaluations.json'), '--requests', y('requests.json'), '--json']));
    } finally {
      server.close();
    }
  });

  it('a SharePoint list exported to Excel (.xlsx, dates as serials) reads like its CSV export', async () => {
    const dir = await tmp();
    const csv = (await readFile(i('sharepoint-requests.csv'), 'utf8')).trim().split('\n').map((l) => l.split(','));
    const rows = csv.map((row, n) => (n === 0 ? row : row.map((v, c) => (c === 4 || c === 0 ? Number(v) : c === 9 ? 46280.375 : v))));
    await writeFile(join(dir, 'list.xlsx'), makeXlsx({ 'CPD requests': rows }));
    const fromXlsx = await json(['budget', '--plan', y('plan.json'), '--requests', join(dir, 'list.xlsx'), '--json']);
    expect(fromXlsx).toMatchObject({ spent: 2800, committed: 420, pending: 250 }); // completed 300, approved 420, pending 250, declined 180 left out
    expect(fromXlsx).toEqual(await json(['budget', '--plan', y('plan.json'), '--requests', i('sharepoint-requests.csv'), '--json']));
  });

  it('a staff list and a Microsoft Forms evaluation export feed the budget and the governors’ report', async () => {
    const dir = await tmp();
    const staff = year.staff();
    await writeFile(join(dir, 'staff.csv'), toCsv([['Staff ID', 'Full name', 'Staff group'], ...staff.map((m) => [m.id, m.name ?? '', { teaching: 'Teaching staff', support: 'Support staff', leadership: 'SLT' }[m.group]])]));
    const fromCsv = await json(['budget', '--plan', y('plan.json'), '--requests', y('requests.json'), '--staff', join(dir, 'staff.csv'), '--json']);
    expect(fromCsv).toEqual(await json(['budget', '--plan', y('plan.json'), '--requests', y('requests.json'), '--staff', y('staff.json'), '--json']));
    const head = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Staff ID', 'Staff group', 'Course title', 'SDP objectives', 'Total cost (£)', 'Hours', 'Satisfaction (1-5)', 'Learning (1-5)', 'Use in practice (1-5)', 'Support from the school (1-5)', 'Value for money (1-5)', 'Impact on pupils (1-5)'];
    const rows = [
      [7, '01/07/2027 15:00', '01/07/2027 15:06', 'a@oak.sch.uk', 'Teacher 1', 't01', 'Teaching', 'Phonics', 'SDP1', '£692', '7.5', '5 - Very satisfied', 4, 4, 4, 4, 3],
      [8, '02/07/2027 15:00', '02/07/2027 15:04', 'b@oak.sch.uk', 'Support 1', 's01', 'Support staff', 'SEND in class', 'SDP3 Improve outcomes for pupils with SEND', '£150', '3', 2, 3, '', '', '', ''],
    ];
    await writeFile(join(dir, 'evaluations.csv'), toCsv([head, ...rows]));
    const { report } = await json(['report', '--plan', y('plan.json'), '--evaluations', join(dir, 'evaluations.csv'), '--json']);
    expect(report).toMatchObject({ evaluations: 2, staff: 2, value: { spend: 842, hours: 10.5, costPerParticipantHour: 80.19, meanValueRating: 4 } });
    expect(report.levels[0]).toMatchObject({ level: 'reaction', rated: 2, mean: 3.5, distribution: [0, 1, 0, 0, 1] });
    expect(report.levels[2]).toMatchObject({ level: 'use', rated: 1 }); // an unanswered rating is not a 0
    expect(report.byObjective.find((o: { objectiveId: string }) => o.objectiveId === 'sdp-3').evaluations).toBe(1);
  });

  it('a bad row is named by row and column, exit code 2', async () => {
    const dir = await tmp();
    const text = (await readFile(i('forms-requests.csv'), 'utf8')).replace('£150,,,£150', '£150,,,about £150').replace('SLT', 'Governors');
    await writeFile(join(dir, 'forms.csv'), text);
    const { code, stdout, stderr } = await cpd(['budget', '--plan', y('plan.json'), '--requests', join(dir, 'forms.csv')]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    // Spreadsheet rows, as Excel shows them: row 2's answer spans two lines of the file but is one row.
    expect(stderr.split('\n')).toEqual([
      `${join(dir, 'forms.csv')} row 3, column “Total cost (£)”: “about £150” is not an amount of money`,
      `${join(dir, 'forms.csv')} row 4, column “Staff group”: “Governors” is not a staff group (teaching, support or leadership) this import knows (map it under "values")`,
      '',
    ]);
  });

  it('an export it does not recognise asks for a mapping; a mapping file of the school’s own works', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'own.csv'), 'Who,Course,Cost,Stage,Ref\nTeacher 9,Maths mastery,"£1,000",Awaiting SLT,m1\nTeacher 8,Behaviour,£90,Paid,m2\n');
    const unknown = await cpd(['budget', '--plan', y('plan.json'), '--requests', join(dir, 'own.csv')]);
    expect(unknown.stderr).toMatch(/own\.csv: cannot tell which columns hold what \(columns: Who, Course, Cost, Stage, Ref\); give --mapping FILE or one of receiver-requests, forms-requests, sharepoint-requests/);
    const mapping = { kind: 'requests', columns: { id: 'Ref', 'requester.name': 'Who', 'course.title': 'Course', 'costs.total': 'Cost', status: 'Stage' }, values: { status: { 'Awaiting SLT': 'submitted', Paid: 'completed' } }, defaults: { createdAt: '2026-09-01' } };
    await writeFile(join(dir, 'mapping.json'), JSON.stringify(mapping));
    expect((await cpd(['mapping', 'check', join(dir, 'mapping.json')])).stdout).toMatch(/valid — reads requests, 5 columns mapped/);
    const b = await json(['budget', '--plan', y('plan.json'), '--requests', join(dir, 'own.csv'), '--mapping', join(dir, 'mapping.json'), '--json']);
    expect(b).toMatchObject({ pending: 1000, spent: 2590 });
    await writeFile(join(dir, 'typo.json'), JSON.stringify({ ...mapping, columns: { ...mapping.columns, 'cost.total': 'Cost' } }));
    expect((await cpd(['budget', '--plan', y('plan.json'), '--requests', join(dir, 'own.csv'), '--mapping', join(dir, 'typo.json')])).stderr).toMatch(/typo\.json: "cost\.total" is not a field of requests/);
  });

  it('cpd mapping lists the ready mappings in 80 columns and prints one to start from', async () => {
    const list = await cpd(['mapping']);
    expect(longest(list.stdout)).toBeLessThanOrEqual(80);
    expect(list.stdout).toContain('sharepoint-requests');
    expect(JSON.parse((await cpd(['mapping', 'forms-requests'])).stdout).columns['costs.total']).toBe('Total cost (£)');
  });
});
