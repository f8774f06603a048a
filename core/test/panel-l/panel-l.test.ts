import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel L: the ninth fresh panel (issue 18), written at the end of stop 33, after the work, by an author who saw
 * neither the engine nor panels A–K (see README.md), run once on the final code for the closing figures; kept
 * as a regression report.
 */
freshPanelSuite('Panel L (fresh, run once on the final code)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 30, '2026-12-08');
