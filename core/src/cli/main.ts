#!/usr/bin/env node
/** The `cpd` command: `pnpm cpd …` from the repository root. */
import { nodeIo } from './io.ts';
import { runCli } from './run.ts';

// `./dev` changes to the repository first; file names on the command line are relative to where it was typed.
if (process.env.CPD_CWD) process.chdir(process.env.CPD_CWD);

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
