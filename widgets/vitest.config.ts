import { defineConfig } from 'vitest/config';

/** Pure logic only (values, validation, request building); browser behaviour is tested with Playwright in tests/. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], environment: 'node', isolate: false } });
