/**
 * The one zod entry point for all of CPD Lens. It uses `zod/mini` (7 kB gz instead of 27 kB) and turns
 * off zod's JIT before any schema is built, so extension pages under a strict CSP never probe `new Function`.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
