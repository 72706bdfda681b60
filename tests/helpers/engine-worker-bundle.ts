import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a worker thread's entry as `fileName` beside a bundled child
 * script, where the bundled code looks for it, as the app's build puts it
 * beside `out/main/index.js`. The file is written under a temporary name and
 * renamed, so test files bundling into one folder at once never see half of it.
 */
async function bundleWorkerBeside(
  bundleFile: string,
  entry: string,
  fileName: string,
): Promise<void> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  const target = join(dirname(bundleFile), fileName);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, target);
}

/** The database worker thread (db/backup/engine-worker.ts) as `engine-worker.js`. */
export function bundleEngineWorkerBeside(bundleFile: string): Promise<void> {
  return bundleWorkerBeside(bundleFile, 'db/backup/engine-worker.ts', 'engine-worker.js');
}

/** The import file reader's thread (electron/services/files/question-file-worker.ts) as `question-file-worker.js`. */
export function bundleQuestionFileWorkerBeside(bundleFile: string): Promise<void> {
  return bundleWorkerBeside(
    bundleFile,
    'electron/services/files/question-file-worker.ts',
    'question-file-worker.js',
  );
}

/** The rescue export's thread (electron/services/backup/rescue-export-worker.ts) as `rescue-export-worker.js`. */
export function bundleRescueExportWorkerBeside(bundleFile: string): Promise<void> {
  return bundleWorkerBeside(
    bundleFile,
    'electron/services/backup/rescue-export-worker.ts',
    'rescue-export-worker.js',
  );
}
