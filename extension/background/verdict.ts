import type { Course, ScoreResult } from '@cpd-lens/core';
import { browser } from 'wxt/browser';
import { BADGE, badgeBand } from '../i18n/label.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import type { BadgeItem, EventStatus, Mark, Tone } from '../messaging/protocol.ts';
import { currentLocale } from '../settings/settings.ts';
import { tone } from '../ui/format.ts';

/** Whether a course can still be booked: the judgement's status when present, else "past" once every session has ended. */
export function statusOf(course: Course, result: ScoreResult, now = new Date()): EventStatus {
  // what staff said of the event wins over the page and the dates
  const corrected = course.corrections?.status?.value;
  if (corrected) return corrected === 'cancelled' ? 'closed' : corrected;
  // full, closed or past as the judgement found them; "open" or "unknown" are checked against the dates,
  // since a judgement scored without today's date cannot tell a past event
  const judged = result.profile?.status;
  if (judged === 'full' || judged === 'closed' || judged === 'past') return judged;
  const sessions = course.sessions ?? [];
  if (!sessions.length) return 'unknown';
  const last = Math.max(...sessions.map((s) => Date.parse(s.end ?? s.start)));
  return Number.isFinite(last) && last < now.getTime() ? 'past' : 'open';
}

/** The little the on-page badge of one course is told. */
export function badgeItem(course: Course, result: ScoreResult, marks: Mark[]): BadgeItem {
  return { total: Math.round(result.total), band: result.band, bandId: result.bandId, tone: tone(result.total, result.bandId), coverage: result.coverage, marks, status: statusOf(course, result) };
}

const COLOURS: Record<Tone, string> = { good: '#00703c', fair: '#8a5a00', poor: '#b10e1e', unknown: '#505a5f' };

/** The toolbar button's tooltip in the member of staff's language: one course's score and band, or how many were scored. */
export function toolbarTitle(scored: readonly BadgeItem[], locale: Locale): string {
  const t = BADGE[locale];
  if (!scored.length) return t.brand;
  if (scored.length > 1) return fill(t.coursesName, { count: scored.length });
  const one = scored[0]!;
  const band = badgeBand(one.bandId, one.band, t);
  return one.tone === 'unknown' ? fill(t.toolbarUnscored, { band }) : fill(t.toolbar, { total: one.total, band });
}

/**
 * Shows the same verdict on the toolbar button of this tab, which no page can draw or change: a
 * lookalike badge on the page can be told from the real one by comparing the two. The tooltip is in
 * the language the member of staff chose (or the browser's).
 */
export async function showVerdictOnToolbar(tabId: number, items: readonly (BadgeItem | null)[]): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const scored = items.filter((i): i is BadgeItem => i !== null);
  const title = toolbarTitle(scored, await currentLocale().catch((): Locale => 'en'));
  if (!scored.length) {
    await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title })]);
    return;
  }
  const one = scored.length === 1 ? scored[0]! : null;
  const text = one ? (one.tone === 'unknown' ? '?' : String(one.total)) : String(scored.length);
  const colour = one ? COLOURS[one.tone] : COLOURS.unknown;
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: colour }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    action.setTitle({ tabId, title }),
  ]);
}
