import { open } from 'node:fs/promises';
import { boundedGet, type Fetched, type FetchLimits } from './fetch-page.ts';
import { terminalWidth } from './terminal.ts';

export type { Fetched, FetchLimits } from './fetch-page.ts';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a whole file, refusing it by its size before reading (error code EFBIG). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Fetches a web page within a byte limit (before and after decompression) and a total time limit. */
  get(url: string, limits: FetchLimits, headers?: Record<string, string>): Promise<Fetched>;
  /** Columns of the terminal, for tables; `Infinity` means no limit (--wide). */
  columns: number;
  /** Whether standard output is a terminal (then a command writes a file rather than pour HTML onto the screen). */
  terminal?: boolean;
  /** Smaller limits than the defaults, for tests. */
  limits?: Partial<FetchLimits>;
  /** Today's ISO date, so a course whose dates have gone says "Event has passed"; tests pass their own, else the clock's. */
  today?: string;
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

/** An fs-style error carrying a code and the size found, so callers word it once. */
function tooLarge(size: number): NodeJS.ErrnoException & { size: number } {
  return Object.assign(new Error('file too large'), { code: 'EFBIG', size });
}

/**
 * Reads a file after `stat`-ing it, so a 300 MB file is refused without being read; the read itself is
 * capped too, in case the file grows between the two.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw tooLarge(info.size);
    // Sized from stat, grown when the size was not known (a pipe, /dev/stdin, <(…)), never past the limit.
    let buffer = new Uint8Array(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length);
        const grown = new Uint8Array(Math.min(maxBytes + 1, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (!bytesRead) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Writes to a stream, ignoring a closed pipe (`cpd … | head` must not crash with EPIPE). */
function writer(stream: NodeJS.WriteStream) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return (text: string) => void stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The real console, file system and network. */
export const nodeIo: CliIo = {
  out: writer(process.stdout),
  err: writer(process.stderr),
  readFile: readFileBounded,
  get: boundedGet,
  columns: terminalWidth(process.env, process.stdout),
  terminal: process.stdout.isTTY === true,
};
