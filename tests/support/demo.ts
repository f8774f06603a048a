/** Starts the real `./dev demo` server (`tests/demo/serve.ts --no-build`) on a free port, for the journey tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

/** Starts the demo and resolves with its address, its process and what it printed. */
export async function startDemo(): Promise<{ origin: string; child: ChildProcess; log: string[] }> {
  const child = spawn(process.execPath, [join(repoRoot, 'tests/demo/serve.ts'), '--no-build'], { cwd: repoRoot, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const origin = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the demo did not start:\n${log.join('')}`)), 30_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      log.push(chunk);
      const m = /CPD Lens demo running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(log.join(''));
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
    child.on('exit', (code) => fail(new Error(`the demo exited (${code}):\n${log.join('')}`)));
  });
  return { origin, child, log };
}
