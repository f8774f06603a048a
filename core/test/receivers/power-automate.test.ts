import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeAnswer, newOutboxItem, type DeliveryResponse } from '../../src/request/outbox.ts';
import { check, CpdRequest } from '../../src/index.ts';
import { sampleRequest } from '../store/request.ts';
import { runFlow, type Connector, type FlowResponse } from './flow-runner.ts';

/**
 * The Power Automate receiver (receivers/power-automate/flow-definition.json): its trigger schema,
 * and its logic run by a small interpreter against a fake SharePoint list — idempotency on id, the
 * contract's answers (judged by the widgets' own code) and the refusals.
 */

// biome-ignore lint/suspicious/noExplicitAny: a Power Automate flow definition is untyped JSON, walked by key
const flow = JSON.parse(readFileSync(join(import.meta.dirname, '../../../receivers/power-automate/flow-definition.json'), 'utf8')) as { properties: { definition: Record<string, any> } };
const definition = flow.properties.definition;

/** A SharePoint list: GetItems with `Title eq '<id>'`, PostItem with `item/<Column>` parameters. */
function sharePointList(options: { down?: boolean } = {}) {
  const items: Record<string, unknown>[] = [];
  const connector: Connector = (operation, parameters) => {
    if (options.down) throw new Error('503 from SharePoint');
    if (operation === 'GetItems') {
      const id = /^Title eq '((?:[^']|'')*)'$/.exec(String(parameters.$filter))?.[1]?.replace(/''/g, "'");
      return { value: items.filter((i) => i.Title === id).slice(0, Number(parameters.$top ?? 100)) as never };
    }
    if (operation === 'PostItem') {
      const item = Object.fromEntries(Object.entries(parameters).filter(([k]) => k.startsWith('item/')).map(([k, v]) => [k.slice(5), v]));
      items.push(item);
      return item as never;
    }
    throw new Error(`unexpected SharePoint operation ${operation}`);
  };
  return { items, connector };
}

function judged(id: string, answer: FlowResponse) {
  const text = JSON.stringify(answer.body);
  const response: DeliveryResponse = { status: answer.statusCode, headers: { get: (n) => answer.headers[Object.keys(answer.headers).find((k) => k.toLowerCase() === n.toLowerCase()) ?? ''] ?? null }, text: async () => text };
  return judgeAnswer(newOutboxItem({ ...sampleRequest(), id }, 'https://prod-01.uksouth.logic.azure.com/workflows/x/triggers/manual/paths/invoke', 0), response, 0);
}

describe('the Power Automate flow definition', () => {
  it('has an HTTP POST trigger whose schema requires schemaVersion 1 and an id, one run at a time', () => {
    const trigger = definition.triggers.manual;
    expect(trigger).toMatchObject({ type: 'Request', kind: 'Http', inputs: { method: 'POST' } });
    expect(trigger.inputs.schema.required).toEqual(['schemaVersion', 'id']);
    expect(trigger.inputs.schema.properties.schemaVersion).toEqual({ type: 'integer', enum: [1] });
    // the contract's id (core's Id schema): 1 to 120 characters, a letter or digit first
    expect(trigger.inputs.schema.properties.id).toMatchObject({ type: 'string', minLength: 1, maxLength: 120, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' });
    // Concurrency 1: the "already stored?" check and the new item cannot interleave between two runs.
    expect(trigger.runtimeConfiguration).toEqual({ concurrency: { runs: 1 } });
  });

  it('stores a request as one item with the exact columns, answering 201 JSON echoing the id', async () => {
    const list = sharePointList();
    const request = { ...sampleRequest(), id: '0b6f6f2e-6c1e-4d7e-9d59-3f0c6c2f6c53' };
    const answer = runFlow(definition, request as never, list.connector)!;
    expect(answer.statusCode).toBe(201);
    expect(answer.headers['Content-Type']).toBe('application/json');
    // CORS for the intranet's exact origin only (W-NET-01), never "*".
    expect(runFlow(definition, { ...request, id: 'other' } as never, list.connector, { IntranetOrigin: 'https://archway.sharepoint.com' })!.headers['Access-Control-Allow-Origin']).toBe('https://archway.sharepoint.com');
    list.items.pop();
    expect(answer.body).toEqual({ id: request.id, status: 'received' });
    expect(await judged(request.id, answer)).toMatchObject({ kind: 'sent', receiverStatus: 'received' });
    expect(list.items).toHaveLength(1);
    const item = list.items[0]!;
    // Title is the list's Id column (renamed in the guide); the CLI imports the Document column.
    expect(Object.keys(item)).toEqual(['Title', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document']);
    expect(item).toMatchObject({ Title: request.id, Kind: 'request', Requester: 'Alex Morgan', Total: 692 });
    expect(check(CpdRequest, JSON.parse(item.Document as string)).ok).toBe(true);
  });

  it('is idempotent on id: a retry answers 200 "duplicate" and adds nothing', async () => {
    const list = sharePointList();
    runFlow(definition, sampleRequest() as never, list.connector);
    const again = runFlow(definition, sampleRequest() as never, list.connector)!;
    expect(again).toMatchObject({ statusCode: 200, body: { id: 'req-1', status: 'duplicate' } });
    expect(await judged('req-1', again)).toMatchObject({ kind: 'sent', receiverStatus: 'duplicate' });
    expect(list.items).toHaveLength(1);
  });

  it('takes the text/plain delivery (no CORS preflight) exactly like JSON: the body is parsed by the flow, the id in it is the key', async () => {
    const list = sharePointList();
    const text = JSON.stringify(sampleRequest());
    const answer = runFlow(definition, text, list.connector)!;
    expect(answer).toMatchObject({ statusCode: 201, body: { id: 'req-1', status: 'received' } });
    expect(await judged('req-1', answer)).toMatchObject({ kind: 'sent' });
    expect(runFlow(definition, text, list.connector)).toMatchObject({ statusCode: 200, body: { status: 'duplicate' } });
    expect(list.items).toHaveLength(1);
    expect(runFlow(definition, 'not json {', list.connector)).toMatchObject({ statusCode: 400, body: { message: 'the body is not a JSON document' } });
    expect(list.items).toHaveLength(1);
  });

  it.each([['a b'], ['-starts-with-dash'], ['x'.repeat(121)], ['café'], ["o'brien"], ['']])('refuses the id %j, which the contract does not allow, even without the trigger schema', (id) => {
    const list = sharePointList();
    expect(runFlow(definition, JSON.stringify({ ...sampleRequest(), id }), list.connector)).toMatchObject({ statusCode: 400, body: { message: 'the document has no valid id' } });
    expect(list.items).toEqual([]);
  });

  it('accepts every id the contract allows', () => {
    for (const id of ['0b6f6f2e-6c1e-4d7e-9d59-3f0c6c2f6c53', 'req_1.2:3', 'x'.repeat(120), 'Z']) {
      expect(runFlow(definition, JSON.stringify({ ...sampleRequest(), id }), sharePointList().connector)).toMatchObject({ statusCode: 201, body: { id } });
    }
  });

  it('stores impact evaluations with their kind', () => {
    const list = sharePointList();
    const evaluation = { schemaVersion: 1, id: 'eval-1', courseTitle: 'Phonics', completedAt: '2027-06-01', objectiveIds: [], levels: { reaction: { rating: 4 } } };
    expect(runFlow(definition, evaluation, list.connector)).toMatchObject({ statusCode: 201, body: { id: 'eval-1' } });
    expect(list.items[0]).toMatchObject({ Title: 'eval-1', Kind: 'evaluation', Course: 'Phonics' });
  });

  it.each([
    ['wrong schemaVersion', { ...sampleRequest(), schemaVersion: 2 }, 400, 'schemaVersion must be 1'],
    ['missing id', { ...sampleRequest(), id: undefined }, 400, 'no valid id'],
    ['too large', { ...sampleRequest(), sharing: 'x'.repeat(61_000) }, 413, 'too large'],
    ['something else', { schemaVersion: 1, id: 'x' }, 422, 'neither a CPD request nor an impact evaluation'],
  ])('refuses %s with a 4xx JSON message, storing nothing', async (_what, body, status, message) => {
    const list = sharePointList();
    const answer = runFlow(definition, JSON.parse(JSON.stringify(body)), list.connector)!;
    expect(answer.statusCode).toBe(status);
    expect(answer.body).toMatchObject({ status: 'refused', message: expect.stringContaining(message) });
    expect(await judged('req-1', answer)).toMatchObject({ kind: 'failed', problem: 'refused' });
    expect(list.items).toEqual([]);
  });

  it('answers 503 (the widget retries) when SharePoint cannot be reached', async () => {
    const answer = runFlow(definition, sampleRequest() as never, sharePointList({ down: true }).connector)!;
    expect(answer.statusCode).toBe(503);
    expect(await judged('req-1', answer)).toMatchObject({ kind: 'retry', problem: 'server' });
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    const list = sharePointList();
    runFlow(definition, { ...sampleRequest(), requester: { name: ' =HYPERLINK("http://evil.example")' } } as never, list.connector);
    expect(list.items[0]!.Requester).toBe(`' =HYPERLINK("http://evil.example")`);
  });
});
