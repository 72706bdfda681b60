import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles the database worker thread (db/backup/engine-worker.ts) as
 * `engine-worker.js` beside a bundled child script, where the bundled code
 * looks for it, as the app's build puts it beside `out/main/index.js`. The
 * file is written under a temporary name and renamed, so test files bundling
 * into one folder at once never see half of it.
 */
export async function bundleEngineWorkerBeside(bundleFile: string): Promise<void> {
  const result = await build({
    entryPoints: [join(root, 'db/backup/engine-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild wrote no engine worker');
  const target = join(dirname(bundleFile), 'engine-worker.js');
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, target);
}
