import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// The path aliases (@shared/, @db/, @main/, @renderer/) are tsconfig.json's.
const resolveAliases = { tsconfigPaths: true };

// eslint-disable-next-line no-restricted-exports -- electron-vite loads the default export
export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // Import files are read in a worker thread (services/files/read-off-thread.ts), from this file beside index.js.
          'question-file-worker': resolve(root, 'electron/services/files/question-file-worker.ts'),
          // The worker thread of the database checks (db/backup/engine-thread.ts looks for it beside index.js).
          'engine-worker': resolve(root, 'db/backup/engine-worker.ts'),
          // A rescue file is read and signed in a worker thread (services/backup/rescue-export-thread.ts looks for it beside index.js).
          'rescue-export-worker': resolve(root, 'electron/services/backup/rescue-export-worker.ts'),
        },
        // Code shared by index.js and a worker goes into a chunk beside them, not in a subfolder:
        // the threads' code (which may land in a chunk) looks for each worker's file beside itself.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    resolve: resolveAliases,
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
