import type { CliIo } from '../../src/cli/io.ts';
import { nodeIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/run.ts';

/** A fetch-like fake for the CLI's bounded page reader: tests that need no real server use it. */
export type FakeFetch = (url: string) => Promise<Response>;

/** Runs `cpd` in memory: real files, a fake (or, with `io.get`, a real) network, captured output, 80 columns. */
export async function cpd(argv: string[], fetchImpl: FakeFetch = () => Promise.reject(new Error('getaddrinfo ENOTFOUND')), io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    ...nodeIo,
    columns: 80,
    terminal: false,
    get: async (url) => {
      const r = await fetchImpl(url);
      return { status: r.status, statusText: r.statusText, contentType: r.headers.get('content-type') ?? '', text: await r.text() };
    },
    ...io,
    out: (t) => void (stdout += `${t}\n`),
    err: (t) => void (stderr += `${t}\n`),
  });
  return { code, stdout, stderr };
}
