import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

// `npm run soak:sync`: the SIGKILL test with many more kills than the suite runs, and saves
// during sync with many more pulls.
// eslint-disable-next-line no-restricted-exports -- vitest loads the default export
export default defineConfig({
  root,
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      'tests/integration/sync/kill-during-push.test.ts',
      'tests/integration/sync/saves-during-sync.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 3 * 60 * 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/helpers/vitest-setup.ts'],
    allowOnly: false,
    env: {
      SYNC_KILL_ITERATIONS: process.env.SYNC_KILL_ITERATIONS ?? '2000',
      SYNC_SAVE_PULLS: process.env.SYNC_SAVE_PULLS ?? '300',
    },
  },
});
