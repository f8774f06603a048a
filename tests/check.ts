/**
 * The quick loop (`./dev check`): types, lint and the unit tests of every package (the widgets'
 * component tests in one headless Chromium), without building. Two steps run at a time; each prints
 * its time when it ends, and its output when it failed.
 */
import { join } from 'node:path';
import { repoRoot } from './support/paths.ts';
import { runSteps, type Step } from './support/steps.ts';

const steps: Step[] = [
  // every package's suite in one vitest run (vitest.config.ts lists them as projects)
  { label: 'unit tests', cmd: 'pnpm', args: ['exec', 'vitest', 'run', '--reporter=dot'] },
  // one TypeScript project graph (tsconfig.check.json): core is checked once, and only again when it changed
  { label: 'typecheck', cmd: 'pnpm', args: ['run', 'typecheck'] },
  { label: 'lint (Biome)', cmd: join(repoRoot, 'node_modules/.bin/biome'), args: ['lint', '--error-on-warnings'] },
];

const started = Date.now();
const results = await runSteps(steps, 2, ({ step, ok, output, seconds }) => {
  console.log(`\n── ${step.label}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s ──`);
  if (!ok) console.log(output.trimEnd());
});
const failed = results.filter((r) => !r.ok).map((r) => r.step.label);
console.log(`\n${failed.length ? `Failed: ${failed.join(', ')}` : 'All checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed.length ? 1 : 0);
