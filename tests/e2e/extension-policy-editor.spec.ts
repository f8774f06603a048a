import { expect, extensionMissing, extensionMissingReason, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

test('setup carries the same policy editor as the intranet, and its policy becomes the one in use', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await options.getByText('Change the policy without writing JSON (for the CPL leader)').click();
  const editor = options.locator('cpd-policy-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('heading').first()).toBeVisible();
  await options.getByRole('button', { name: 'Use this policy in CPD Lens' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Scores now use the edited policy.' })).toBeVisible();
  await expect(options.getByText('In use:')).toContainText('your school’s policy');
});
