import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { nodeIo } from '../../../core/src/cli/io.ts';
import { runCli } from '../../../core/src/cli/run.ts';
import { newKey, readConfig, sha256 } from '../src/config.ts';
import { startReceiver } from '../src/server.ts';
import { openSqlite } from '../src/sqlite.ts';

const year = join(import.meta.dirname, '../../../core/test/fixtures/year');
const out = mkdtempSync(join(tmpdir(), 'cpd-report-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs `cpd` in process with real files and network, capturing what it prints. */
async function cpd(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { ...nodeIo, columns: 80, out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}

it('cpd report reads from the receiver with the school key what it reads from the exported files', async () => {
  const key = newKey();
  const config = readConfig(JSON.stringify({ schools: [{ id: 'archway', name: 'Archway', keySha256: sha256(key) }] }));
  const store = openSqlite(':memory:');
  const { server, origin } = await startReceiver(config, store, 0);
  try {
    const send = async (path: string, docs: Array<{ id: string }>) => {
      for (const doc of docs) {
        const res = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(doc) });
        expect(res.status, `${doc.id}: ${await res.clone().text()}`).toBe(201);
      }
    };
    await send('/cpd-requests', JSON.parse(readFileSync(join(year, 'requests.json'), 'utf8')));
    await send('/cpd-evaluations', JSON.parse(readFileSync(join(year, 'evaluations.json'), 'utf8')));

    const fromFiles = await cpd(['report', '--plan', join(year, 'plan.json'), '--requests', join(year, 'requests.json'), '--evaluations', join(year, 'evaluations.json'), '--csv', join(out, 'files.csv')]);
    expect(fromFiles.code, fromFiles.stderr).toBe(0);

    const withoutKey = await cpd(['report', '--plan', join(year, 'plan.json'), '--requests', `${origin}/cpd-requests`, '--evaluations', `${origin}/cpd-evaluations`, '--csv', join(out, 'none.csv')]);
    expect(withoutKey.code).not.toBe(0);
    expect(withoutKey.stderr).toMatch(/401/);

    process.env.CPD_RECEIVER_KEY = key;
    const fromReceiver = await cpd(['report', '--plan', join(year, 'plan.json'), '--requests', `${origin}/cpd-requests`, '--evaluations', `${origin}/cpd-evaluations`, '--csv', join(out, 'receiver.csv')]);
    expect(fromReceiver.code, fromReceiver.stderr).toBe(0);
    expect(readFileSync(join(out, 'receiver.csv'), 'utf8')).toBe(readFileSync(join(out, 'files.csv'), 'utf8'));
  } finally {
    delete process.env.CPD_RECEIVER_KEY;
    server.close();
    await store.close();
  }
});
