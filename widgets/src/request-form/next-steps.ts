/**
 * What the form shows after its questions, in one chunk fetched in the background after the first
 * render (issue 14's size budget), so "Continue" and "Send" still work offline: the question pages
 * after the first (issue 22), the "Check your answers" page, the outcome panel (sent, not sent, waiting) and the request document checked
 * against its schema (zod's Course and CpdRequest, which showing the questions does not need).
 */
import '../internal/i18n-next-steps.ts'; // the check page's and outcome panel's English text

export { renderCheckAnswers } from './check-answers.ts';
export { questionPages } from './question-pages.ts';
export { renderTargets } from './targets.ts';
export { downloadCopy, renderOutcome, sharedFeeHint } from './outcome.ts';
export { buildRequest, fieldOfPath, labelOfPath } from './build-request.ts';
