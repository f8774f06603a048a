import { defineConfig } from 'vitest/config';

/** The Firefox e2e suite: one browser per file, files one at a time (Firefox start-up dominates). */
export default defineConfig({
  test: {
    include: ['firefox/**/*.firefox.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
