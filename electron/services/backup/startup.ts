import { openDatabase, type AppDatabase, type RemoteSettings } from '@db/open';
import type { TransactionLimits } from '@db/sync/transaction-guard';
import type { SecretStore } from '../sync/secret-store';
import type { DeviceFile } from '../../app/device';
import { applyPlanToDatabase, settlePendingCheck } from './restore-sync';
import { scratchRoot } from './snapshot-store';
import { takeSnapshot } from './take-snapshot';

export interface StartupOpen {
  dataDir: string;
  path: string;
  remote: RemoteSettings;
  nowIso: () => string;
  device: DeviceFile;
  appVersion: string;
  secretStore: SecretStore;
  fetch?: typeof fetch;
  newId: () => string;
  /** The bounds every transaction keeps (db/sync/transaction-guard.ts); tests may lower them. */
  transactionLimits?: Partial<TransactionLimits>;
}

/**
 * Opens the app's database at start: refuses a damaged one before anything
 * writes (`DatabaseDamagedError`), finishes the sync check of a restore made
 * offline, and snapshots before migrations it does not have yet.
 */
export async function openAtStart(start: StartupOpen): Promise<AppDatabase> {
  const plan = await pendingRestorePlan(start);
  const database = await openDatabase({
    path: start.path,
    nowIso: start.nowIso,
    remote: start.remote,
    refuseDamaged: { scratchDir: scratchRoot(start.dataDir) },
    beforeMigrate: snapshotBeforeMigration(start),
    ...(start.transactionLimits ? { transactionLimits: start.transactionLimits } : {}),
  });
  if (plan) await applyPlanToDatabase(database, plan, start.dataDir);
  return database;
}

/** The `beforeMigrate` hook: a `pre-migration` snapshot of the database about to migrate. */
export function snapshotBeforeMigration(start: {
  dataDir: string;
  nowIso: () => string;
  device: DeviceFile;
  appVersion: string;
}): (database: { path: string; gate: AppDatabase['gate'] }) => Promise<void> {
  return async (database) => {
    await takeSnapshot(
      { path: database.path, gate: database.gate },
      {
        dataDir: start.dataDir,
        reason: 'pre-migration',
        nowIso: start.nowIso(),
        deviceId: start.device.deviceId,
        appVersion: start.appVersion,
      },
    );
  };
}

async function pendingRestorePlan(start: StartupOpen) {
  const enrolment = start.device.enrolment;
  if (!enrolment) return null;
  let token: string;
  try {
    token = await start.secretStore.open(enrolment.token);
  } catch {
    return null;
  }
  return settlePendingCheck(
    start.dataDir,
    start.path,
    { url: enrolment.url, token, timeoutMs: 5_000, ...(start.fetch ? { fetch: start.fetch } : {}) },
    () => `exam-desk-restored-${start.newId()}`,
  );
}
