/**
 * The quick loop (`./dev check`): types, lint and the unit tests of every package, without building
 * or starting a browser. Two steps run at a time; each prints its output when it ends, then its time.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './support/paths.ts';

interface Step {
  label: string;
  cmd: string;
  args: string[];
}

const vitest = (dir: string): Step => ({ label: `unit tests: ${dir}`, cmd: 'pnpm', args: ['--dir', dir, 'exec', 'vitest', 'run', '--reporter=dot'] });
const steps: Step[] = [
  vitest('core'),
  { label: 'typecheck', cmd: 'pnpm', args: ['-r', '--if-present', 'run', 'typecheck'] },
  { label: 'lint (Biome)', cmd: join(repoRoot, 'node_modules/.bin/biome'), args: ['lint', '--error-on-warnings'] },
  vitest('extension'),
  vitest('widgets'),
  vitest('receivers/self-hosted'),
];

/** Runs one step, collecting its output, and resolves with whether it passed. */
function runStep(step: Step): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { cwd: repoRoot, env: process.env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n── ${step.label}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s ──`);
      if (code !== 0) console.log(out.trimEnd());
      resolve(code === 0);
    });
    child.on('error', (e) => {
      console.log(`\n── ${step.label}: could not start (${e.message}) ──`);
      resolve(false);
    });
  });
}

const started = Date.now();
const queue = [...steps];
const failed: string[] = [];
await Promise.all(
  [0, 1].map(async () => {
    for (let step = queue.shift(); step; step = queue.shift()) if (!(await runStep(step))) failed.push(step.label);
  }),
);
console.log(`\n${failed.length ? `Failed: ${failed.join(', ')}` : 'All checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed.length ? 1 : 0);
