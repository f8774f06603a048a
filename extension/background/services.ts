import type { Course } from '@cpd-lens/core';
import { finishCourse } from '@cpd-lens/core/extract';
import { browser } from 'wxt/browser';
import { buildHandoff, requestFormLink, summaryOf } from '../request/handoff.ts';
import { PROFILE_ID, loadSetup, scorerFor, withStore } from '../data/setup.ts';
import { saveCourse } from '../data/saved.ts';
import type { BadgeCommand, BadgeCourse, Mark } from '../messaging/protocol.ts';
import { currentLocale } from '../settings/settings.ts';
import { readCourses } from './read-page.ts';
import type { ContentServices } from './handle-content.ts';
import { markRequested, marksOf } from './marks.ts';
import { changesBetween, issueToken, keepPage, markSeen, pageOf, resolveToken, type LabelTarget } from './page-store.ts';
import { badgeItem, showVerdictOnToolbar, statusOf } from './verdict.ts';

/** Tells the badge in one frame something (close the label, new marks); a frame that has gone is no error. */
function tellBadge(target: LabelTarget, command: BadgeCommand): Promise<void> {
  return browser.tabs.sendMessage(target.tabId, command, { frameId: target.frameId }).then(
    () => undefined,
    () => undefined,
  );
}

/** Asks the badge whether the page could be covering or dimming the label; no answer counts as covered. */
async function covered(target: LabelTarget): Promise<boolean> {
  const reply: unknown = await browser.tabs.sendMessage(target.tabId, { type: 'check-cover' } satisfies BadgeCommand, { frameId: target.frameId }).catch(() => null);
  return (reply as { covered?: unknown } | null)?.covered !== false;
}

/** The course and result a label token points at. */
async function courseAt(target: LabelTarget) {
  const page = await pageOf(target.tabId, target.frameId);
  const course = page?.courses[target.index];
  const result = page?.results[target.index];
  return course && result ? { course, result } : null;
}

async function marksFor(course: Course): Promise<Mark[]> {
  return withStore(async (store) => (await marksOf(store, [course]))[0]!);
}

/** The real services behind badge and label messages: the store, scoring, scripting, tabs and the toolbar. */
export function createServices(): ContentServices {
  return {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    async injectBadge(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/badge.js'] });
    },
    locale: currentLocale,
    async readPage(tabId, frameId, url, html, context) {
      // read from page text, so untrusted: each course is repaired against the schema here, or dropped
      const courses = (await readCourses(html, url, context))
        .map((c) => (c && typeof c === 'object' ? finishCourse(c as Partial<Course>) : undefined))
        .filter((c): c is Course => !!c);
      const { results, marks } = await withStore(async (store) => {
        const score = scorerFor(await loadSetup(store));
        return { results: courses.map((c) => score(c)), marks: await marksOf(store, courses) };
      });
      await keepPage(tabId, frameId, { url, courses, results });
      const items = courses.map((c, i) => badgeItem(c, results[i]!, marks[i]!));
      if (frameId === 0) await showVerdictOnToolbar(tabId, items).catch(() => undefined);
      return courses.map((c, i): BadgeCourse => ({ title: c.title, at: c.provenance?.title?.at, url: c.url, item: items[i] ?? null }));
    },
    openLabel: (tabId, frameId, index) => issueToken(tabId, frameId, index),
    resolve: resolveToken,
    async labelData(target) {
      const found = await courseAt(target);
      if (!found) return null;
      const { course, result } = found;
      const [marks, hasTargets] = await Promise.all([
        marksFor(course),
        withStore(async (store) => ((await store.profiles.get(PROFILE_ID))?.targets.length ?? 0) > 0),
      ]);
      return { course, result, marks, status: statusOf(course, result), hasTargets };
    },
    async save(target) {
      const found = await courseAt(target);
      if (!found) throw new Error('no such course');
      await withStore((store) => saveCourse(store, found.course, summaryOf(found.result)));
      const marks = await marksFor(found.course);
      await tellBadge(target, { type: 'marks-changed', index: target.index, marks });
      return marks;
    },
    async startRequest(target, token) {
      // issue 20: the page may have changed its course since the label showed it: read it again now, and
      // go ahead only with what the member of staff saw (else say what changed; the label shows it anew)
      await browser.tabs.sendMessage(target.tabId, { type: 'reread' } satisfies BadgeCommand, { frameId: target.frameId }).catch(() => undefined);
      const found = await courseAt(target);
      if (!found) return { changed: ['title'] };
      const changed = changesBetween(target.seen, found.course);
      if (changed.length) {
        await markSeen(token, target, found.course);
        return { changed };
      }
      const status = statusOf(found.course, found.result);
      if (status === 'past') return 'past';
      if (await covered(target)) return 'hidden';
      const outcome = await withStore(async (store) => {
        const setup = await loadSetup(store);
        const formUrl = setup.settings.requestFormUrl;
        if (!formUrl) return 'no-form' as const;
        const handoff = buildHandoff(found.course, scorerFor(setup)(found.course), setup.profile);
        await browser.tabs.create({ url: requestFormLink(formUrl, handoff) });
        return 'opened' as const;
      });
      if (outcome !== 'opened') return outcome;
      await markRequested(found.course);
      const marks = await marksFor(found.course);
      await tellBadge(target, { type: 'marks-changed', index: target.index, marks });
      return marks;
    },
    closeLabel: (target) => tellBadge(target, { type: 'close-label' }),
  };
}
