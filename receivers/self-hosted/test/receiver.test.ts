import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newKey, readConfig, sha256, type ReceiverConfig } from '../src/config.ts';
import { openPostgres } from '../src/postgres.ts';
import { startReceiver } from '../src/server.ts';
import { openSqlite } from '../src/sqlite.ts';
import type { DocumentStore } from '../src/store.ts';

const fixtures = join(import.meta.dirname, '../../../core/test/fixtures/year');
const requests = JSON.parse(readFileSync(join(fixtures, 'requests.json'), 'utf8')) as Array<Record<string, unknown>>;
const evaluations = JSON.parse(readFileSync(join(fixtures, 'evaluations.json'), 'utf8')) as Array<Record<string, unknown>>;

const oakKey = newKey();
const elmKey = newKey();
const trustKey = newKey();
const config: ReceiverConfig = readConfig(JSON.stringify({
  schools: [
    { id: 'oak-lane', name: 'Oak Lane Primary', keySha256: sha256(oakKey), origins: ['https://intranet.oaklane.example'] },
    { id: 'elm-park', name: 'Elm Park Academy', keySha256: sha256(elmKey) },
  ],
  trustKeySha256: sha256(trustKey),
  maxBytes: 64 * 1024,
}));

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cpd-receiver-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Each database the receiver runs on; a real PostgreSQL server joins when DATABASE_URL is set. */
const backends: Array<{ name: string; open: (where: string) => Promise<DocumentStore>; where: () => string }> = [
  { name: 'SQLite file (node:sqlite)', open: async (file) => openSqlite(file), where: () => join(tempDir(), 'cpd.sqlite') },
  { name: 'PostgreSQL (PGlite, embedded)', open: (dir) => openPostgres(`pglite:${dir}`), where: () => tempDir() },
];
if (process.env.DATABASE_URL) backends.push({ name: 'PostgreSQL server (DATABASE_URL)', open: (url) => openPostgres(url), where: () => process.env.DATABASE_URL! });

const post = (origin: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const get = (origin: string, path: string, key?: string) => fetch(`${origin}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
const withId = (doc: Record<string, unknown>, id: string) => ({ ...doc, id });

for (const backend of backends) {
  describe(`the self-hosted receiver on ${backend.name}`, () => {
    // PGlite creates its database on first open (a few seconds; far more on a loaded machine)
    it('stores a document once per id, keeps it across a restart, and keeps two schools apart', { timeout: 240_000 }, async () => {
      const where = backend.where();
      const run = `${Date.now().toString(36)}`;
      let store = await backend.open(where);
      let { server, origin } = await startReceiver(config, store, 0);
      const oakRequest = withId(requests[0]!, `oak-${run}`);
      const first = await post(origin, '/cpd-requests', oakRequest, { authorization: `Bearer ${oakKey}`, 'idempotency-key': oakRequest.id as string });
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id: oakRequest.id, status: 'received' });
      const again = await post(origin, '/cpd-requests', oakRequest, { authorization: `Bearer ${oakKey}` });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id: oakRequest.id, status: 'duplicate' });
      // the intranet's own page, behind its sign-on: the browser names the origin, no key in the page
      const fromPage = await post(origin, '/cpd-evaluations', withId(evaluations[0]!, `oak-e-${run}`), { origin: 'https://intranet.oaklane.example' });
      expect(fromPage.status).toBe(201);
      expect(fromPage.headers.get('access-control-allow-origin')).toBe('https://intranet.oaklane.example');
      const elmRequest = withId(requests[1]!, `elm-${run}`);
      expect((await post(origin, '/cpd-requests', elmRequest, { authorization: `Bearer ${elmKey}` })).status).toBe(201);

      server.close();
      await store.close();
      store = await backend.open(where);
      ({ server, origin } = await startReceiver(config, store, 0));
      try {
        const oakList = (await (await get(origin, '/cpd-requests', oakKey)).json()) as Array<{ id: string }>;
        expect(oakList.map((r) => r.id)).toContain(oakRequest.id);
        expect(oakList.map((r) => r.id)).not.toContain(elmRequest.id);
        expect(oakList.filter((r) => r.id === oakRequest.id)).toHaveLength(1);
        expect(oakList.find((r) => r.id === oakRequest.id)).toEqual(oakRequest);
        const elmList = (await (await get(origin, '/cpd-requests', elmKey)).json()) as Array<{ id: string }>;
        expect(elmList.map((r) => r.id)).toEqual(expect.arrayContaining([elmRequest.id]));
        expect(elmList.map((r) => r.id)).not.toContain(oakRequest.id);
        expect((await get(origin, '/cpd-requests?school=oak-lane', elmKey)).status).toBe(403);
        const trust = (await (await get(origin, '/cpd-requests', trustKey)).json()) as Array<{ id: string }>;
        expect(trust.map((r) => r.id)).toEqual(expect.arrayContaining([oakRequest.id, elmRequest.id]));
        const trustOak = (await (await get(origin, '/cpd-requests?school=oak-lane', trustKey)).json()) as Array<{ id: string }>;
        expect(trustOak.map((r) => r.id)).not.toContain(elmRequest.id);
        const evals = (await (await get(origin, '/cpd-evaluations', oakKey)).json()) as Array<{ id: string }>;
        expect(evals.map((e) => e.id)).toContain(`oak-e-${run}`);
      } finally {
        server.close();
        await store.close();
      }
    });
  });
}

describe('the receiver refuses what the contract refuses', async () => {
  const store = openSqlite(':memory:');
  const { server, origin } = await startReceiver(config, store, 0);
  afterAll(async () => {
    server.close();
    await store.close();
  });
  const auth = { authorization: `Bearer ${oakKey}` };

  it('asks the browser to sign in when no credential comes, refuses an unknown key or origin', async () => {
    const none = await post(origin, '/cpd-requests', requests[0]);
    expect(none.status).toBe(401);
    expect((await post(origin, '/cpd-requests', requests[0], { authorization: 'Bearer not-a-key' })).status).toBe(403);
    expect((await post(origin, '/cpd-requests', requests[0], { origin: 'https://evil.example' })).status).toBe(403);
    expect((await get(origin, '/cpd-requests')).status).toBe(401);
  });

  it('refuses a body that is too large, not JSON, of another version or failing the schema, saying why', async () => {
    const huge = await post(origin, '/cpd-requests', withId({ ...requests[0]!, sharing: 'x'.repeat(100_000) }, 'huge'), auth);
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { status: string }).status).toBe('refused');
    expect((await post(origin, '/cpd-requests', 'not json', auth)).status).toBe(400);
    expect((await post(origin, '/cpd-requests', { ...requests[0], schemaVersion: 2 }, auth)).status).toBe(422);
    const bad = await post(origin, '/cpd-requests', { ...requests[0], costs: 'lots' }, auth);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { message: string }).message).toMatch(/costs/);
    const wrongType = await fetch(`${origin}/cpd-requests`, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(wrongType.status).toBe(415);
    expect((await get(origin, '/cpd-requests', oakKey)).status).toBe(200);
    expect(await (await get(origin, '/cpd-requests', oakKey)).json()).toEqual([]);
  });

  it('takes a text/plain body (a simple request with no CORS preflight) and answers the preflight for a listed intranet only', async () => {
    const plain = await post(origin, '/cpd-requests', withId(requests[2]!, 'plain-1'), { ...auth, 'content-type': 'text/plain;charset=UTF-8' });
    expect(plain.status).toBe(201);
    const preflight = await fetch(`${origin}/cpd-requests`, { method: 'OPTIONS', headers: { origin: 'https://intranet.oaklane.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    const other = await fetch(`${origin}/cpd-requests`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(other.status).toBe(403);
  });

  it('refuses a config file with clear messages', () => {
    expect(() => readConfig('{')).toThrow(/not valid JSON/);
    expect(() => readConfig(JSON.stringify({ schools: [{ id: 'a', name: 'A' }] }))).toThrow(/neither keySha256 nor origins/);
    expect(() => readConfig(JSON.stringify({ schools: [{ id: 'a', name: 'A', keySha256: 'short' }] }))).toThrow(/schools\[0\]\.keySha256/);
    expect(() => readConfig(JSON.stringify({ schools: [
      { id: 'a', name: 'A', origins: ['https://x.example'] },
      { id: 'b', name: 'B', origins: ['https://x.example'] },
    ] }))).toThrow(/belongs to one school/);
  });
});
