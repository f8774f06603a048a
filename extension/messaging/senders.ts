/** The parts of a message sender that decide whether to listen (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** True for a message from this extension's content script in a web page tab (not another extension, not a page). */
export function isOwnContentScript(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.tab?.id === 'number' && !(sender.url ?? '').startsWith(extensionOrigin);
}

/** True for a message from one of this extension's own pages (popup, options, side panel, label). */
export function isOwnExtensionPage(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && (sender.url ?? '').startsWith(extensionOrigin);
}

/** True for a message from this extension's label page framed inside a web page tab. */
export function isOwnLabelFrame(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return isOwnExtensionPage(sender, runtimeId, extensionOrigin) && typeof sender.tab?.id === 'number' && new URL(sender.url!).pathname === '/label.html';
}
