import { readFile } from 'node:fs/promises';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  fetch: typeof fetch;
}

/** A failure the user can fix: printed as one line, exit code 2, never a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The real console, file system and network. */
export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readText: (path) => readFile(path, 'utf8'),
  fetch: (...args) => fetch(...args),
};
