import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDatabaseFiles, removeDatabaseFiles } from '@db/backup/database-files';
import { checkDatabaseContent } from '@db/backup/content-check';
import { findDamage } from '@db/backup/damage';
import { readWal } from '@db/backup/file-check';
import { withPlainCopy } from '@db/backup/plain-copy';
import {
  readRescueRows,
  rescueAttemptIds,
  writeRescueRows,
  type RescueTables,
} from '@db/backup/rescue-rows';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { tenantOrganisationId } from '@db/repositories/devices';
import { openDatabase, type AppDatabase } from '@db/open';
import { dataAccessOf, DatabaseSlot } from '@db/slot';
import type { ServerDatabaseOptions } from '@db/server/connection';
import { newId } from '@shared/ids';
import { systemClock } from '../../app/system-clock';
import { DATABASE_FILE, databasePath } from '../../app/data-dir';
import type { DeviceFile } from '../../app/device';
import type { Clock } from '@shared/time';
import type { RestoredSyncIdentity } from '@shared/domain/backup';
import { checkSnapshot, countMismatches } from './backup-service';
import { applyPlanToDatabase, applyPlanToFiles, planRestoredSync } from './restore-sync';
import { listManifests, readManifest, scratchRoot, snapshotDatabasePath } from './snapshot-store';
import { rewriteRescuedSummaries } from './rescued-summaries';
import { snapshotClosedFiles } from './take-snapshot';
import { APP_VERSION } from '../app/app-info';

/**
 * Restoring and recovering with the app closed: `npm run db:restore`, and the
 * choices the desktop app offers when it finds its database damaged at start.
 * A damaged database is never opened: it is moved to `damaged/<time>/` in the
 * data folder, and whatever of its attempts can still be read from a copy is
 * put back into the recovered database where it is newer.
 */
export interface OfflineContext {
  dataDir: string;
  device: DeviceFile;
  /** The organisation server with a token this process can use, or null. */
  server: ServerDatabaseOptions | null;
  clock?: Clock;
}

export interface OfflineResult {
  from: string;
  /** Where the database that was replaced went: a snapshot name, or the folder of a damaged one. */
  previous: string;
  damaged: string[];
  syncIdentity: RestoredSyncIdentity | 'new';
  /** Rows read back from the damaged database that were newer than the restored data. */
  recovered: Record<string, { added: number; updated: number; unchanged: number }>;
}

const stamp = (iso: string): string => iso.replace(/[:.]/g, '-');

/** The newest snapshot that was whole when taken, or null. */
export function latestGoodSnapshot(dataDir: string): string | null {
  return listManifests(dataDir).find((m) => m.verified)?.name ?? null;
}

async function setAside(
  ctx: OfflineContext,
  nowIso: string,
): Promise<{ previous: string; damaged: string[]; rescued: RescueTables | null }> {
  const live = databasePath(ctx.dataDir);
  if (!existsSync(live)) return { previous: 'nothing (no database)', damaged: [], rescued: null };
  const damaged = await findDamage(live, scratchRoot(ctx.dataDir));
  if (damaged.length === 0) {
    const kept = await snapshotClosedFiles(live, {
      dataDir: ctx.dataDir,
      reason: 'pre-restore',
      nowIso,
      deviceId: ctx.device.deviceId,
      appVersion: APP_VERSION,
    });
    return { previous: kept.name, damaged, rescued: null };
  }
  const aside = join(ctx.dataDir, 'damaged', stamp(nowIso), DATABASE_FILE);
  copyDatabaseFiles(live, aside);
  const rescued = await readWhatCanBeRead(ctx, aside);
  return { previous: aside, damaged, rescued };
}

/** Every attempt of this device a copy of the damaged database still gives, or null if none. */
async function readWhatCanBeRead(ctx: OfflineContext, path: string): Promise<RescueTables | null> {
  try {
    return await withPlainCopy(path, scratchRoot(ctx.dataDir), async (db) => {
      const attempts = await rescueAttemptIds(db, ctx.device.deviceId, true);
      return (await readRescueRows(db, ctx.device.deviceId, attempts.ids, false)).tables;
    });
  } catch {
    return null;
  }
}

async function putBack(
  database: AppDatabase,
  ctx: OfflineContext,
  rescued: RescueTables | null,
  audit: Record<string, unknown>,
): Promise<OfflineResult['recovered']> {
  const env = {
    // The database is opened here for this one recovery; no slot swaps it.
    ...dataAccessOf(new DatabaseSlot(database)),
    clock: ctx.clock ?? systemClock,
    ids: newId,
    deviceId: ctx.device.deviceId,
  };
  const orgId = await tenantOrganisationId(env.db());
  if (!orgId) return {};
  return mutate(env, { clientId: orgId, profileId: null }, async (tx) => {
    const changedAttempts = new Set<string>();
    const recovered = rescued ? await writeRescueRows(tx, orgId, rescued, changedAttempts) : {};
    if (rescued) {
      await rewriteRescuedSummaries(tx, orgId, rescued, changedAttempts, nowIsoOf(env));
    }
    return {
      value: recovered,
      audit: {
        action: 'backup.recover',
        resourceType: 'database',
        resourceId: ctx.device.deviceId,
        // A diff, like every audit row: what the recovery did.
        changes: { recovery: [null, { ...audit, recovered }] },
      },
    };
  });
}

/**
 * The live WAL continues the snapshot's: same WAL generation (no checkpoint
 * since the snapshot), the snapshot's WAL a prefix of it, and whole. Then the
 * snapshot's main file with the live WAL is the database as it was last
 * committed: damage to the main file loses nothing.
 */
function walContinues(snapshotPath: string, livePath: string): boolean {
  const liveWal = `${livePath}-wal`;
  const snapWal = `${snapshotPath}-wal`;
  if (!existsSync(liveWal) || !existsSync(snapWal) || !existsSync(`${livePath}-info`)) return false;
  if (readWal(liveWal).problems.length > 0) return false;
  const snap = readFileSync(snapWal);
  const live = readFileSync(liveWal);
  return (
    snap.length >= 32 && live.length >= snap.length && live.subarray(0, snap.length).equals(snap)
  );
}

/** Restores snapshot `name` (the newest good one when null) into the data folder. */
export async function restoreOffline(
  ctx: OfflineContext,
  name: string | null,
): Promise<OfflineResult> {
  const clock = ctx.clock ?? systemClock;
  const nowIso = new Date(clock.nowMs()).toISOString();
  const chosen = name ?? latestGoodSnapshot(ctx.dataDir);
  if (!chosen) throw new Error('There is no whole snapshot in this data folder to restore.');
  const manifest = readManifest(ctx.dataDir, chosen);
  if (!manifest)
    throw new Error(`There is no snapshot named ${chosen} (npm run db:restore -- --list).`);
  await checkSnapshot(ctx.dataDir, manifest);
  const aside = await setAside(ctx, nowIso);
  const plan = await planRestoredSync(
    manifest.sync,
    manifest.name,
    ctx.server,
    () => `exam-desk-restored-${newId()}`,
  );
  const live = databasePath(ctx.dataDir);
  const snapshotPath = snapshotDatabasePath(ctx.dataDir, chosen);
  const damagedCopy = aside.damaged.length > 0 ? aside.previous : null;
  const replay = damagedCopy !== null && walContinues(snapshotPath, damagedCopy);
  removeDatabaseFiles(live);
  copyDatabaseFiles(snapshotPath, live);
  if (replay && damagedCopy) {
    // The snapshot's main file, then every commit since from the damaged database's own WAL.
    for (const suffix of ['-wal', '-wal-revert', '-info']) {
      if (existsSync(damagedCopy + suffix)) copyFileSync(damagedCopy + suffix, live + suffix);
    }
  }
  applyPlanToFiles(live, plan);
  const database = await openDatabase({
    path: live,
    nowIso: () => nowIso,
    remote: {
      url: () => ctx.device.enrolment?.url ?? null,
      ...(ctx.server ? { authToken: async () => ctx.server?.token ?? '' } : {}),
    },
  });
  try {
    await applyPlanToDatabase(database, plan, ctx.dataDir);
    const after = await checkDatabaseContent(live, scratchRoot(ctx.dataDir));
    // Replayed commits add rows to the snapshot's counts; they never remove any.
    const mismatch = countMismatches(
      replay ? { ...manifest, schemaVersion: -1 } : manifest,
      after.rowCounts,
      after.schemaVersion,
    );
    if (after.problems.length > 0 || mismatch.length > 0) {
      throw new Error(
        `the restored database fails its check: ${[...after.problems, ...mismatch].join('; ')}`,
      );
    }
    const recovered = await putBack(database, ctx, aside.rescued, {
      restored: chosen,
      previous: aside.previous,
      damaged: aside.damaged,
      syncIdentity: plan.identity,
    });
    return {
      from: chosen,
      previous: aside.previous,
      damaged: aside.damaged,
      syncIdentity: plan.identity,
      recovered,
    };
  } finally {
    await database.close();
  }
}

/**
 * Downloads the organisation's database afresh (a new sync identity) and
 * puts back every attempt row of this device the damaged database or its
 * newest snapshot still has and the server lacks or has older.
 */
export async function rebuildFromServer(ctx: OfflineContext): Promise<OfflineResult> {
  if (!ctx.device.enrolment || !ctx.server) {
    throw new Error(
      'This computer is not enrolled, or its sync token cannot be read here: restore a snapshot instead.',
    );
  }
  const clock = ctx.clock ?? systemClock;
  const nowIso = new Date(clock.nowMs()).toISOString();
  const aside = await setAside(ctx, nowIso);
  const newest = latestGoodSnapshot(ctx.dataDir);
  const fromSnapshot = newest
    ? await readWhatCanBeRead(ctx, snapshotDatabasePath(ctx.dataDir, newest))
    : null;
  const live = databasePath(ctx.dataDir);
  removeDatabaseFiles(live);
  const server = ctx.server;
  const database = await openDatabase({
    path: live,
    nowIso: () => nowIso,
    remote: { url: () => server.url, authToken: async () => server.token },
  });
  try {
    const recovered: OfflineResult['recovered'] = {};
    for (const rescued of [fromSnapshot, aside.rescued]) {
      if (!rescued) continue;
      const part = await putBack(database, ctx, rescued, {
        rebuiltFrom: server.url,
        previous: aside.previous,
        damaged: aside.damaged,
      });
      for (const [table, o] of Object.entries(part)) {
        const sum = recovered[table] ?? { added: 0, updated: 0, unchanged: 0 };
        recovered[table] = {
          added: sum.added + o.added,
          updated: sum.updated + o.updated,
          unchanged: sum.unchanged + o.unchanged,
        };
      }
    }
    return {
      from: server.url,
      previous: aside.previous,
      damaged: aside.damaged,
      syncIdentity: 'new',
      recovered,
    };
  } finally {
    await database.close();
  }
}
