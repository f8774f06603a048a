import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel J: a panel written at the start of stop 33 by an author who saw neither the engine nor the earlier
 * panels (see README.md), given to the engine's author as material to learn from (seen from the start, so
 * its figures are not a measure); kept as a regression report.
 */
freshPanelSuite('Panel J (seen: written as material to learn from)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 26, '2026-12-08');
