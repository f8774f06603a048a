import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', './test/strict-extraction.ts'],
    environment: 'node',
    // core is pure: its modules are evaluated once per worker rather than once per file (46 s → 24 s for the
    // suite, issue 24's quick loop); a test that leaves state behind must clean it up
    isolate: false,
  },
});
