/**
 * The steps of `./dev test` and `./dev check`: child processes run a few at a time, each with its output
 * captured and printed whole, in the listed order, so steps that ran side by side still read one after
 * another.
 */
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.ts';

export interface Step {
  label: string;
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

export interface StepResult {
  step: Step;
  ok: boolean;
  /** stdout and stderr, interleaved as they came */
  output: string;
  seconds: number;
}

/** Runs one step in the repository root with its output captured, and resolves with how it ended (never rejects). */
export function runStep(step: Step): Promise<StepResult> {
  const started = Date.now();
  const done = (ok: boolean, output: string): StepResult => ({ step, ok, output, seconds: (Date.now() - started) / 1000 });
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { cwd: repoRoot, env: { ...process.env, ...step.env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('close', (code) => resolve(done(code === 0, out)));
    child.on('error', (e) => resolve(done(false, `${out}could not start ${step.cmd}: ${e.message}\n`)));
  });
}

/**
 * Runs `steps` at most `width` at a time, in the listed order, and calls `onDone` for each in that same
 * order as soon as it and every step before it have ended. Resolves with every result, in order.
 */
export async function runSteps(steps: Step[], width: number, onDone: (result: StepResult) => void): Promise<StepResult[]> {
  const results: (StepResult | undefined)[] = steps.map(() => undefined);
  let next = 0;
  let printed = 0;
  const lane = async () => {
    for (let i = next++; i < steps.length; i = next++) {
      results[i] = await runStep(steps[i]!);
      for (let r = results[printed]; r && printed < steps.length; r = results[++printed]) onDone(r);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, steps.length) }, lane));
  return results as StepResult[];
}
