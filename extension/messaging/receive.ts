import { z } from './zod.ts';
import { ContentMessages, TabMessages, type ContentMessage, type ContentMessageType, type TabMessage, type TabMessageType } from './protocol.ts';

/** The parts of a message sender that decide whether to listen (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

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

/** A message to a content script from the extension's own pages; null for anything else. */
export function readTabMessage(raw: unknown): TabMessage | null {
  return readTyped(TabMessages, raw) as TabMessage<TabMessageType> | null;
}

/** True for a message from this extension's content script in a web page tab (not another extension, not a page). */
export function isOwnContentScript(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.tab?.id === 'number' && !(sender.url ?? '').startsWith(extensionOrigin);
}

/** True for a message from one of this extension's own pages (popup, options, side panel). */
export function isOwnExtensionPage(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && (sender.url ?? '').startsWith(extensionOrigin);
}
