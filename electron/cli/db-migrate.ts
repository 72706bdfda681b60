import { parseArgs } from 'node:util';
import { openDatabase } from '@db/open';
import { ServerDatabaseError } from '@db/server/errors';
import { syncUrlProblem } from '@shared/sync/enrolment';
import { databasePath, resolveDataDir } from '../app/data-dir';
import { migrateRemote } from '../services/sync/remote-migrate';

/**
 * `npm run db:migrate` migrates this computer's database (in the data folder).
 * `npm run db:migrate -- --url libsql://... --token ...` migrates an enrolled
 * organisation's Turso database on the server; devices pick the new schema up
 * on their next pull. The token may also come from EXAM_SYNC_TOKEN, so it stays
 * out of the shell history.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run db:migrate [-- --url <sync URL> --token <auth token>]');
    return 0;
  }
  const nowIso = new Date().toISOString();
  if (values.url === undefined) {
    const path = databasePath(resolveDataDir());
    const db = await openDatabase({ path, nowIso: () => nowIso });
    console.log(
      `Local database ${path}: schema ${db.schema.databaseVersion} (this app knows ${db.schema.appVersion}).`,
    );
    await db.close();
    return db.schema.outdated ? 2 : 0;
  }
  const problem = syncUrlProblem(values.url);
  if (problem) {
    console.error(`--url ${problem}`);
    return 1;
  }
  const token = values.token ?? process.env.EXAM_SYNC_TOKEN;
  if (!token) {
    console.error('--token is required (or set EXAM_SYNC_TOKEN)');
    return 1;
  }
  try {
    const report = await migrateRemote({ url: values.url, token, nowIso });
    if (report.applied.length === 0) {
      console.log(`${values.url}: already at schema ${report.before}; nothing to apply.`);
    } else {
      for (const m of report.applied) console.log(`applied ${m.version} ${m.name}`);
      console.log(`${values.url}: schema ${report.before} -> ${report.after}.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ServerDatabaseError) {
      console.error(`--${error.field}: ${error.message}`);
      return 1;
    }
    console.error(
      'Migration failed; nothing from the failed step was kept:',
      error instanceof Error ? error.message : error,
    );
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
