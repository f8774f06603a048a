import { defineConfig } from 'vitest/config';

/**
 * Every package's unit tests in one run (`./dev test`, `./dev check`): each project keeps its own config.
 * The widgets' component tests run in headless Chromium (vitest's browser mode), a project of their own.
 */
export default defineConfig({
  test: { projects: ['core', 'extension', 'widgets', 'widgets/vitest.browser.config.ts', 'receivers/self-hosted'] },
});
