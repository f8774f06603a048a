import { expect, extensionMissing, extensionMissingReason, labelFrame, pageBadge, snap, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

test.describe('on a course page', () => {
  test('shows a badge with total, band and coverage, and opens the label in the extension frame', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    const badge = pageBadge(page);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAccessibleName(/^CPD Lens \d+ [A-Za-z ]+\. Score out of 100, \d+% of criteria known$/);
    await expect(badge).toHaveAttribute('aria-expanded', 'false');
    await snap(badge, 'badge-course');

    await badge.click();
    await expect(badge).toHaveAttribute('aria-expanded', 'true');
    const label = labelFrame(page);
    await expect(label.getByRole('heading', { level: 1 })).toContainText('Metacognition in the Primary Classroom');
    for (const heading of ['Why', 'Cost to the school', 'Ask the provider']) {
      await expect(label.getByRole('heading', { name: heading })).toBeVisible();
    }
    await snap(page, 'panel-course');

    await page.keyboard.press('Escape');
    await expect(page.locator('cpd-lens-badge iframe.label-frame')).toBeHidden();
    await expect(badge).toBeFocused();
  });
});
