import { extractCommand } from './extract.ts';
import { policyCommand } from './policy.ts';
import { schemaCommand } from './schema.ts';
import { scoreCommand } from './score.ts';
import type { Command } from './types.ts';

/** Every `cpd` sub-command, in the order `cpd help` lists them. */
export const COMMANDS: readonly Command[] = [scoreCommand, extractCommand, policyCommand, schemaCommand];
