import { z } from './zod.ts';
import { ContentMessages, LabelMessages, type ContentMessage, type ContentMessageType, type LabelMessage, type LabelMessageType } from './protocol.ts';

export { isOwnContentScript, isOwnExtensionPage, isOwnLabelFrame, type SenderInfo } from './senders.ts';

function readTyped<M extends Record<string, z.ZodMiniType>>(schemas: M, raw: unknown): z.infer<M[keyof M]> | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return null;
  const parsed = z.safeParse(schemas[type as keyof M]!, raw);
  return parsed.success ? (parsed.data as z.infer<M[keyof M]>) : null;
}

/** A content-script message checked against its schema; null for anything unknown or malformed. */
export function readContentMessage(raw: unknown): ContentMessage | null {
  return readTyped(ContentMessages, raw) as ContentMessage<ContentMessageType> | null;
}

/** A message from the label frame checked against its schema; null for anything else. */
export function readLabelMessage(raw: unknown): LabelMessage | null {
  return readTyped(LabelMessages, raw) as LabelMessage<LabelMessageType> | null;
}

