/**
 * What `outbox-driver.ts` loads on demand: core's outbox (queue, flush, retry times) and the code that
 * posts queued documents and judges the answers. Fetched the first time a request or evaluation is
 * sent, or at page load only when one is still waiting to be delivered (issue 14's size budget).
 */
export { enqueue, flushOutbox, nextWake, systemClock } from '@cpd-lens/core';
