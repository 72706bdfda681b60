import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleEngineWorkerBeside } from './engine-worker-bundle';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a script a test runs in a child process (to kill it), with the
 * database engine's native package left outside and its worker beside it.
 * Answers the bundle's path, under node_modules/.cache/NAME.
 */
export async function bundleChildScript(entry: string, name: string): Promise<string> {
  const bundle = join(root, 'node_modules/.cache', name, 'child.mjs');
  mkdirSync(dirname(bundle), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    external: ['@tursodatabase/*'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  await bundleEngineWorkerBeside(bundle);
  return bundle;
}
