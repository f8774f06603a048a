import { defineConfig } from 'vitest/config';

/** Every package's unit tests in one run (`./dev test`, `./dev check`): each project keeps its own config. */
export default defineConfig({
  test: { projects: ['core', 'extension', 'widgets', 'receivers/self-hosted'] },
});
