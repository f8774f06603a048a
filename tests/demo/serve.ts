/**
 * `./dev demo`: builds the extension and the widgets, then serves on 127.0.0.1 a demo provider site
 * (the fixture provider pages) and a demo school intranet with the widgets embedded.
 *   PORT=5180 (default)   --no-build   skip the build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, CpdRequest } from '../../core/src/index.ts';
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

const received = new Map<string, unknown>();
/** A stand-in for the school's workflow webhook: accepts valid requests once per id, lists them on GET. */
const endpoint: Handler = async (req, res, url) => {
  if (url.pathname !== '/api/cpd-requests') return false;
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([...received.values()], null, 2));
    return true;
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, idempotency-key', 'access-control-allow-methods': 'POST' }).end();
    return true;
  }
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 1_000_000) {
      res.writeHead(413).end();
      return true;
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not JSON"}');
    return true;
  }
  const result = check(CpdRequest, value);
  if (!result.ok) {
    res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ problems: result.problems }));
    return true;
  }
  const fresh = !received.has(result.value.id);
  received.set(result.value.id, result.value);
  if (fresh) console.log(`request received: “${result.value.course.title}” from ${result.value.requester.name} (£${result.value.costs.total})`);
  res.writeHead(fresh ? 201 : 200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify({ id: result.value.id }));
  return true;
};

const server = await startServer(
  { '/providers': providersDir, '/intranet': join(fixturesDir, 'intranet'), '/widgets': join(repoRoot, 'widgets/dist-cdn') },
  [home, endpoint],
  port,
);
console.log(`\nCPD Lens demo running at ${server.origin}/`);
console.log(`  provider site:   ${server.origin}/providers/`);
console.log(`  school intranet: ${server.origin}/intranet/demo.html`);
console.log(`  request endpoint: ${server.origin}/api/cpd-requests (GET lists what arrived)`);
console.log(`  extension:       load ${join(repoRoot, '.output/chrome-mv3-e2e')} as an unpacked extension`);
console.log('Press Ctrl+C to stop.');
