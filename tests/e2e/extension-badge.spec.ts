import { expect, extensionMissing, extensionMissingReason, pageBadge, snap, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

test.describe('on a course page', () => {
  test('shows a badge with total, band and coverage, and opens the breakdown', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    const badge = pageBadge(page);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAccessibleName(/^CPD Lens score \d+, [A-Za-z ]+, \d+% of criteria known$/);
    await expect(badge).toHaveAttribute('aria-expanded', 'false');
    await snap(badge, 'badge-course');

    await badge.click();
    await expect(badge).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator('cpd-lens-badge').getByRole('dialog');
    await expect(panel).toBeVisible();
    for (const heading of ['Criteria', 'Your PD targets', 'Questions to ask the provider', 'Value for money']) {
      await expect(panel.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(panel).toContainText('Metacognition in the Primary Classroom');
    await snap(page, 'panel-course');

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(badge).toBeFocused();
  });
});
