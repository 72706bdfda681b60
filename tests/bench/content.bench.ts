/**
 * `npm run bench:content`: rich exam content. The renderer's figures in
 * Chromium (content-renderer.ts), then the services' (content-services.ts).
 * Prints one table and writes bench-results/content.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rendererContentFigures } from './content-renderer';
import { serviceContentFigures } from './content-services';

const root = resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const parts = [await rendererContentFigures(), await serviceContentFigures()];
  const results = Object.assign({}, ...parts.map((p) => p.results)) as Record<string, number>;
  const targets = Object.assign({}, ...parts.map((p) => p.targets)) as Record<string, string>;
  console.log('\nContent benchmark\n');
  console.log(`${'metric'.padEnd(30)}${'value'.padStart(12)}   target`);
  for (const [key, value] of Object.entries(results)) {
    console.log(`${key.padEnd(30)}${String(value).padStart(12)}   ${targets[key] ?? ''}`);
  }
  console.log('');
  for (const note of parts.flatMap((p) => p.notes)) console.log(`- ${note}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results/content.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
