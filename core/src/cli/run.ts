import { COMMANDS } from './commands/index.ts';
import { CliError, type CliIo } from './io.ts';
import { wrapText } from './table.ts';
import { forTerminal } from './terminal.ts';

/** The list of commands, each with its summary and usage wrapped under its name to fit `width`. */
function help(width: number): string {
  const name = Math.max(...COMMANDS.map((c) => c.name.length));
  const indent = ' '.repeat(name + 4);
  const wrapped = (text: string) => wrapText(text, Math.max(30, width - indent.length)).map((l) => indent + l);
  return [
    'cpd — judge CPD courses against your school’s policy',
    '',
    ...COMMANDS.flatMap((c) => {
      const [first, ...rest] = wrapped(c.summary);
      return [`  ${c.name.padEnd(name)}  ${first!.trimStart()}`, ...rest, ...wrapped(c.usage), ''];
    }),
    ...wrapText('Exit codes: 0 done, 2 bad input (the message names the file and field). Tables fit $COLUMNS; --wide lifts the limit.', width),
  ].join('\n');
}

/** Runs `cpd` with its arguments; every failure the user can fix is one line on stderr and exit code 2. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Everything printed passes here: page titles, policy text and error messages alike.
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(forTerminal(text)), err: (text) => rawIo.err(forTerminal(text)) };
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help(io.columns));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`cpd: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out([`cpd ${command.name} — ${command.summary}`, '', ...wrapText(`usage: ${command.usage}`, io.columns)].join('\n'));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    const fsError = error as NodeJS.ErrnoException;
    if (fsError?.code && fsError.path) {
      // A file named on the command line could not be written (a folder that does not exist, no permission).
      io.err(`${fsError.path}: cannot be written (${fsError.code})`);
      return 2;
    }
    io.err(`cpd ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
