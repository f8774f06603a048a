import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedGet } from '../../src/cli/fetch-page.ts';
import { toCsv } from '../../src/report/csv.ts';
import { fixtures } from '../helpers.ts';
import { cpd } from './harness.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let base = '';
const server = createServer((req, res) => (routes.get(req.url ?? '') ?? ((_, r) => r.writeHead(404).end()))(req, res));
const sockets = new Set<import('node:net').Socket>();
server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));

beforeAll(async () => {
  // the pages several tests read, whatever order the tests run in
  routes.set('/ok', (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page('Phonics for all'))));
  routes.set('/hostile', (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page(HOSTILE)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** A title with terminal escapes, bidi overrides and C1 controls. */
const HOSTILE = 'Safe\u001b]0;owned\u0007 title\u001b[2J \u202egnp.exe\u202c\u2066x\u2069 \u009b31m end';

/** `cpd` with the real bounded page reader against the local server, with small limits so tests stay quick. */
const live = (argv: string[], limits = { maxBytes: 1024 * 1024, timeoutMs: 1500 }) => cpd(argv, undefined, { get: boundedGet, limits });
const page = (title: string) => `<!doctype html><html><head><title>x</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Course', name: title, description: 'Evidence-based.', provider: { '@type': 'Organization', name: 'P' } })}</script></head><body><h1>x</h1></body></html>`;

describe('cpd score URL is bounded in bytes and time (issue 11)', () => {
  it('reads an ordinary gzip-compressed page', async () => {
    const { code, stdout, stderr } = await live(['score', `${base}/ok`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Phonics for all');
  });

  it('stops a gzip bomb once the decompressed bytes pass the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024)); // 64 MB of zeros in about 64 KB
    routes.set('/bomb', (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb));
    const before = process.memoryUsage().rss;
    const { code, stdout, stderr } = await live(['score', `${base}/bomb`]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`${base}/bomb: is more than 1 MB once decompressed, so it was not read\n`);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('stops a page whose compressed bytes alone pass the limit, and one that declares too big a length', async () => {
    const noise = gzipSync(randomBytes(3 * 1024 * 1024)); // incompressible: more compressed bytes than the limit
    routes.set('/noise', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(noise);
    });
    const noisy = await live(['score', `${base}/noise`]);
    expect(noisy).toMatchObject({ code: 2, stderr: `${base}/noise: sent more than 1 MB, so it was not read\n` });
    routes.set('/declared', (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': 300 * 1024 * 1024 }).write('<'));
    expect((await live(['score', `${base}/declared`])).stderr).toBe(`${base}/declared: is 300 MB, more than the 1 MB a page may be\n`);
  });

  it('gives up on a server that trickles bytes, with the one-line error and exit code 2', async () => {
    routes.set('/slow', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    routes.set('/silent', () => undefined); // never answers at all
    for (const path of ['/slow', '/silent']) {
      const { code, stderr } = await live(['score', `${base}${path}`], { maxBytes: 1024 * 1024, timeoutMs: 500 });
      expect(code).toBe(2);
      expect(stderr).toBe(`${base}${path}: took longer than 0.5 s, so it was abandoned\n`);
      expect(stderr).not.toMatch(/unexpected error/);
    }
  });

  it('follows a few redirects, then refuses an endless loop', async () => {
    routes.set('/moved', (_, res) => res.writeHead(301, { location: '/ok' }).end());
    expect((await live(['score', `${base}/moved`])).code).toBe(0);
    routes.set('/loop', (_, res) => res.writeHead(302, { location: '/loop' }).end());
    expect((await live(['score', `${base}/loop`])).stderr).toBe(`${base}/loop: redirected more than 5 times\n`);
  });
});

describe('cpd score URL never follows a redirect into this computer or network (issue 20)', () => {
  const port = () => new URL(base).port;
  for (const [what, location] of [
    ['another loopback address', () => `http://127.0.0.2:${port()}/ok`],
    ['localhost on another port', () => `http://localhost:${Number(port()) + 1}/ok`],
    ['IPv6 loopback', () => `http://[::1]:${port()}/ok`],
    ['a private address', () => 'http://10.0.0.1/admin'],
    ['the cloud metadata address (link-local)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['an IPv4 address written as IPv6', () => `http://[::ffff:127.0.0.1]:${port()}/ok`],
  ] as const) {
    it(`refuses a redirect to ${what}`, async () => {
      routes.set('/inside', (_, res) => res.writeHead(302, { location: location() }).end());
      const { code, stdout, stderr } = await live(['score', `${base}/inside`]);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(/: redirected to .+, an address inside this computer or network, which is not followed\n$/);
    });
  }

  it('refuses a redirect to a file address', async () => {
    routes.set('/file', (_, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect((await live(['score', `${base}/file`])).stderr).toBe(`${base}/file: redirected to a file: address, which is not followed\n`);
  });

  it('refuses a name that resolves inside, when connecting (not only by its spelling)', async () => {
    const { publicOnlyLookup } = await import('../../src/cli/internal-address.ts');
    const error = await new Promise<Error | null>((resolve) => publicOnlyLookup('localhost', {}, (e) => resolve(e)));
    expect(error?.message).toMatch(/inside this computer or network/);
  });

  it('classifies addresses: internal ones refused, internet ones allowed', async () => {
    const { isInternalAddress } = await import('../../src/cli/internal-address.ts');
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.31.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '[fe80::1]', 'fd00::1', '::ffff:7f00:1']) expect(isInternalAddress(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '172.32.0.1', '2a00:1450:4009::1', 'example.org']) expect(isInternalAddress(ip), ip).toBe(false);
  });

  it('still follows a redirect on the very loopback origin the user typed', async () => {
    routes.set('/moved-here', (_, res) => res.writeHead(301, { location: '/ok' }).end());
    expect((await live(['score', `${base}/moved-here`])).code).toBe(0);
  });
});

describe('nothing from a page, a policy or an error message can drive the terminal', () => {
  it('strips control and bidi characters from titles in tables and text', async () => {
    const { code, stdout } = await live(['score', `${base}/hostile`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Safe ?\]0;owned ?title ?\[2J gnp\.exex 31m end/);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps the characters in --json, written as \\u escapes', async () => {
    const { stdout } = await live(['score', `${base}/hostile`, '--json']);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect((JSON.parse(stdout) as { courses: { course: { title: string } }[] }).courses[0]!.course.title).toContain('\u202egnp.exe');
  });

  it('strips them from error messages that quote a file name or a policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-sec-'));
    const name = join(dir, 'p\u001b[31m\u202e.json');
    const { code, stderr } = await cpd(['policy', 'check', name]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${join(dir, 'p[31m.json')}: no such file\n`);
    const policy = JSON.parse((await cpd(['policy', 'default'])).stdout);
    policy.name = `Evil\u001b[2J\u202epolicy`;
    await writeFile(join(dir, 'evil.json'), JSON.stringify(policy));
    expect((await cpd(['policy', 'check', join(dir, 'evil.json')])).stdout).toContain('“Evil[2Jpolicy”');
  });
});

describe('files: byte-order marks, and size refused before reading', () => {
  it('accepts a policy saved with a UTF-8 byte-order mark', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-sec-'));
    await writeFile(join(dir, 'bom.json'), `\uFEFF${(await cpd(['policy', 'default'])).stdout}`);
    const { code, stdout } = await cpd(['policy', 'check', join(dir, 'bom.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid/);
  });

  it('refuses a 300 MB policy or import file by its size, without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpd-sec-'));
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, 300 * 1024 * 1024); // sparse: no disk used, and a read would take seconds
    const started = Date.now();
    const before = process.memoryUsage().rss;
    const { code, stderr } = await cpd(['policy', 'check', huge]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${huge}: the file is 300 MB, more than the 5 MB it may be; it was not read\n`);
    const budget = await cpd(['budget', '--plan', join(fixtures, 'year', 'plan.json'), '--requests', huge]);
    expect(budget.stderr).toMatch(/huge\.json: the file is 300 MB, more than the \d+ MB it may be; it was not read/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(5000); // generous: only catches reading the whole file
  });
});

describe('pipes', () => {
  it('reads a policy from a pipe, and stops a pipe that runs past the limit', async () => {
    const { execFile } = await import('node:child_process');
    const run = (line: string) => new Promise<{ code: number; stdout: string; stderr: string }>((done) => execFile('bash', ['-c', line], { cwd: join(fixtures, '../../..') }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr })));
    const ok = await run('node core/src/cli/main.ts policy check <(node core/src/cli/main.ts policy default)');
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(/valid/);
    const endless = await run('node core/src/cli/main.ts policy check <(yes)');
    expect(endless.code).toBe(2);
    expect(endless.stderr).toMatch(/^\/dev\/fd\/\d+: the file is more than the 5 MB it may be; it was not read\n$/);
  }, 60_000);
});

describe('CSV formula cells are defused (issue 11)', () => {
  it.each(['=1+1', ' =1+1', '\u00a0=HYPERLINK("x")', '\u3000+1', '＝SUM(A1)', '  ＋1', '－1', '＠x', '\t=1', '@SUM(A1)'])('%j', (value) => {
    const out = toCsv([[value]]).trimEnd();
    expect(out.replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves ordinary text and numbers alone', async () => {
    expect(toCsv([['Phonics, Year 1', 'A-level', 12, -3]])).toBe('"Phonics, Year 1",A-level,12,-3\r\n');
    expect(await readFile(join(fixtures, 'plan.json'), 'utf8')).toBeTruthy();
  });
});
