import { budgetCommand } from './budget.ts';
import { compareCommand } from './compare.ts';
import { extractCommand } from './extract.ts';
import { mappingCommand } from './mapping.ts';
import { policyCommand } from './policy.ts';
import { recordCommand } from './record.ts';
import { reportCommand } from './report.ts';
import { schemaCommand } from './schema.ts';
import { scoreCommand } from './score.ts';
import type { Command } from './types.ts';

/** Every `cpd` sub-command, in the order `cpd help` lists them. */
export const COMMANDS: readonly Command[] = [scoreCommand, extractCommand, compareCommand, budgetCommand, reportCommand, recordCommand, mappingCommand, policyCommand, schemaCommand];
