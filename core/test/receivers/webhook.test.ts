import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deliveryInit, judgeAnswer, newOutboxItem } from '../../src/request/outbox.ts';
import { sampleRequest } from '../store/request.ts';

/**
 * The plain webhook template (receivers/webhook/server.mjs), run as the process a school would run, and
 * posted to with the widgets' own requests (both deliveries); each answer judged by the widgets' code.
 */

const script = join(import.meta.dirname, '../../../receivers/webhook/server.mjs');
const dir = mkdtempSync(join(tmpdir(), 'cpd-webhook-'));
const file = join(dir, 'documents.jsonl');
const origin = 'https://intranet.example.sch.uk';
const running: ChildProcess[] = [];

async function start(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0', CPD_FILE: file, CPD_ALLOWED_ORIGIN: origin }, stdio: ['ignore', 'pipe', 'inherit'] });
  running.push(child);
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m) ok(m[1]!);
    });
    child.on('exit', () => fail(new Error('the webhook exited')));
  });
  return { url, stop: () => child.kill() };
}

afterAll(() => {
  for (const child of running) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function post(url: string, document: object, delivery?: 'text-plain') {
  const item = newOutboxItem(document as never, { url, delivery }, 0);
  const init = deliveryInit(item);
  const response = await fetch(url, { method: 'POST', headers: init.headers, body: init.body });
  const body = (await response.clone().json()) as unknown;
  return { response, verdict: await judgeAnswer(item, response, 0), body };
}

describe('the plain webhook template', () => {
  it('keeps each document once per id, by either delivery, across a restart', async () => {
    let server = await start();
    const first = await post(server.url, sampleRequest());
    expect(first.verdict).toMatchObject({ kind: 'sent', receiverStatus: 'received' });
    expect(first.response.headers.get('access-control-allow-origin')).toBe(origin);
    expect((await post(server.url, sampleRequest(), 'text-plain')).verdict).toMatchObject({ kind: 'sent', receiverStatus: 'duplicate' });
    expect((await post(server.url, { ...sampleRequest(), id: 'req-2' }, 'text-plain')).verdict).toMatchObject({ kind: 'sent', receiverStatus: 'received' });
    server.stop();
    server = await start();
    expect((await post(server.url, sampleRequest())).body).toEqual({ id: 'req-1', status: 'duplicate' });
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; document: { id: string } });
    expect(lines.map((l) => l.id)).toEqual(['req-1', 'req-2']);
    expect(lines[0]!.document.id).toBe('req-1');
    // the preflight of the default delivery is answered
    const preflight = await fetch(server.url, { method: 'OPTIONS' });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    server.stop();
  });

  it.each([
    ['a body that is not JSON', 'nope {', 400],
    ['another schema version', JSON.stringify({ ...sampleRequest(), schemaVersion: 2 }), 400],
    ['an id the contract does not allow', JSON.stringify({ ...sampleRequest(), id: '-bad id' }), 400],
    ['something else', JSON.stringify({ schemaVersion: 1, id: 'x' }), 422],
    ['a document over 64 KB', JSON.stringify({ ...sampleRequest(), id: 'big', sharing: 'x'.repeat(70_000) }), 413],
  ])('refuses %s with a JSON message', async (_what, body, status) => {
    const server = await start();
    const response = await fetch(server.url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ status: 'refused', message: expect.any(String) });
    server.stop();
  });
});
