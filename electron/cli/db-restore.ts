import { parseArgs } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import {
  latestGoodSnapshot,
  rebuildFromServer,
  restoreOffline,
  type OfflineResult,
} from '../services/backup/recovery';
import { listManifests, summaryOf } from '../services/backup/snapshot-store';
import { offlineContext } from './offline-context';

const USAGE = `Usage (quit the app first):
  npm run db:restore -- --list [--data-dir DIR]         the snapshots, newest first
  npm run db:restore -- --snapshot NAME [--data-dir DIR] restore one
  npm run db:restore -- --latest [--data-dir DIR]        restore the newest whole one
  npm run db:restore -- --from-server [--data-dir DIR]   download the organisation's database
                                                          again, keeping this computer's unsent attempts`;

function printResult(result: OfflineResult): void {
  console.log(`Restored from ${result.from}.`);
  console.log(`The database it replaced: ${result.previous}.`);
  if (result.damaged.length > 0) console.log(`It was damaged: ${result.damaged.join('; ')}`);
  console.log(`Sync identity: ${result.syncIdentity}.`);
  for (const [table, o] of Object.entries(result.recovered)) {
    if (o.added + o.updated > 0) {
      console.log(
        `Read back from the damaged database: ${table} ${o.added} added, ${o.updated} updated.`,
      );
    }
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      list: { type: 'boolean' },
      snapshot: { type: 'string' },
      latest: { type: 'boolean' },
      'from-server': { type: 'boolean' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dataDir = values['data-dir'] ?? resolveDataDir();
  const chosen = [
    values.list,
    values.snapshot !== undefined,
    values.latest,
    values['from-server'],
  ].filter(Boolean);
  if (chosen.length !== 1) {
    console.error(`Choose one of --list, --snapshot NAME, --latest or --from-server.\n${USAGE}`);
    return 1;
  }
  if (values.list) {
    const all = listManifests(dataDir).map(summaryOf);
    if (all.length === 0) console.log(`No snapshots in ${dataDir}.`);
    for (const s of all) {
      console.log(
        `${s.name}  ${s.createdAt}  ${s.reason}  ${(s.bytes / 1024 / 1024).toFixed(1)} MB  ${s.verified ? 'whole' : `DAMAGED: ${s.problems.join('; ')}`}`,
      );
    }
    return 0;
  }
  const ctx = await offlineContext(dataDir);
  if (ctx.note)
    console.warn(`The organisation server cannot be reached from this script: ${ctx.note}`);
  if (values['from-server']) {
    printResult(await rebuildFromServer(ctx));
    return 0;
  }
  const name = values.snapshot ?? latestGoodSnapshot(dataDir);
  printResult(await restoreOffline(ctx, name));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
