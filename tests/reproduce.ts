/**
 * E-POL-02: the Firefox build can be reproduced from the sources zip that AMO's reviewers get. Makes
 * the store packages (`wxt zip -b firefox`), unpacks the sources zip in a temporary folder, installs
 * from the lockfile (offline from the local store when it can, else from the registry), builds, and
 * compares every file byte for byte with `.output/firefox-mv3`. The commands are the ones the zip's own
 * SOURCES.md gives the reviewers, read from it, so the instructions cannot drift from what works.
 * Run by `./dev test` and `./dev reproduce`.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// the zip reader core already uses for XLSX, so no unzip tool is needed on the machine
import { unzipSync } from 'fflate';
import { repoRoot } from './support/paths.ts';

function sh(cmd: string, args: string[], options: SpawnSyncOptions): boolean {
  const run = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
  return run.status === 0;
}

/** Every file under a folder, with its SHA-256. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

/** The commands of the ```sh block in the unpacked zip's SOURCES.md, the reviewers' build instructions. */
function readmeCommands(dir: string): string[] {
  const readme = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  const commands = (block ?? '').split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
  if (!commands.some((c) => c.startsWith('pnpm exec wxt build -b firefox'))) throw new Error('SOURCES.md in the sources zip gives no `pnpm exec wxt build -b firefox` command');
  return commands;
}

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
if (!sh('pnpm', ['exec', 'wxt', 'zip', '-b', 'firefox'], { cwd: repoRoot })) {
  console.log('reproducible build: `wxt zip -b firefox` failed\n0 passed, 1 failed');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'cpd-lens-reproduce-'));
try {
  const files = unzipSync(readFileSync(join(repoRoot, `.output/cpd-lens-${version}-sources.zip`)));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), data);
  }
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  for (const command of readmeCommands(work)) {
    const [cmd, ...args] = command.split(/\s+/);
    if (cmd === 'npm' && args[0] === 'install' && args[1] === '-g') {
      // the toolchain is already on this machine: check the README names the lockfile's pnpm instead of installing it
      const wanted = (JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')) as { packageManager?: string }).packageManager;
      if (args[2] !== wanted) throw new Error(`SOURCES.md installs ${args[2]}, package.json asks for ${wanted}`);
      continue;
    }
    // an install tries the machine's package store first, so the check runs offline when it can
    const ran = (args[0] === 'install' && sh(cmd!, [...args, '--offline'], { cwd: work, env })) || sh(cmd!, args, { cwd: work, env });
    if (!ran) throw new Error(`\`${command}\` (from SOURCES.md) failed in the unpacked sources`);
  }
  const ours = hashes(join(repoRoot, '.output/firefox-mv3'));
  const theirs = hashes(join(work, '.output/firefox-mv3'));
  const differ = [...new Set([...ours.keys(), ...theirs.keys()])].filter((f) => ours.get(f) !== theirs.get(f)).sort();
  if (differ.length) throw new Error(`files differ from the sources zip's build:\n  ${differ.join('\n  ')}`);
  console.log(`reproducible build: ${ours.size} files of the Firefox build rebuilt byte for byte from the sources zip\n1 passed, 0 failed`);
} catch (error) {
  console.log(`reproducible build: ${error instanceof Error ? error.message : String(error)}\n0 passed, 1 failed`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
