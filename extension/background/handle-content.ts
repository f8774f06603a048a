import type { Course, ScoreResult } from '@cpd-lens/core';
import type { ContentMessage, ContentMessageType, ContentReply, ScoreSummary } from '../messaging/protocol.ts';
import { isOwnContentScript, readContentMessage, type SenderInfo } from '../messaging/receive.ts';

/** What the background does for content scripts; injected so the routing can be tested without a browser. */
export interface ContentServices {
  runtimeId: string;
  extensionOrigin: string;
  /** Loads the badge script into the frame that found a course. */
  injectBadge(tabId: number, frameId: number): Promise<void>;
  score(courses: Course[]): Promise<ScoreResult[]>;
  save(course: Course, score: ScoreSummary | undefined): Promise<string>;
  /** Opens the school's request form (its address comes from settings, never from the page). */
  startRequest(course: Course, score: ScoreSummary | undefined): Promise<'opened' | 'no-form'>;
}

type Reply = ContentReply<ContentMessageType>;

/**
 * Answers one message from a content script, or returns undefined to ignore it: messages from
 * anything but this extension's content scripts in tabs, unknown types and malformed bodies are
 * all ignored, and no handler lets a failure escape.
 */
export async function handleContentMessage(raw: unknown, sender: SenderInfo, services: ContentServices): Promise<Reply | undefined> {
  if (!isOwnContentScript(sender, services.runtimeId, services.extensionOrigin)) return undefined;
  const message = readContentMessage(raw);
  if (!message) return undefined;
  try {
    return await route(message, sender.tab!.id!, sender.frameId ?? 0, services);
  } catch (error) {
    console.warn('CPD Lens: a page request failed', error);
    return failure(message.type);
  }
}

async function route(message: ContentMessage, tabId: number, frameId: number, s: ContentServices): Promise<Reply> {
  switch (message.type) {
    case 'page-detected':
      await s.injectBadge(tabId, frameId);
      return { ok: true };
    case 'score-courses':
      return { ok: true, results: await s.score(message.courses) };
    case 'save-course':
      return { ok: true, id: await s.save(message.course, message.score) };
    case 'start-request': {
      const outcome = await s.startRequest(message.course, message.score);
      return outcome === 'opened' ? { ok: true } : { ok: false, error: 'no-form' };
    }
  }
}

function failure(type: ContentMessageType): Reply {
  switch (type) {
    case 'page-detected':
      return { ok: false };
    case 'start-request':
      return { ok: false, error: 'failed' };
    default:
      return { ok: false, error: 'CPD Lens could not do that just now; try again.' };
  }
}
