import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPanelSuite } from '../panel/fresh.ts';
import { CASES } from './cases.ts';
import { PAIRS } from './pairs.ts';

/**
 * Panel B: a fresh panel written by an author who never saw the engine (see README.md), used while the
 * facts were built (issue 18). Its expectations are never edited; figures are reported, not asserted.
 */
freshPanelSuite('Panel B (fresh, unseen by the engine)', dirname(fileURLToPath(import.meta.url)), CASES, PAIRS, 34);
