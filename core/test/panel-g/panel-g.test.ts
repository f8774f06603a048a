import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel G: the sixth fresh panel (issue 18), written during this stop by an author who saw neither the
 * engine nor panels A–F (see README.md), kept aside until the code was frozen and run once for the closing
 * figures; kept as a regression report.
 */
freshPanelSuite('Panel G (fresh, kept aside until the code froze)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 40);
