import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests of the extension's logic with WXT's in-memory fake browser (no real browser needed). */
export default defineConfig({
  plugins: [WxtVitest({ root: '..' })],
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
