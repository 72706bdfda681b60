import { createCore } from '../app/core';
import { databasePath, resolveDataDir } from '../app/data-dir';
import { hasAnyOrganisation, seedDemoOrganisation } from '../app/demo-seed';

/** `npm run db:seed`: creates the local database if needed and seeds the demo organisation into an empty one. */
const dataDir = resolveDataDir();
const core = await createCore({ dataDir, seedDemo: false });
try {
  if (await hasAnyOrganisation(core.env)) {
    console.log(
      `${databasePath(dataDir)} already holds an organisation; nothing seeded. Use npm run db:reset to start over.`,
    );
  } else {
    await seedDemoOrganisation(core.env);
    console.log(`Seeded the demo organisation into ${databasePath(dataDir)}`);
  }
} finally {
  await core.close();
}
