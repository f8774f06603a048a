import { z } from '../zod.ts';

/**
 * How a document is posted: `json` (the default: `application/json` with `Idempotency-Key` and
 * `CPD-Lens-Schema` headers, so the browser sends a CORS preflight first) or `text-plain` (a "simple"
 * request: the same JSON as `text/plain` with no custom header, the id in the body as the idempotency
 * key, for receivers that cannot answer a preflight, such as a Power Automate HTTP trigger).
 */
export const DeliveryMode = z.enum(['json', 'text-plain']);
export type DeliveryMode = z.infer<typeof DeliveryMode>;
