import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * The widgets' component tests (`src/**\/*.browser.test.ts`, beside what they test): reactive controllers
 * and elements in one headless Chromium, through vitest's browser mode. Playwright downloads no browser
 * here: it drives `$CHROMIUM_PATH`, else the system's Chromium, as the Playwright suite does.
 */
export default defineConfig({
  // pre-bundled before the first test, so vite never reloads the page midway
  optimizeDeps: { include: ['lit', '@cpd-lens/core > zod/mini', '@cpd-lens/core > idb'] },
  test: {
    name: 'widgets-browser',
    include: ['src/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
