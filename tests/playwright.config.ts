import { defineConfig } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from './support/browser.ts';

/** Specs that write Chromium's managed-policy folder, which every Chromium on the machine reads: run one at a time. */
const machineWide = /extension-managed(-store)?\.spec\.ts$/;

/** Browser tests: pages, widgets and the built extension, all in real Chromium on 127.0.0.1. */
export default defineConfig({
  testDir: './e2e',
  outputDir: './artifacts/playwright',
  // P-01: the network gate every browser of the run goes through (support/net-gate.ts)
  globalSetup: './support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // spec files run side by side, each file's tests in order; every test has its own browser context,
  // server and temporary folders (issue 24: two workers halve the suite on a 2-core machine)
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    headless: true,
    // a trace only when a test is retried: recording one for every test costs time on each of them
    trace: 'on-first-retry',
    launchOptions: { executablePath: chromiumPath(), args: quietChromiumArgs },
  },
  projects: [
    { name: 'chromium', testIgnore: machineWide },
    { name: 'machine-policy', testMatch: machineWide, workers: 1 },
  ],
});
