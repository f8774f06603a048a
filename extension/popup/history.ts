import type { CpdRequest, ImpactEvaluation } from '@cpd-lens/core';
import type { SavedCourse } from '@cpd-lens/core/store';

/** A course of this site that the member of staff has dealt with, and how. */
export interface SiteCourse {
  title: string;
  /** The saved course's id, when saved (the side panel can show it). */
  savedId?: string;
  requested: boolean;
  attended: boolean;
}

/** The site of an address: its host name without "www." (a page's canonical address may differ in scheme, port or www). */
const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};
const key = (title: string) => title.trim().toLowerCase();

/**
 * "The page remembers you": courses of this site saved, requested (a request was made) or attended (an
 * evaluation exists), one entry per title. Evaluations carry no address, so they count through their
 * request or a title already known on this site.
 */
export function siteHistory(pageUrl: string | undefined, saved: SavedCourse[], requests: CpdRequest[], evaluations: ImpactEvaluation[]): SiteCourse[] {
  const origin = originOf(pageUrl);
  if (!origin) return [];
  const byTitle = new Map<string, SiteCourse>();
  const entry = (title: string): SiteCourse => {
    const k = key(title);
    let found = byTitle.get(k);
    if (!found) byTitle.set(k, (found = { title, requested: false, attended: false }));
    return found;
  };
  for (const s of saved) if (originOf(s.course.url) === origin) entry(s.course.title).savedId = s.id;
  const requestTitles = new Map<string, string>();
  for (const r of requests) {
    if (originOf(r.course.url) !== origin) continue;
    entry(r.course.title).requested = true;
    requestTitles.set(r.id, r.course.title);
    if (r.status === 'completed') entry(r.course.title).attended = true;
  }
  for (const e of evaluations) {
    const title = (e.requestId && requestTitles.get(e.requestId)) || (byTitle.has(key(e.courseTitle)) ? e.courseTitle : undefined);
    if (title) entry(title).attended = true;
  }
  return [...byTitle.values()];
}

/** The history entry for a course title shown on the page, if any. */
export function historyOf(history: SiteCourse[], title: string): SiteCourse | undefined {
  return history.find((h) => key(h.title) === key(title));
}
