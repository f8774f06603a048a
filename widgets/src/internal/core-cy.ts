/**
 * Core's sentences in Welsh (verdict, reasons, questions), in a chunk of their own: `scoring.ts` loads it
 * beside the scoring engine only for a Welsh widget, so English pages and the Welsh form's first render
 * never download it.
 */
export { CY } from '@cpd-lens/core/i18n-cy';
/** Says a message (a delivery's reason, issue 25) with the table above: kept in this chunk, out of the widgets' first one. */
export { renderIn } from '@cpd-lens/core';
