#!/usr/bin/env node
/** The `cpd` command: `pnpm cpd …` from the repository root. */
import { nodeIo } from './io.ts';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
