/**
 * What the form shows after its questions, in one chunk fetched in the background after the first
 * render (issue 14's size budget), so "Continue" and "Send" still work offline: the "Check your
 * answers" page and the outcome panel (sent, not sent, waiting).
 */
export { renderCheckAnswers } from './check-answers.ts';
export { downloadCopy, renderOutcome } from './outcome.ts';
