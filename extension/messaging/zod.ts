/**
 * The extension's zod is core's: `zod/mini`, configured jitless before any schema is built, so
 * nothing probes `new Function` under the extension CSP. Never import classic 'zod' here.
 */
export { z } from '@cpd-lens/core';
