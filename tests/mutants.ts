/**
 * A small mutation check (issue 24): each known mutant breaks one behaviour of core that once had no
 * test; the script applies it, runs the tests that should notice, and fails if they still pass. A mutant
 * whose code has changed (its text is not found exactly once) fails too, so the list cannot go stale
 * silently. Sources are restored after each mutant, and on any exit. Run by `./dev test` and alone with
 * `node tests/mutants.ts [id…]`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTANTS } from './mutants.list.ts';
import { repoRoot } from './support/paths.ts';

const only = process.argv.slice(2);
const chosen = only.length ? MUTANTS.filter((m) => only.includes(m.id)) : MUTANTS;
const pending = new Map<string, string>();
const restore = () => {
  for (const [path, text] of pending) writeFileSync(path, text);
  pending.clear();
};
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

let killed = 0;
const survived: string[] = [];
for (const mutant of chosen) {
  const path = join(repoRoot, mutant.file);
  const original = readFileSync(path, 'utf8');
  const count = original.split(mutant.from).length - 1;
  if (count !== 1) {
    survived.push(`${mutant.id}: its code is ${count ? `found ${count} times` : 'not found'} in ${mutant.file} (update the mutant)`);
    continue;
  }
  pending.set(path, original);
  writeFileSync(path, original.replace(mutant.from, mutant.to));
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/vitest'), ['run', ...mutant.tests, '--reporter=dot'], {
    cwd: join(repoRoot, mutant.package ?? 'core'),
    encoding: 'utf8',
    timeout: 180_000,
  });
  restore();
  if (run.status !== 0 && run.status !== null) {
    killed++;
    console.log(`killed   ${mutant.id}: ${mutant.why}`);
  } else {
    survived.push(`${mutant.id}: ${mutant.why} — ${run.status === null ? 'the tests timed out' : 'every test still passed'}`);
    console.log(`SURVIVED ${mutant.id}`);
  }
}
if (survived.length) console.log(`\nMutants not killed:\n${survived.map((s) => `  ${s}`).join('\n')}`);
console.log(`\nmutation check: ${killed} of ${chosen.length} mutants killed`);
console.log(`${killed} passed, ${chosen.length - killed} failed`);
process.exit(survived.length ? 1 : 0);
