import { expect, extensionMissing, extensionMissingReason, test } from '../support/extension.ts';

test.skip(extensionMissing, extensionMissingReason);

test('setup carries the same policy editor as the intranet (in Preact, over the same editing steps), and its policy becomes the one in use', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await options.getByText('Change the policy without writing JSON (for the CPL leader)').click();
  const editor = options.locator('details.policy-editor');
  await expect(editor.getByRole('heading', { name: 'Edit your CPD policy' })).toBeVisible();
  await expect(editor.locator('cpd-policy-editor')).toHaveCount(0); // no Lit in the extension (web-ext lint)
  await expect(editor.getByText('This policy has no problems.')).toBeVisible();

  // Checked at once by core's policy check, the message beside the field, as on the intranet.
  const weight = editor.getByLabel('Weight of “Helps raise pupils’ achievement”');
  await weight.fill('250');
  await expect(editor.locator('#f-criteria-2-weight-error')).toHaveText(/Weight of “Helps raise pupils’ achievement” should be at most 100/);
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText(/This policy has 1 problem/)).toBeVisible();
  await options.getByRole('button', { name: 'Use this policy in CPD Lens' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'The edited policy has problems' })).toBeVisible();
  const summary = editor.locator('.error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /should be at most 100/ }).click();
  await expect(weight).toBeFocused();

  await weight.fill('2');
  await editor.getByLabel('Use “Respects cultural diversity”').uncheck();
  await expect(editor.getByLabel('Weight of “Respects cultural diversity”')).toHaveValue('0');
  await expect(summary).toHaveCount(0);
  await options.getByRole('button', { name: 'Use this policy in CPD Lens' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Scores now use the edited policy.' })).toBeVisible();
  await expect(options.getByText('In use:')).toContainText('your school’s policy');
});
