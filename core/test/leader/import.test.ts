import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, ImportMapping, READY_MAPPINGS, detectMapping, formatImportProblem, importSheet, mappingProblems, parseCsv, parseXlsx, toDate } from '../../src/import/index.ts';
import { check } from '../../src/index.ts';
import { makeXlsx } from './xlsx-fixture.ts';
import { year } from './year.ts';

const objectives = year.plan().objectives;

describe('CSV as spreadsheets write it', () => {
  it('reads quotes, doubled quotes, line breaks in cells, CRLF and a byte-order mark, numbering rows as the sheet does', () => {
    const sheet = parseCsv('\uFEFFName,Note\r\n"Smith, J","said ""hi""\r\nthen left"\r\n\r\nJones,ok\r\n');
    expect(sheet.headers).toEqual(['Name', 'Note']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Smith, J', 'said "hi"\r\nthen left'] },
      { row: 4, cells: ['Jones', 'ok'] },
    ]);
  });

  it('reads semicolon-separated files (Excel in many European locales) and tabs', () => {
    expect(parseCsv('a;b\n1;2').rows[0]!.cells).toEqual(['1', '2']);
    expect(parseCsv('a\tb\n1\t2').rows[0]!.cells).toEqual(['1', '2']);
  });

  it('guesses the separator outside quotes: a semicolon file whose quoted header holds commas (issue 24)', () => {
    const sheet = parseCsv('"Name, as on the register, in full";Email;"Course, provider"\r\n"Jones, Sam";s.jones@school.example;"Phonics, NRH"\r\n');
    expect(sheet.headers).toEqual(['Name, as on the register, in full', 'Email', 'Course, provider']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Jones, Sam', 's.jones@school.example', 'Phonics, NRH'] }]);
    expect(parseCsv('"a, b, c, d";e\n1;2').rows[0]!.cells).toEqual(['1', '2']);
  });

  it('says where a quoted cell is never closed', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(new ImportError('row 2: a quoted cell is never closed'));
  });

  it('is linear on a large file', () => {
    const big = `a,b,c\n${'x,"y ""q""",12\n'.repeat(100_000)}`;
    const started = Date.now();
    expect(parseCsv(big).rows).toHaveLength(100_000);
    expect(Date.now() - started).toBeLessThan(5000); // generous: catches quadratic slicing only
  });
});

describe('XLSX', () => {
  it('reads a workbook whose elements carry a namespace prefix (x:row, x:c), as the Open XML SDK writes them (issue 24)', () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(`<?xml version="1.0"?><x:workbook xmlns:x="${main}" xmlns:rel="${rels}"><x:sheets><x:sheet name="Responses" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><pr:Relationships xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships"><pr:Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/data.xml"/></pr:Relationships>`),
      'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><x:sst xmlns:x="${main}"><x:si><x:t>Course title</x:t></x:si><x:si><x:r><x:t>Phonics </x:t></x:r><x:r><x:t>&amp; reading</x:t></x:r></x:si></x:sst>`),
      'xl/worksheets/data.xml': strToU8(`<?xml version="1.0"?><x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Total cost (£)</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:v>692</x:v></x:c></x:row></x:sheetData></x:worksheet>`),
    });
    const sheet = parseXlsx(bytes);
    expect(sheet.headers).toEqual(['Course title', 'Total cost (£)']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Phonics & reading', 692] }]);
  });

  it('reads shared and inline strings, numbers and the named sheet', () => {
    const bytes = makeXlsx({ Responses: [['Course title', 'Total cost (£)', 'Completion time'], ['Phonics & <reading>', 692, 46309.375]], Other: [['x'], ['y']] });
    const sheet = parseXlsx(bytes);
    expect(sheet.headers).toEqual(['Course title', 'Total cost (£)', 'Completion time']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Phonics & <reading>', 692, 46309.375] }]);
    expect(parseXlsx(bytes, 'Other').rows[0]!.cells).toEqual(['y']);
    expect(() => parseXlsx(bytes, 'Missing')).toThrow(/has no sheet named "Missing" \(it has: Responses, Other\)/);
  });

  it('refuses a file that is not a workbook, and a part that would inflate past the limit', () => {
    expect(() => parseXlsx(strToU8('not a zip'))).toThrow(/is not an XLSX workbook/);
    expect(() => parseXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no xl\/workbook\.xml/);
    // A part declaring 70 MB once inflated (the central directory's uncompressed size, patched in).
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    const entry = bomb.findIndex((_, i) => bomb[i] === 0x50 && bomb[i + 1] === 0x4b && bomb[i + 2] === 0x01 && bomb[i + 3] === 0x02);
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(entry + 24, 70 * 1024 * 1024, true);
    expect(() => parseXlsx(bomb)).toThrow(/would be larger than 64 MB/);
  });

  it('does not expand entities beyond the five XML ones', () => {
    const bytes = makeXlsx({ S: [['h'], ['v']] }, { 'xl/sharedStrings.xml': '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><sst><si><t>&b;&amp;&#65;</t></si></sst>' });
    expect(parseXlsx(bytes).headers).toEqual(['&b;&A']);
  });
});

describe('values as schools type them', () => {
  it.each([
    ['2026-10-14', '2026-10-14'],
    ['14/10/2026', '2026-10-14'],
    ['14/10/2026 09:30', '2026-10-14T09:30:00'],
    ['10/14/2026', '2026-10-14'],
    ['14 Oct 2026', '2026-10-14'],
    ['3 March 2027 2:15 pm', '2027-03-03T14:15:00'],
    [46309, '2026-10-14'],
    [46309.375, '2026-10-14T09:00:00'],
  ] as const)('date %j', (input, iso) => {
    expect(toDate(input)).toEqual({ ok: true, value: iso });
  });

  it.each(['31/02/2026', 'next week', '2026-13-45x'])('refuses %j', (input) => {
    expect(toDate(input).ok).toBe(false);
  });
});

describe('mappings', () => {
  it('ready mappings are valid mappings naming only real fields', () => {
    for (const [name, m] of Object.entries(READY_MAPPINGS)) {
      expect(check(ImportMapping, JSON.parse(JSON.stringify(m))).ok, name).toBe(true);
      expect(mappingProblems(m), name).toEqual([]);
    }
    expect(mappingProblems({ kind: 'requests', columns: { 'costs.totl': 'Cost' } })[0]).toMatch(/"costs\.totl" is not a field of requests/);
  });

  it('recognises each export by its columns', () => {
    expect(detectMapping('requests', ['Id', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document'])).toBe('receiver-requests');
    expect(detectMapping('evaluations', ['Id', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document'])).toBe('receiver-evaluations');
    // the Power Automate flow's SharePoint list keeps the id in Title, and an export adds SharePoint's own columns
    expect(detectMapping('requests', ['Title', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document', 'Item Type', 'Path'])).toBe('receiver-requests');
    expect(detectMapping('requests', ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Course title'])).toBe('forms-requests');
    expect(detectMapping('requests', ['ID', 'Title', 'Status', 'Created', 'Created By'])).toBe('sharepoint-requests');
    expect(detectMapping('requests', ['Whatever'])).toBeNull();
  });

  it('reads receiver rows: the JSON document of each row of the right kind', () => {
    const rows = [...year.requests().map((r) => ['request', JSON.stringify(r)]), ...year.evaluations().map((e) => ['evaluation', JSON.stringify(e)])];
    const sheet = { headers: ['Id', 'Kind', 'Document'], rows: rows.map(([kind, doc], i) => ({ row: i + 2, cells: [`x${i}`, kind!, doc!] })) };
    expect(importSheet(sheet, READY_MAPPINGS['receiver-requests']!).documents).toEqual(year.requests());
    expect(importSheet(sheet, READY_MAPPINGS['receiver-evaluations']!).documents).toEqual(year.evaluations());
    sheet.rows[1]!.cells[2] = '{"schemaVersion":1,"id":"r2"';
    sheet.rows[2]!.cells[2] = JSON.stringify({ ...year.requests()[2], costs: { ...year.requests()[2]!.costs, total: 'lots' } });
    const { problems } = importSheet(sheet, READY_MAPPINGS['receiver-requests']!);
    expect(problems.map((p) => formatImportProblem('r.csv', p))).toEqual([
      expect.stringMatching(/^r\.csv row 3, column “Document”: is not valid JSON \(/),
      'r.csv row 4, column “Document”: costs.total should be a number',
    ]);
  });

  it('names the row and column of a bad cell, and a mapped column the file lacks', () => {
    const sheet = parseCsv('ID,Name,Course title,Total cost (£),Completion time\n1,A,Phonics,£100,14/10/2026\n2,B,SEND,about £200,15/10/2026\n3,C,,£50,16/10/2026');
    const { documents, problems } = importSheet(sheet, READY_MAPPINGS['forms-requests']!, objectives);
    expect(documents).toHaveLength(1);
    expect(problems.map((p) => formatImportProblem('f.csv', p))).toEqual([
      'f.csv row 3, column “Total cost (£)”: “about £200” is not an amount of money',
      'f.csv row 4, column “Course title”: is empty',
    ]);
    const noTitle = importSheet(parseCsv('ID,Name,Total cost (£),Completion time\n1,A,£100,14/10/2026'), READY_MAPPINGS['forms-requests']!);
    expect(noTitle.problems.map((p) => formatImportProblem('f.csv', p))).toEqual(['f.csv row 2: course.title is missing (the file has no column “Course title”)']);
  });
});
