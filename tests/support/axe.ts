import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA: the tags the suite's accessibility checks use. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's results for `page` (its frames included). AxeBuilder finishes each run in a blank tab it opens
 * in the page's context, which takes the front and, once closed, leaves the page behind it: every later
 * action on the page then waited about 2 s for a frame. The page is brought back in front, as it was.
 */
export async function axe(page: Page, tags: string[] = WCAG_AA): ReturnType<AxeBuilder['analyze']> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  await page.bringToFront();
  return results;
}
