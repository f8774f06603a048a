import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/run.ts';

/** Runs `cpd` in memory: real files, a fake network, captured output. */
export async function cpd(argv: string[], fetchImpl: typeof fetch = () => Promise.reject(new Error('getaddrinfo ENOTFOUND'))) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => void (stdout += `${t}\n`),
    err: (t) => void (stderr += `${t}\n`),
    readText: (path) => readFile(path, 'utf8'),
    fetch: fetchImpl,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
