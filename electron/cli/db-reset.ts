import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../app/core';
import { DATABASE_FILE, databasePath, resolveDataDir } from '../app/data-dir';

/**
 * `npm run db:reset`: deletes the local database (and its sync files) and seeds
 * the demo organisation again. The device identity file is kept.
 */
const dataDir = resolveDataDir();
let removed = 0;
for (const name of existsSync(dataDir) ? readdirSync(dataDir, { withFileTypes: true }) : []) {
  if (name.isFile() && (name.name === DATABASE_FILE || name.name.startsWith(`${DATABASE_FILE}-`))) {
    rmSync(join(dataDir, name.name), { force: true });
    removed += 1;
  }
}
const core = await createCore({ dataDir, seedDemo: true });
await core.close();
console.log(
  `Removed ${removed} database file(s) and seeded a fresh demo organisation into ${databasePath(dataDir)}`,
);
