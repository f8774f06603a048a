import type { Corrections, Handoff } from '@cpd-lens/core';
import type { ExtractContext } from '@cpd-lens/core/extract';
import type { BadgeCourse, Changed, ContentMessage, ContentMessageType, ContentReply, LabelData, LabelMessage, LabelMessageType, LabelReply, Mark } from '../messaging/protocol.ts';
import { isOwnContentScript, isOwnLabelFrame, readContentMessage, readLabelMessage, type SenderInfo } from '../messaging/receive.ts';
import type { Locale } from '../i18n/locale.ts';
import type { LabelTarget } from './page-store.ts';
import type { HandoffClaim } from '../request/pending.ts';

/** What the background does for the badge and the label; injected so the routing can be tested without a browser. */
export interface ContentServices {
  runtimeId: string;
  extensionOrigin: string;
  /** Loads the badge script into the frame that found a course. */
  injectBadge(tabId: number, frameId: number): Promise<void>;
  /** Reads the courses in one frame's HTML, repairs and scores them, keeps them for its label, and returns what each badge needs. */
  readPage(tabId: number, frameId: number, url: string, html: string, context: ExtractContext): Promise<BadgeCourse[]>;
  /** The language the member of staff chose for CPD Lens (or the browser's), so the badge speaks it too. */
  locale?(): Promise<Locale>;
  /** The hand-off kept for the school's form in this tab (issue 20), handed out once; undefined when there is none for this page. */
  claimHandoff(claim: HandoffClaim): Promise<Handoff | undefined>;
  /** A token for one label frame to read one course of this frame; null when there is no such course. */
  openLabel(tabId: number, frameId: number, index: number): Promise<string | null>;
  /** What a label token opens, when asked from the tab it was issued for. */
  resolve(token: string, tabId: number): Promise<LabelTarget | undefined>;
  labelData(target: LabelTarget): Promise<LabelData | null>;
  save(target: LabelTarget): Promise<Mark[]>;
  /**
   * Opens the school's request form (its address comes from settings, never from the page) with the
   * hand-off; the course's marks once opened, else why not (`confirm`: Firefox's confirming tab opened instead): `changed` lists what of the course the page
   * changed since the label showed it (the label shows it again; the next press goes ahead).
   */
  startRequest(target: LabelTarget, token: string): Promise<Mark[] | 'no-form' | 'past' | 'hidden' | 'confirm' | { changed: Changed[] }>;
  /** Applies staff corrections to the course, scores it again (and updates its saved copy); the label's new data, or null. */
  correct(target: LabelTarget, corrections: Corrections, token: string): Promise<LabelData | null>;
  /** Asks the badge in the label's frame to close the label. */
  closeLabel(target: LabelTarget): Promise<void>;
}

type Reply = ContentReply<ContentMessageType> | LabelReply<LabelMessageType>;

/**
 * Answers one message from the badge (a content script) or the label (an extension page framed in a
 * tab), or returns undefined to ignore it: anything else, unknown types and malformed bodies are
 * ignored, and no handler lets a failure escape.
 */
export async function handleContentMessage(raw: unknown, sender: SenderInfo, services: ContentServices): Promise<Reply | undefined> {
  const { runtimeId, extensionOrigin } = services;
  try {
    if (isOwnContentScript(sender, runtimeId, extensionOrigin)) {
      const message = readContentMessage(raw);
      return message ? await routeContent(message, sender, services) : undefined;
    }
    if (isOwnLabelFrame(sender, runtimeId, extensionOrigin)) {
      const message = readLabelMessage(raw);
      return message ? await routeLabel(message, sender.tab!.id!, services) : undefined;
    }
  } catch (error) {
    console.warn('CPD Lens: a page request failed', error);
    return { ok: false };
  }
  return undefined;
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own address (it may have changed in place) when it is on the sender's origin; else the sender's. */
function pageUrl(claimed: string, senderUrl: string | undefined): string {
  try {
    return senderUrl && new URL(claimed).origin === new URL(senderUrl).origin ? claimed : (senderUrl ?? '');
  } catch {
    return senderUrl ?? '';
  }
}

async function routeContent(message: ContentMessage, sender: SenderInfo, s: ContentServices): Promise<Reply> {
  const tabId = sender.tab!.id!;
  const frameId = sender.frameId ?? 0;
  switch (message.type) {
    case 'page-detected':
      await s.injectBadge(tabId, frameId);
      return { ok: true };
    case 'read-page': {
      const url = pageUrl(message.url, sender.url);
      const courses = await s.readPage(tabId, frameId, url, message.html, message.asked ? 'asked' : 'provider');
      const locale = await s.locale?.().catch(() => undefined);
      return locale ? { ok: true, courses, locale } : { ok: true, courses };
    }
    case 'open-label': {
      const token = await s.openLabel(tabId, frameId, message.index);
      return token ? { ok: true, token } : { ok: false };
    }
    case 'handoff-claim': {
      const origin = originOf(sender.url);
      const handoff = origin ? await s.claimHandoff({ tabId, frameId, origin, ...(message.token ? { token: message.token } : {}) }) : undefined;
      return { ok: true, handoff: handoff ? JSON.stringify(handoff) : '' };
    }
  }
}

async function routeLabel(message: LabelMessage, tabId: number, s: ContentServices): Promise<Reply> {
  const target = await s.resolve(message.token, tabId);
  if (!target) return { ok: false };
  switch (message.type) {
    case 'label-data': {
      const data = await s.labelData(target);
      return data ? { ok: true, data } : { ok: false };
    }
    case 'label-close':
      await s.closeLabel(target);
      return { ok: true };
    case 'label-correct': {
      const data = await s.correct(target, message.corrections, message.token);
      return data ? { ok: true, data } : { ok: false };
    }
    case 'label-action': {
      if (message.action === 'save') return { ok: true, marks: await s.save(target) };
      const outcome = await s.startRequest(target, message.token);
      if (Array.isArray(outcome)) return { ok: true, marks: outcome };
      return typeof outcome === 'object' ? { ok: false, error: 'changed', changed: outcome.changed } : { ok: false, error: outcome };
    }
  }
}
