/**
 * A-AX-02 for the extension: html-validate on the markup its views really render (popup, side panel
 * with saved courses, setup), not only the built HTML shells. Zero errors.
 */
import { expect, extensionMissing, extensionMissingReason, test } from '../support/extension.ts';
import { seedSavedCourses } from '../support/extension-views.ts';
import { htmlProblems } from '../support/html-validate.ts';

test.skip(extensionMissing, extensionMissingReason);

test('popup, side panel with five saved courses, and setup render valid HTML', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.locator('main')).toBeVisible();
  await seedSavedCourses(panel);
  await panel.reload();
  await expect(panel.locator('ol.cards > li')).toHaveCount(5);
  await panel.locator('details.matrix summary').click();
  const found = [await htmlProblems('document', await panel.content(), 'sidepanel.html')];
  for (const path of ['popup.html', 'options.html']) {
    const view = await openExtensionPage(path);
    await expect(view.locator('main, body > *').first()).toBeVisible();
    await view.waitForLoadState('networkidle');
    found.push(await htmlProblems('document', await view.content(), path));
  }
  expect(found.flat()).toEqual([]);
});
