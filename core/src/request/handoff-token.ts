/* The hand-off token and the form's question: no schema here, so a page that only asks loads nothing more. */
/**
 * The fragment key of an opaque, single-use hand-off token (issue 20): the address carries only this,
 * and the form asks the extension for the hand-off itself (`HANDOFF_ASK`), so no PD target or score is
 * ever in an address, the history or what the page's other scripts can read.
 */
export const HANDOFF_TOKEN_KEY = 'cpd-request-token';
/** The `type` of the message the form posts to its own window, with a MessagePort for the answer. */
export const HANDOFF_ASK = 'cpd-lens:handoff-ask';
/** A hand-off token: 128 random bits as 32 hex digits. */
export const HANDOFF_TOKEN = /^[0-9a-f]{32}$/;
