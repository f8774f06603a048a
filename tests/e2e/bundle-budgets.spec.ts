/**
 * Issue 14's size budgets as a gate: what a school's page loads before a widget's first render, and the
 * content scripts a provider page gets, fail `./dev test` when they grow past budget (`./dev bench`
 * prints the same figures with the chunks loaded later). No browser: it reads the built files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { closure, CONTENT_SCRIPT_BUDGETS, extensionDist, gz, gzSum, kb, WIDGET_BUDGETS, widgetsDist } from '../support/bundle-size.ts';

test('each widget entry loads no more than its budget before its first render', () => {
  test.skip(!existsSync(join(widgetsDist, 'cpd-request-form.js')), 'the widgets are not built (pnpm run build)');
  for (const [entry, what, budget] of WIDGET_BUDGETS) {
    if (budget === null) continue;
    const size = gzSum(closure(entry).initial);
    expect(size, `${entry} (${what}): ${kb(size)} gzipped before first render, budget ${kb(budget)}`).toBeLessThanOrEqual(budget);
  }
});

test('each content script is within its budget', () => {
  test.skip(!existsSync(join(extensionDist, 'manifest.json')), 'the extension is not built (pnpm run build)');
  for (const [file, when, budget] of CONTENT_SCRIPT_BUDGETS) {
    const size = gz(join(extensionDist, 'content-scripts', file));
    expect(size, `${file} (${when}): ${kb(size)} gzipped, budget ${kb(budget)}`).toBeLessThanOrEqual(budget);
  }
});
