/**
 * `./dev demo`: builds the extension and the widgets, then serves on 127.0.0.1 a demo provider site
 * (the fixture provider pages) and a demo school intranet with the widgets embedded.
 *   PORT=5180 (default)   --no-build   skip the build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { check, CpdRequest, ImpactEvaluation } from '../../core/src/index.ts';
import type { z } from '../../core/src/zod.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';
import { startServer, type Handler } from '../support/server.ts';

const port = Number(process.env.PORT ?? 5180);
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('pnpm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const providersDir = join(fixturesDir, 'providers');
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo's home page: links to every provider page and to the intranet, and how to load the extension. */
const home: Handler = (_req, res, url) => {
  if (url.pathname !== '/' && url.pathname !== '/providers/') return false;
  const pages = existsSync(providersDir) ? readdirSync(providersDir).filter((f) => f.endsWith('.html')).sort() : [];
  const titleOf = (file: string) => /<title>([^<]*)<\/title>/i.exec(readFileSync(join(providersDir, file), 'utf8'))?.[1]?.trim() || file;
  const items = pages.map((f) => `<li><a href="/providers/${encodeURIComponent(f)}">${escape(titleOf(f))}</a></li>`).join('\n');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CPD Lens demo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#eee;padding:0 .2em}</style></head>
<body><h1>CPD Lens demo</h1>
<ol><li>Load the extension: open <code>chrome://extensions</code>, turn on Developer mode, choose “Load unpacked” and pick
<code>${escape(join(repoRoot, '.output/chrome-mv3-e2e'))}</code> (the build that also runs on this local demo site;
<code>.output/chrome-mv3</code> is the store build, <code>.output/firefox-mv2</code> the Firefox one).</li>
<li>Open a provider page below: a CPD Lens badge shows the score; open it for the breakdown.</li>
<li>The school intranet with the request form and the other widgets: <a href="/intranet/demo.html">/intranet/demo.html</a>.</li></ol>
<h2>Demo provider pages</h2><ul>${items}</ul></body></html>`);
  return true;
};

/**
 * A stand-in for the school's receiver, at /api/cpd-requests and /api/cpd-evaluations. It keeps the
 * delivery contract (widgets/README.md): a valid document is stored once per id and answered
 * 201 {"id", "status": "received"}, a repeat 200 {"id", "status": "duplicate"}; a refusal is 4xx JSON
 * {"status": "refused", "message"}. GET lists what arrived.
 */
function receiver<T extends { id: string }>(path: string, schema: z.ZodMiniType<T>, describe: (doc: T) => string): { handler: Handler; received: Map<string, T> } {
  const received = new Map<string, T>();
  const cors = { 'access-control-allow-origin': '*' };
  const answer = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json', ...cors }).end(JSON.stringify(body));
  const handler: Handler = async (req, res, url) => {
    if (url.pathname !== path) return false;
    if (req.method === 'GET') {
      answer(res, 200, [...received.values()]);
      return true;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-headers': 'content-type, idempotency-key, cpd-lens-schema', 'access-control-allow-methods': 'POST' }).end();
      return true;
    }
    if (req.method !== 'POST') {
      answer(res, 405, { status: 'refused', message: 'POST a CPD Lens document here' });
      return true;
    }
    let body = '';
    for await (const chunk of req) {
      body += chunk;
      if (body.length > 1_000_000) {
        answer(res, 413, { status: 'refused', message: 'the document is too large' });
        return true;
      }
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      answer(res, 400, { status: 'refused', message: 'the body is not JSON' });
      return true;
    }
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== 1) {
      answer(res, 400, { status: 'refused', message: 'schemaVersion must be 1' });
      return true;
    }
    const result = check(schema, value);
    if (!result.ok) {
      answer(res, 422, { status: 'refused', message: result.problems.map((p) => `${p.path} ${p.message}`.trim()).join('; '), problems: result.problems });
      return true;
    }
    const doc = result.value;
    if (received.has(doc.id)) {
      answer(res, 200, { id: doc.id, status: 'duplicate' });
      return true;
    }
    received.set(doc.id, doc);
    console.log(describe(doc));
    answer(res, 201, { id: doc.id, status: 'received' });
    return true;
  };
  return { handler, received };
}

const requests = receiver('/api/cpd-requests', CpdRequest, (r) => `request received: “${r.course.title}” from ${r.requester.name} (£${r.costs.total})`);
const evaluations = receiver('/api/cpd-evaluations', ImpactEvaluation, (e) => `evaluation received: “${e.courseTitle}”`);

const server = await startServer(
  { '/providers': providersDir, '/intranet': join(fixturesDir, 'intranet'), '/widgets': join(repoRoot, 'widgets/dist-cdn') },
  [home, requests.handler, evaluations.handler],
  port,
);
console.log(`\nCPD Lens demo running at ${server.origin}/`);
console.log(`  provider site:   ${server.origin}/providers/`);
console.log(`  school intranet: ${server.origin}/intranet/demo.html`);
console.log(`  request endpoint: ${server.origin}/api/cpd-requests (GET lists what arrived)`);
console.log(`  evaluations:     ${server.origin}/api/cpd-evaluations (GET lists what arrived)`);
console.log(`  extension:       load ${join(repoRoot, '.output/chrome-mv3-e2e')} as an unpacked extension`);
console.log('Press Ctrl+C to stop.');
