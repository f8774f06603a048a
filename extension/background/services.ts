import { browser } from 'wxt/browser';
import { buildHandoff, requestFormLink } from '../request/handoff.ts';
import { loadSetup, scorerFor, withStore } from '../data/setup.ts';
import { saveCourse } from '../data/saved.ts';
import type { ContentServices } from './handle-content.ts';

/** The real services behind content-script messages: the store, scoring, scripting and tabs. */
export function createServices(): ContentServices {
  return {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    async injectBadge(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/badge.js'] });
    },
    score: (courses) =>
      withStore(async (store) => {
        const score = scorerFor(await loadSetup(store));
        return courses.map(score);
      }),
    save: (course, summary) => withStore((store) => saveCourse(store, course, summary)),
    startRequest: (course) =>
      withStore(async (store) => {
        const setup = await loadSetup(store);
        const formUrl = setup.settings.requestFormUrl;
        if (!formUrl) return 'no-form';
        const handoff = buildHandoff(course, scorerFor(setup)(course), setup.profile);
        await browser.tabs.create({ url: requestFormLink(formUrl, handoff) });
        return 'opened';
      }),
  };
}
