import { applyCorrections, type Course, type ScoreResult } from '@cpd-lens/core';
import type { CpdStore } from '@cpd-lens/core/store';
import { finishCourse } from '@cpd-lens/core/extract';
import { browser } from 'wxt/browser';
import { buildHandoff, handoffCost, summaryOf } from '../request/handoff.ts';
import { openRequestForm, sessionStore } from '../request/open-form.ts';
import { claimHandoff } from '../request/pending.ts';
import { askToConfirm } from '../request/confirm-step.ts';
import { loadSetup, pricingOf, scorerFor, withStore } from '../data/setup.ts';
import { saveCourse, savedCourseId } from '../data/saved.ts';
import type { BadgeCommand, BadgeCourse, LabelData, Mark } from '../messaging/protocol.ts';
import { currentLocale } from '../settings/settings.ts';
import { readCourses } from './read-page.ts';
import type { ContentServices } from './handle-content.ts';
import { markRequested, marksOf } from './marks.ts';
import { changesBetween, issueToken, keepPage, markSeen, pageOf, replaceCourse, resolveToken, type LabelTarget } from './page-store.ts';
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

/** A course read again from its page, with the corrections staff made to its saved copy (they win over the page). */
async function withSavedCorrections(store: CpdStore, course: Course): Promise<Course> {
  const saved = await store.courses.get(savedCourseId(course)).catch(() => undefined);
  const corrections = saved?.course.corrections;
  return corrections ? applyCorrections(course, corrections) : course;
}

/** The course at a label token, with `corrections` applied again when a re-read of the page dropped them. */
async function withCorrections(target: LabelTarget, corrections: Course['corrections']) {
  const found = await courseAt(target);
  if (!found || !corrections || found.course.corrections) return found;
  const course = applyCorrections(found.course, corrections);
  const result = await withStore(async (store) => scorerFor(await loadSetup(store))(course));
  await replaceCourse(target.tabId, target.frameId, target.index, course, result);
  return { course, result };
}

/** Shows the scores of a tab's top frame on its toolbar button again. */
async function showToolbarFor(tabId: number): Promise<void> {
  const page = await pageOf(tabId, 0);
  if (!page) return;
  const marks = await withStore((store) => marksOf(store, page.courses));
  await showVerdictOnToolbar(tabId, page.courses.map((c, i) => (c && page.results[i] ? badgeItem(c, page.results[i]!, marks[i]!) : null)));
}

/** What the label shows about one course: its marks, whether it can still be booked, whether staff have targets, its cost record. */
async function dataFor(course: Course, result: ScoreResult): Promise<LabelData> {
  const [marks, setup] = await Promise.all([marksFor(course), withStore(loadSetup)]);
  const hasTargets = (setup.profile?.targets.length ?? 0) > 0;
  // the same cost record the hand-off will carry: the label and the request form show the same money
  const cost = handoffCost(course, result, setup.profile, pricingOf(setup));
  return { course, result, marks, status: statusOf(course, result), hasTargets, cost };
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
      const read = (await readCourses(html, url, context))
        .map((c) => (c && typeof c === 'object' ? finishCourse(c as Partial<Course>) : undefined))
        .filter((c): c is Course => !!c);
      const { courses, results, marks } = await withStore(async (store) => {
        const score = scorerFor(await loadSetup(store));
        const courses = await Promise.all(read.map((c) => withSavedCorrections(store, c)));
        return { courses, results: courses.map((c) => score(c)), marks: await marksOf(store, courses) };
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
      return found ? dataFor(found.course, found.result) : null;
    },
    async correct(target, corrections, token) {
      const found = await courseAt(target);
      if (!found) return null;
      const course = applyCorrections(found.course, corrections);
      const result = await withStore(async (store) => {
        const result = scorerFor(await loadSetup(store))(course);
        // a saved course keeps its corrections: they travel with it to compare, the hand-off and the request
        if (await store.courses.get(savedCourseId(course))) await saveCourse(store, course, summaryOf(result));
        return result;
      });
      if (!(await replaceCourse(target.tabId, target.frameId, target.index, course, result))) return null;
      // what the label now shows is the corrected course: a request compares the page with it (issue 20)
      await markSeen(token, target, course);
      const data = await dataFor(course, result);
      // the badge and the toolbar button show the new score too, so the three never disagree
      await tellBadge(target, { type: 'item-changed', index: target.index, item: badgeItem(course, result, data.marks) });
      if (target.frameId === 0) await showToolbarFor(target.tabId).catch(() => undefined);
      return data;
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
      const corrections = (await courseAt(target))?.course.corrections;
      await browser.tabs.sendMessage(target.tabId, { type: 'reread' } satisfies BadgeCommand, { frameId: target.frameId }).catch(() => undefined);
      // staff corrections of a course not saved yet live only in this tab's reading: keep them across the re-read
      const found = await withCorrections(target, corrections);
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
        const handoff = buildHandoff(found.course, scorerFor(setup)(found.course), setup.profile, pricingOf(setup));
        // Firefox: no Intersection Observer v2, so a step the page cannot see or style opens the form (issue 20)
        if (import.meta.env.FIREFOX) {
          await askToConfirm(formUrl, handoff);
          return 'confirm' as const;
        }
        await openRequestForm(formUrl, handoff);
        return 'opened' as const;
      });
      if (outcome !== 'opened') return outcome;
      await markRequested(found.course);
      const marks = await marksFor(found.course);
      await tellBadge(target, { type: 'marks-changed', index: target.index, marks });
      return marks;
    },
    closeLabel: (target) => tellBadge(target, { type: 'close-label' }),
    claimHandoff: (claim) => claimHandoff(sessionStore(), claim),
  };
}
