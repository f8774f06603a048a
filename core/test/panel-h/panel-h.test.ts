import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel H: the seventh fresh panel (issue 18), written during stop 32 by an author who saw neither the
 * engine nor panels A–G (see README.md), kept aside until the code was frozen at 84a0aa0 and run once for
 * the closing figures; kept as a regression report.
 */
freshPanelSuite('Panel H (fresh, kept aside until the code froze)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 40);
