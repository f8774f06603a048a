/**
 * `./dev bench [names…] [--peers]`: runs every tests/bench/*.bench.ts in turn (or those whose file name
 * contains one of the names); each prints its own figures and ratios. `--peers` first installs the tools
 * the bench compares with (metascraper, tests/bench-peers/), which the default install leaves out.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installPeers } from './peers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
if (args.includes('--peers') && !installPeers()) {
  console.error('bench: could not install tests/bench-peers/ (metascraper); the comparisons will be skipped');
}
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n══ ${file} ══`);
  const result = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
