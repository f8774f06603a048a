import type { CliIo } from '../io.ts';

/** One `cpd` sub-command. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Runs the command with its own arguments; returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
