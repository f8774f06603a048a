/**
 * The extension's zod: the same `zod/mini` module core uses. Importing core first guarantees
 * `z.config({ jitless: true })` has run before any schema here is built (no `new Function` probe
 * under the extension CSP). Never import classic 'zod' in the extension.
 */
import '@cpd-lens/core';
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
