import { COMMANDS } from './commands/index.ts';
import { CliError, type CliIo } from './io.ts';
import { forTerminal } from './terminal.ts';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'cpd — judge CPD courses against your school’s policy',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.usage}`),
    '',
    'Exit codes: 0 done, 2 bad input (the message names the file and field).',
  ].join('\n');
}

/** Runs `cpd` with its arguments; every failure the user can fix is one line on stderr and exit code 2. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Everything printed passes here: page titles, policy text and error messages alike.
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(forTerminal(text)), err: (text) => rawIo.err(forTerminal(text)) };
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`cpd: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`cpd ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
