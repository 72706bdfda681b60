import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

// `npm run test:slow`: tests that need minutes (backlogs past the engine's single-request size),
// kept out of `npm test`; smaller versions of them run there.
// eslint-disable-next-line no-restricted-exports -- vitest loads the default export
export default defineConfig({
  root,
  test: {
    include: ['tests/slow/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One at a time: each one fills the 2-core machine.
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/helpers/vitest-setup.ts'],
    allowOnly: false,
  },
});
