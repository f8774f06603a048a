import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel D: the third fresh panel (issue 18), written after this stop's work by an author who saw neither
 * the engine nor panels A–C (see README.md), run once for the closing figures; kept as a regression report.
 */
freshPanelSuite('Panel D (fresh, written after the work)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 32);
