/**
 * Widgets: gzipped size of the single-file bundles, and the request form's first render on a host
 * page in Chromium (median of 7 loads). Aims: request-form bundle ≤ 35 KB gzipped with Lit and
 * validation; first render ≤ 50 ms. Builds the widgets first when the bundles are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/browser.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';
import { startServer } from '../support/server.ts';

const SIZE_AIM = 35 * 1024;
const RENDER_AIM = 50;
const dist = join(repoRoot, 'widgets/dist-cdn');

if (!existsSync(join(dist, 'cpd-request-form.js'))) {
  const built = spawnSync('pnpm', ['--filter', '@cpd-lens/widgets', 'run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const file of ['cpd-request-form.js', 'cpd-widgets.js']) {
  const raw = readFileSync(join(dist, file));
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`bundle ${file}: ${kb(raw.length)} minified, ${kb(gz)} gzipped (aim ≤ ${kb(SIZE_AIM)}: ${(gz / SIZE_AIM).toFixed(2)}× the aim)`);
}

const server = await startServer({ '/intranet': join(fixturesDir, 'intranet'), '/widgets': dist }, [
  (req, res, url) => {
    if (url.pathname !== '/endpoint/cpd-requests') return false;
    res.writeHead(201).end('{}');
    return true;
  },
]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs, headless: true });
const times: number[] = [];
try {
  for (let i = 0; i < 8; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/intranet/plain.html`);
    // From the element's upgrade to its first complete render with the configuration applied.
    const ms = await page.evaluate(async () => {
      await customElements.whenDefined('cpd-request-form');
      const fresh = document.createElement('cpd-request-form') as HTMLElement & { updateComplete: Promise<boolean> };
      fresh.setAttribute('endpoint', '/endpoint/cpd-requests');
      fresh.setAttribute('draft-key', `bench-${Math.random()}`);
      const start = performance.now();
      document.querySelector('main')!.append(fresh);
      await fresh.updateComplete;
      while (!fresh.shadowRoot?.querySelector('[part="submit"]')) await fresh.updateComplete.then(() => new Promise((r) => requestAnimationFrame(r)));
      return performance.now() - start;
    });
    if (i > 0) times.push(ms); // the first load warms the disk cache and the JIT
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`first render of <cpd-request-form> on plain.html: median ${median.toFixed(1)} ms of ${times.length} loads (aim ≤ ${RENDER_AIM} ms: ${(median / RENDER_AIM).toFixed(2)}× the aim)`);
