import { defineConfig } from 'vitest/config';

/** Pure logic only (values, validation, request building); components in `vitest.browser.config.ts`, whole pages with Playwright in tests/. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], environment: 'node', isolate: false } });
