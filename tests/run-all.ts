/**
 * The README's test command: builds what the browser tests load, runs every package's vitest suite
 * and the Playwright suite, then prints one closing line "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, repoRoot } from './support/paths.ts';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

mkdirSync(artifactsDir, { recursive: true });

if (!run('build', 'pnpm', ['run', 'build'])) {
  console.log('\nThe build failed, so no tests ran.\n0 passed, 1 failed');
  process.exit(1);
}
run('typecheck', 'pnpm', ['run', 'typecheck']);
// issue 24: the linter's checked-in rules (biome.jsonc); core's layers are a unit test (core/test/layers.test.ts)
if (run('lint (Biome)', join(repoRoot, 'node_modules/.bin/biome'), ['lint', '--error-on-warnings'])) total.passed++;
else total.failed++;
// E-POL-02: the Firefox build is rebuilt from its sources zip, byte for byte (about 15 s)
if (run('reproducible build (sources zip)', 'node', ['tests/reproduce.ts'])) total.passed++;
else total.failed++;

/** Runs one vitest suite with a JSON report and adds its counts to the tally. */
function runVitest(label: string, dir: string, name: string, extra: string[] = []): void {
  const out = join(artifactsDir, `vitest-${name}.json`);
  rmSync(out, { force: true });
  run(label, 'pnpm', ['--dir', dir, 'exec', 'vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return;
  const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
}

// issue 24: known mutants of core must each make a test fail (tests/mutants.ts)
if (run('mutation check', 'node', ['tests/mutants.ts'])) total.passed++;
else total.failed++;

for (const pkg of ['core', 'extension', 'widgets', 'receivers/self-hosted', 'tests']) {
  if (['vitest.config.ts', 'vitest.config.mts'].some((c) => existsSync(join(repoRoot, pkg, c)))) runVitest(`unit tests: ${pkg}`, pkg, pkg.replace(/\//g, '-'));
}

const pwOut = join(artifactsDir, 'playwright.json');
rmSync(pwOut, { force: true });
run('browser tests (Playwright, Chromium)', 'pnpm', ['--dir', 'tests', 'exec', 'playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
if (existsSync(pwOut)) {
  const report = JSON.parse(readFileSync(pwOut, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected;
  total.skipped += report.stats.skipped;
}

// Firefox: the built extension in stock Firefox ESR over WebDriver BiDi (tests/firefox/, puppeteer-core)
runVitest('browser tests (Firefox)', 'tests', 'firefox', ['--config', 'firefox/vitest.config.ts']);

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (failures.length && total.failed === 0) total.failed = failures.length;
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
