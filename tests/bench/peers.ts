/**
 * The other tools the bench compares CPD Lens with (metascraper and its title and date rules), kept out of
 * the default install: `./dev bench --peers` installs them into tests/bench-peers/ (a package of its own,
 * outside the pnpm workspace) and the comparisons run; without them the bench says they were skipped.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** metascraper as the bench calls it: a page's HTML and address in, the title and date it reads out. */
export type Metascraper = (page: { html: string; url: string }) => Promise<{ title?: string | null; date?: string | null }>;

export const peersDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench-peers');
export const SKIPPED = 'metascraper comparison skipped: run `./dev bench --peers` to install metascraper into tests/bench-peers/ and compare with it';

/** Installs the peer tools from tests/bench-peers/pnpm-lock.yaml (standalone, not part of the workspace). */
export function installPeers(): boolean {
  const result = spawnSync('pnpm', ['install', '--ignore-workspace', '--frozen-lockfile', '--prefer-offline'], { cwd: peersDir, stdio: 'inherit' });
  return result.status === 0;
}

/** metascraper with its title and date rules, or null when tests/bench-peers/ has not been installed. */
export async function loadMetascraper(): Promise<Metascraper | null> {
  const require = createRequire(join(peersDir, 'package.json'));
  const load = async (name: string): Promise<(...args: unknown[]) => unknown> => {
    const mod = (await import(pathToFileURL(require.resolve(name)).href)) as { default: (...args: unknown[]) => unknown };
    return mod.default;
  };
  try {
    const [create, title, date] = await Promise.all([load('metascraper'), load('metascraper-title'), load('metascraper-date')]);
    return create([title(), date()]) as Metascraper;
  } catch {
    return null;
  }
}
