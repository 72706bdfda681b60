import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

// A config file is the one place a default export is required.
// eslint-disable-next-line no-restricted-exports -- vitest loads the default export
export default defineConfig({
  root,
  // The path aliases (@shared/, @db/, @main/, @renderer/) are tsconfig.json's.
  resolve: { tsconfigPaths: true },
  test: {
    allowOnly: false,
    // Vitest's default on a 2-core machine is one worker, so every file ran in turn while
    // most of them wait on child processes, the sync server or timers. Two keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        resolve: { tsconfigPaths: true },
        test: {
          name: 'main',
          root,
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ['tests/helpers/vitest-setup.ts'],
          allowOnly: false,
        },
      },
      {
        // Renderer stores and components, in a DOM without a browser.
        plugins: [react()],
        resolve: { tsconfigPaths: true },
        test: {
          name: 'renderer',
          root,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/renderer/support/setup.ts'],
          allowOnly: false,
        },
      },
    ],
  },
});
