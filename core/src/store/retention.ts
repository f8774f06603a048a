/**
 * What the widgets keep on a device, and for how long (P-08, R-Q-07, R-DB-09; documented in SECURITY.md).
 * A delivered document's copy and a draft are personal data with no further use after their period, so
 * they are purged; a document the receiver has not confirmed is never dropped, however old: it is
 * surfaced instead ("not sent yet … since …"). A small marker in Web Storage lists the documents still
 * waiting, so that if the database is cleared while they wait, the page can say so.
 */
import type { KeyValueArea, SimpleCollection } from './fallback.ts';
import type { OutboxItem, RequestDraft } from './records.ts';

export interface RetentionRules {
  /** Days a delivered document's copy stays on the device after the receiver confirmed it. */
  sentDays: number;
  /** Days a draft stays after it was last changed. */
  draftDays: number;
  /** Hours an undelivered document waits before the page points it out. */
  unsentNoticeHours: number;
}

export const RETENTION: RetentionRules = { sentDays: 30, draftDays: 30, unsentNoticeHours: 24 };

const DAY = 86_400_000;

/** Documents still waiting for the receiver after the notice period: how many, and since when (ISO). */
export interface UnsentSummary {
  count: number;
  since: string;
}

/** Whether the receiver has not confirmed an item yet (it is waiting or being sent). */
export const isWaiting = (item: OutboxItem): boolean => item.status === 'pending' || item.status === 'sending';

/** The ids retention removes: delivered items and drafts past their period. Waiting and refused items are never among them. */
export function expiredIds(items: readonly OutboxItem[], drafts: readonly RequestDraft[], now: number, rules: RetentionRules = RETENTION): { outbox: string[]; drafts: string[] } {
  const olderThan = (iso: string | undefined, days: number) => iso !== undefined && now - Date.parse(iso) > days * DAY;
  return {
    outbox: items.filter((i) => i.status === 'sent' && olderThan(i.sentAt, rules.sentDays)).map((i) => i.id),
    drafts: drafts.filter((d) => olderThan(d.updatedAt, rules.draftDays)).map((d) => d.id),
  };
}

/** The waiting documents older than the notice period, or undefined when there are none. */
export function unsentSummary(items: readonly OutboxItem[], now: number, rules: RetentionRules = RETENTION): UnsentSummary | undefined {
  const old = items.filter((i) => isWaiting(i) && now - Date.parse(i.createdAt) > rules.unsentNoticeHours * 3_600_000);
  if (!old.length) return undefined;
  const since = old.map((i) => i.createdAt).sort()[0]!;
  return { count: old.length, since };
}

/** Purges what the rules say has expired and returns the waiting documents to point out. */
export async function applyRetention(
  outbox: SimpleCollection<OutboxItem>,
  drafts: SimpleCollection<RequestDraft>,
  now: number,
  rules: RetentionRules = RETENTION,
): Promise<UnsentSummary | undefined> {
  const items = await outbox.all();
  const expired = expiredIds(items, await drafts.all(), now, rules);
  for (const id of expired.outbox) await outbox.delete(id);
  for (const id of expired.drafts) await drafts.delete(id);
  return unsentSummary(items, now, rules);
}

/** The marker of waiting documents kept beside the database: which ids it last held, and what vanished since. */
export function waitingMarker(area: KeyValueArea | undefined, key: string) {
  const read = (): string[] => {
    try {
      const ids: unknown = JSON.parse(area?.getItem(key) ?? '[]');
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    /** Ids the marker lists that no store holds any more: the site's data was cleared while they waited. */
    vanished: (items: readonly OutboxItem[]): string[] => {
      const held = new Set(items.map((i) => i.id));
      return read().filter((id) => !held.has(id));
    },
    /** Records which documents are waiting now. */
    update(items: readonly OutboxItem[]): void {
      const ids = items.filter(isWaiting).map((i) => i.id);
      try {
        if (ids.length) area?.setItem(key, JSON.stringify(ids));
        else area?.removeItem(key);
      } catch {
        // a full or disabled Web Storage: the marker is a help, not a store
      }
    },
  };
}
