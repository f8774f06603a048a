import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel I: the eighth fresh panel (issue 18), written at the end of stop 32 by an author who saw neither the
 * engine nor panels A–H (see README.md), run once on the code frozen at 97047c3 for the closing figures;
 * kept as a regression report.
 */
freshPanelSuite('Panel I (fresh, run once on the final code)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 30);
