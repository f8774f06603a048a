import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel C: the second fresh panel (issue 18), written after the work by an author who saw neither the
 * engine nor panel B (see README.md), run once for the closing figures; kept as a regression report.
 */
freshPanelSuite('Panel C (fresh, written after the work)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 32);
