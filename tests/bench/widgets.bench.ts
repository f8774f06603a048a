/**
 * Widgets: gzipped size of what each CDN entry loads, against issue 14's budgets, and the request
 * form's first render on a host page in Chromium (median of 7 loads). The build splits shared chunks
 * (Lit, zod, core) and loads some parts on demand (the scoring engine), so an entry's size is the
 * entry plus every chunk it imports statically (what loads before it renders); chunks it may fetch
 * later are listed beside it. Budgets: cpd-request-form.js ≤ 35 KB gz; all staff-facing widgets
 * (cpd-widgets.js) ≤ 45 KB gz. The policy editor (cpd-policy-editor.js) is an admin tool loaded
 * only on the CPL leader's page: it shares the chunks above but is not counted in "all widgets".
 * First render ≤ 50 ms. Builds the widgets first when the bundles are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/browser.ts';
import { closure, gz, gzSum, kb, widgetsDist, WIDGET_BUDGETS } from '../support/bundle-size.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';
import { startServer } from '../support/server.ts';

const RENDER_AIM = 50;
const dist = widgetsDist;

if (!existsSync(join(dist, 'cpd-policy-editor.js'))) {
  const built = spawnSync('pnpm', ['--filter', '@cpd-lens/widgets', 'run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

/** When each on-demand chunk is fetched (by its name before the hash), so the figures say what they leave out. */
const WHEN: [RegExp, string][] = [
  [/^chunks\/i18n-cy-/, 'on a Welsh page, before its first render (see the Welsh figure)'],
  [/^chunks\/(scoring-engine|default-policy)-/, 'when a score is first shown or a hand-off arrives; the form renders without it'],
  [/^chunks\/(delivery-engine|delivery)-/, 'in the background after the form\'s or evaluation\'s first render, so a request sent offline is still queued (the policy editor: at its first "Publish")'],
  [/^chunks\/next-steps-/, 'in the background after the form\'s first render: the question pages after the first (issue 22), "Check your answers", the outcome and the request\'s schema check (needed at "Continue", also offline)'],
  [/^chunks\/schemas-/, 'with the check page or the scoring engine (the Course and CpdRequest schemas); the form\'s questions render without them'],
  [/^chunks\/store-/, 'as the form or evaluation starts, without holding its first render: what is typed meanwhile is kept and saved with the draft'],
  [/^chunks\/publish-/, 'on the first "Publish" of the policy editor'],
  [/^chunks\/core-cy-/, 'beside the scoring engine, for a Welsh score only (core\'s verdict, questions and bands in Welsh)'],
];
const when = (file: string) => WHEN.find(([re]) => re.test(file))?.[1] ?? 'when first needed';

for (const [entry, what, budget] of WIDGET_BUDGETS) {
  const { initial, lazy } = closure(entry);
  const size = gzSum(initial);
  const verdict = budget ? ` — budget ≤ ${kb(budget)}: ${size <= budget ? 'within' : 'OVER'} (${(size / budget).toFixed(2)}×)` : ' — no budget of its own';
  console.log(`widgets ${entry} (${what}): ${kb(size)} gzipped before first render, ${initial.size} file(s)${verdict}`);
  const welsh = [...lazy].filter((f) => /^chunks\/i18n-cy-/.test(relative(dist, f)));
  if (welsh.length) console.log(`  on a Welsh page (lang="cy"): ${kb(size + gzSum(welsh))} before first render (the Welsh text is awaited, never English first)`);
  for (const file of lazy) console.log(`  + ${relative(dist, file)} ${kb(gz(file))}: ${when(relative(dist, file))}`);
  if (lazy.size) console.log(`  = ${kb(size + gzSum(lazy))} when everything has loaded`);
}

const server = await startServer({ '/intranet': join(fixturesDir, 'intranet'), '/widgets': dist }, [
  (_req, res, url) => {
    if (url.pathname !== '/endpoint/cpd-requests') return false;
    res.writeHead(201).end('{}');
    return true;
  },
]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs, headless: true });
/**
 * From a fresh element's upgrade to its first complete render with the configuration applied: `busy`
 * right after the bundle has loaded, while the page's own form fetches and runs the chunks it loads
 * after its first render (store, check page), or `idle` once they are in.
 */
async function renderTimes(busy: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/intranet/plain.html`);
    const ms = await page.evaluate(async (busy) => {
      await customElements.whenDefined('cpd-request-form');
      if (!busy) await new Promise((r) => setTimeout(r, 800));
      const fresh = document.createElement('cpd-request-form') as HTMLElement & { updateComplete: Promise<boolean> };
      fresh.setAttribute('endpoint', '/endpoint/cpd-requests');
      fresh.setAttribute('draft-key', `bench-${Math.random()}`);
      const start = performance.now();
      document.querySelector('main')!.append(fresh);
      await fresh.updateComplete;
      while (!fresh.shadowRoot?.querySelector('[part="submit"]')) await fresh.updateComplete.then(() => new Promise((r) => requestAnimationFrame(r)));
      return performance.now() - start;
    }, busy);
    if (i > 0) times.push(ms); // the first load warms the disk cache and the JIT
    await context.close();
  }
  return times.sort((a, b) => a - b);
}
try {
  for (const busy of [true, false]) {
    const times = await renderTimes(busy);
    const median = times[Math.floor(times.length / 2)]!;
    const when = busy ? 'right after the bundle loads, the after-render chunks arriving meanwhile' : 'on an idle page';
    console.log(`first render of <cpd-request-form> on plain.html, ${when}: median ${median.toFixed(1)} ms of ${times.length} loads (aim ≤ ${RENDER_AIM} ms: ${(median / RENDER_AIM).toFixed(2)}× the aim)`);
  }
} finally {
  await browser.close();
  await server.close();
}
