/**
 * The README's test command: builds what the browser tests load, runs the checks and every unit suite,
 * then the browser suites, and prints one closing line "N passed, N failed, N skipped".
 *
 * Steps run side by side where they share nothing (issue 24): typecheck, lint and the unit tests two at a
 * time; then the mutation check alone, since it rewrites core's sources while it runs; then Playwright
 * beside the Firefox suite and the reproducible build (which rebuilds only .output/firefox-mv3, read by
 * no browser test). Each step's output is printed whole, in this order, with its time.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, repoRoot } from './support/paths.ts';
import { runSteps, type Step, type StepResult } from './support/steps.ts';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

/** A step whose tally is one test: passed when it exits 0. */
const once = (label: string, cmd: string, args: string[]): Step => ({ label, cmd, args });
/** A step that counts its own tests from the report it writes (or, like the build, counts none). */
const counted = (step: Step, count: (tally: Tally) => void = () => {}) => Object.assign(step, { count });
type Counted = Step & { count?: (tally: Tally) => void };

/** Prints a finished step and adds it to the tally. */
function report(result: StepResult): void {
  const { step, ok, output, seconds } = result;
  console.log(`\n── ${step.label} ──\n${output.trimEnd()}\n── ${step.label}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s ──`);
  if (!ok) failures.push(step.label);
  const count = (step as Counted).count;
  if (count) count(total);
  else if (ok) total.passed++;
  else total.failed++;
}

/** Runs steps `width` at a time, saying when each starts so a long quiet stretch is not a mystery. */
async function phase(steps: Step[], width: number): Promise<StepResult[]> {
  console.log(`\n… running: ${steps.map((s) => s.label).join(', ')}`);
  return runSteps(steps, width, report);
}

/** A vitest run with a JSON report whose counts go to the tally. */
function vitest(label: string, name: string, dir: string, extra: string[] = []): Step {
  const out = join(artifactsDir, `vitest-${name}.json`);
  rmSync(out, { force: true });
  const step: Step = { label, cmd: 'pnpm', args: ['--dir', dir, 'exec', 'vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`] };
  return counted(step, (tally) => {
    if (!existsSync(out)) return;
    const r = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    tally.passed += r.numPassedTests;
    tally.failed += r.numFailedTests;
    tally.skipped += r.numPendingTests + r.numTodoTests;
  });
}

/** The Playwright suite in Chromium, counted from its JSON report. */
function playwright(): Step {
  const out = join(artifactsDir, 'playwright.json');
  rmSync(out, { force: true });
  const step: Step = { label: 'browser tests (Playwright, Chromium)', cmd: 'pnpm', args: ['--dir', 'tests', 'exec', 'playwright', 'test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out } };
  return counted(step, (tally) => {
    if (!existsSync(out)) return;
    const r = JSON.parse(readFileSync(out, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    tally.passed += r.stats.expected + r.stats.flaky;
    tally.failed += r.stats.unexpected;
    tally.skipped += r.stats.skipped;
  });
}

/** What the build writes; every browser test reads one of them. */
const buildOutputs = ['.output/chrome-mv3', '.output/chrome-mv3-e2e', '.output/firefox-mv3', '.output/firefox-mv3-e2e', 'widgets/dist-cdn'];
/** Where the fingerprint of the last successful build's inputs is kept (inside .output, which git ignores). */
const buildStamp = join(repoRoot, '.output/.build-inputs');

/**
 * A fingerprint of everything the build can read: Node's version and every file git tracks or would add
 * (ignored ones aside: node_modules is covered by the lockfile), outside tests/, which no build reads (the
 * sources zip leaves it out too). A few MB, hashed in well under a second.
 */
function buildInputs(): string {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  const hash = createHash('sha256').update(process.version);
  for (const file of listed.split('\0').filter((f) => f && !f.startsWith('tests/')).sort()) {
    const path = join(repoRoot, file);
    hash.update(`\0${file}\0`).update(existsSync(path) ? readFileSync(path) : 'deleted');
  }
  return hash.digest('hex');
}

const started = Date.now();
mkdirSync(artifactsDir, { recursive: true });

// issue 24: the build is skipped when its inputs are those of the last successful build and its outputs are
// all there (a run that changed only tests); CPD_REBUILD=1 builds anyway
const inputs = buildInputs();
const built = !process.env.CPD_REBUILD && buildOutputs.every((dir) => existsSync(join(repoRoot, dir))) && existsSync(buildStamp) && readFileSync(buildStamp, 'utf8') === inputs;
if (built) {
  console.log('\n── build: skipped, its inputs are unchanged since the last build (CPD_REBUILD=1 builds anyway) ──');
} else {
  rmSync(buildStamp, { force: true });
  const [build] = await phase([counted(once('build', 'pnpm', ['run', 'build']))], 1);
  if (!build?.ok) {
    console.log('\nThe build failed, so no tests ran.\n0 passed, 1 failed');
    process.exit(1);
  }
  writeFileSync(buildStamp, inputs);
}
await phase(
  [
    // one TypeScript project graph (tsconfig.check.json): core is checked once, not once per package
    counted(once('typecheck', 'pnpm', ['run', 'typecheck'])),
    // issue 24: the linter's checked-in rules (biome.jsonc); core's layers are a unit test (core/test/layers.test.ts)
    once('lint (Biome)', join(repoRoot, 'node_modules/.bin/biome'), ['lint', '--error-on-warnings']),
    // every package's vitest suite in one run (vitest.config.ts lists them as projects)
    vitest('unit tests (core, extension, widgets, receiver)', 'unit', '.'),
  ],
  2,
);
// issue 24: known mutants of core must each make a test fail (tests/mutants.ts); alone, as it edits core
await phase([once('mutation check', 'node', ['tests/mutants.ts'])], 1);
await phase(
  [
    playwright(),
    // Firefox: the built extension in stock Firefox ESR over WebDriver BiDi (tests/firefox/, puppeteer-core)
    vitest('browser tests (Firefox)', 'firefox', 'tests', ['--config', 'firefox/vitest.config.ts']),
    // E-POL-02: the Firefox build is rebuilt from its sources zip, byte for byte
    once('reproducible build (sources zip)', 'node', ['tests/reproduce.ts']),
  ],
  2,
);

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (failures.length && total.failed === 0) total.failed = failures.length;
console.log(`\nEvery step took ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
