/**
 * `./dev demo`: builds the extension and the widgets, then serves on 127.0.0.1 a demo provider site
 * (the fixture provider pages) and a demo school intranet with the widgets embedded.
 *   PORT=5180 (default; PORT=0 picks a free port)   --no-build   skip the build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { check, CpdRequest, ImpactEvaluation } from '../../core/src/index.ts';
import type { z } from '../../core/src/zod.ts';
import { jsonExport } from './receiver.ts';
import { AS_WRITTEN, datedProviders } from './dates.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';
import { startServer, type Handler } from '../support/server.ts';

const port = Number(process.env.PORT ?? 5180);
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('pnpm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const providersDir = join(fixturesDir, 'providers');
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const intranetDir = join(fixturesDir, 'intranet');
const demoConfig = () => JSON.parse(readFileSync(join(intranetDir, 'config.json'), 'utf8')) as { plan?: unknown };
/**
 * A stand-in for the school's receiver, at /api/cpd-requests and /api/cpd-evaluations. It keeps the
 * delivery contract (widgets/README.md): a valid document is stored once per id and answered
 * 201 {"id", "status": "received"}, a repeat 200 {"id", "status": "duplicate"}; a refusal is 4xx JSON
 * {"status": "refused", "message"}. GET lists what arrived.
 */
function receiver<T extends { id: string }>(path: string, schema: z.ZodMiniType<T>, summary: (doc: T) => string): { handler: Handler; received: Map<string, T> } {
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
    console.log(summary(doc));
    answer(res, 201, { id: doc.id, status: 'received' });
    return true;
  };
  return { handler, received };
}

const requests = receiver('/api/cpd-requests', CpdRequest, (r) => `request received: “${r.course.title}” from ${r.requester.name} (£${r.costs.total})`);
const evaluations = receiver('/api/cpd-evaluations', ImpactEvaluation, (e) => `evaluation received: “${e.courseTitle}”`);
const plan = jsonExport('/api/plan', () => demoConfig().plan ?? null);

/** The build folders `pnpm run build` writes, and whether each is there yet. */
function builds(): string {
  const row = (dir: string, what: string) => {
    const path = join(repoRoot, '.output', dir);
    const there = existsSync(join(path, 'manifest.json'));
    return `<li><code>${escapeHtml(path)}</code> — ${what}${there ? '' : ' <strong>(not built yet: run <code>pnpm run build</code>)</strong>'}</li>`;
  };
  return `<ul>${row('chrome-mv3-e2e', 'Chrome or Edge, <strong>use this one for the demo</strong>: it also runs on this local site (127.0.0.1), so badges appear by themselves')}
${row('chrome-mv3', 'Chrome or Edge, the store build: on this local site use the toolbar button, then “Score this page”')}
${row('firefox-mv3', 'Firefox: open <code>about:debugging#/runtime/this-firefox</code>, “Load Temporary Add-on…”, pick its <code>manifest.json</code>; on this local site use the toolbar button, then “Score this page”')}</ul>`;
}

/** The page the journey starts from. */
const START = 'ticketing-phonics-twilight.html';
/** Pages that test robustness (hostile, malformed, broken or not a course): listed apart from the journey's. */
const isTestPage = (f: string) => /^(hostile|malformed|negative|broken)-/.test(f);

/** The demo's home page: the whole journey step by step, the build folders, and every provider page. */
const home: Handler = (req, res, url) => {
  if (url.pathname !== '/' && url.pathname !== '/providers/') return false;
  const host = /^[\w.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host : `127.0.0.1:${port}`;
  const origin = `http://${host}`;
  const pages = existsSync(providersDir) ? readdirSync(providersDir).filter((f) => f.endsWith('.html')).sort() : [];
  const titleOf = (file: string) => /<title>([^<]*)<\/title>/i.exec(readFileSync(join(providersDir, file), 'utf8'))?.[1]?.trim() || file;
  const link = (f: string) => `<li><a href="/providers/${encodeURIComponent(f)}">${escapeHtml(titleOf(f))}</a>${f === START ? ' <strong class="start">← start here</strong>' : ''}${AS_WRITTEN.has(f) && !isTestPage(f) ? ' (a past event: save it for the next run)' : ''}</li>`;
  const items = [START, ...pages.filter((f) => f !== START && !isTestPage(f))].filter((f) => pages.includes(f)).map(link).join('\n');
  const testItems = pages.filter(isTestPage).map(link).join('\n');
  const report = `./dev cpd report --plan ${origin}/api/plan --evaluations ${origin}/api/cpd-evaluations --requests ${origin}/api/cpd-requests --out report.html`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CPD Lens demo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#eee;padding:0 .2em;overflow-wrap:anywhere}li{margin:.3em 0}.start{background:#ffdd00;padding:0 .3em}</style></head>
<body><main><h1>CPD Lens demo</h1>
<p>Everything runs on this machine: a demo provider site, a demo school intranet with the widgets, and the school’s receiver.</p>
<h2>Load the extension</h2>
<p>In Chrome or Edge open <code>chrome://extensions</code>, turn on Developer mode, choose “Load unpacked” and pick a build folder:</p>
${builds()}
<h2>Try the whole journey</h2>
<ol>
<li>In the extension’s setup (its Options page), choose your role and phase, add a PD target (for example “Improve the teaching of phonics in Year 1”), and set the <strong>request form address</strong> to <code>${escapeHtml(origin)}/intranet/plain.html</code>. Save.</li>
<li><strong>Start here:</strong> open <a href="/providers/${START}">the phonics twilight</a> (or any provider page below): the CPD Lens badge shows the score; open it for the breakdown and choose “Save course”.</li>
<li>Choose “Start a request”: the school’s request form opens with the course, its dates and your targets filled in (only the targets the course really serves are ticked).</li>
<li>Answer the rest, press Continue, check your answers and send. The request arrives at the demo receiver: <a href="/api/cpd-requests">/api/cpd-requests</a> lists what arrived.</li>
<li>The confirmation gives a reference and a link, “Evaluate this course after it”: after the course, <a href="/intranet/evaluate.html">evaluate it</a> at the five levels and send it (from that link it is joined to the request): <a href="/api/cpd-evaluations">/api/cpd-evaluations</a> lists the evaluations received.</li>
<li>As the CPL leader, build the governors’ report from what the demo received:<br><code>${escapeHtml(report)}</code></li>
</ol>
<p>The intranet with every widget (budget, catalogue, score card, request form, evaluation): <a href="/intranet/demo.html">/intranet/demo.html</a>. In Welsh: <a href="/intranet/welsh.html">the request form</a>, <a href="/intranet/evaluate-cy.html">the evaluation</a>.</p>
<h2>Demo provider pages</h2><p>Their dates are moved to next year, so every course can be saved and requested; the one past event shows what happens after a course has run.</p><ul>${items}</ul>
<h2>Test pages</h2><p>Pages the tests use to check CPD Lens copes with broken, hostile and non-course pages. Not part of the journey.</p><ul>${testItems}</ul></main></body></html>`);
  return true;
};

const server = await startServer(
  { '/providers': providersDir, '/intranet': intranetDir, '/widgets': join(repoRoot, 'widgets/dist-cdn') },
  [home, datedProviders(providersDir), requests.handler, evaluations.handler, plan],
  port,
);
console.log(`\nCPD Lens demo running at ${server.origin}/`);
console.log(`  provider site:   ${server.origin}/providers/`);
console.log(`  school intranet: ${server.origin}/intranet/demo.html`);
console.log(`  receiver:        ${server.origin}/api/cpd-requests and /api/cpd-evaluations (GET lists what arrived)`);
console.log(`  report:          ./dev cpd report --plan ${server.origin}/api/plan --evaluations ${server.origin}/api/cpd-evaluations --requests ${server.origin}/api/cpd-requests --out report.html`);
console.log(`  extension:       load ${join(repoRoot, '.output/chrome-mv3-e2e')} as an unpacked extension`);
console.log('Press Ctrl+C to stop.');
