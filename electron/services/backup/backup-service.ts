import { copyDatabaseFiles, removeDatabaseFiles } from '@db/backup/database-files';
import { checkDatabaseContent } from '@db/backup/content-check';
import type { WriteGate } from '@db/write-gate';
import { mutate } from '@db/mutation';
import type { AppDatabase, RemoteSettings } from '@db/open';
import { tenantOrganisationId } from '@db/repositories/devices';
import { getSessionProfile } from '@db/repositories/profiles';
import { examRunningOn } from '@db/repositories/sync-local';
import type { ServerDatabaseOptions } from '@db/server/connection';
import type { DatabaseSlot } from '@db/slot';
import type { TenantContext } from '@db/tenant';
import { snapshotsToDelete } from '@shared/backup/retention';
import { conflict, refusal } from '@shared/api/result';
import type { RestoreResult, SnapshotReason, SnapshotSummary } from '@shared/domain/backup';
import type { Cancel, Scheduler } from '@shared/scheduler';
import type { DeviceStore } from '../sync/sync-service';
import type { SecretStore } from '../sync/secret-store';
import type { ServiceEnv } from '../service-env';
import {
  applyPlanToDatabase,
  applyPlanToFiles,
  planRestoredSync,
  type RestoreSyncPlan,
} from './restore-sync';
import {
  deleteSnapshot,
  listManifests,
  readManifest,
  scratchRoot,
  snapshotDatabasePath,
  snapshotFileProblems,
  summaryOf,
  unfinishedSnapshots,
  type SnapshotManifest,
} from './snapshot-store';
import { takeSnapshot, type SnapshotRequest } from './take-snapshot';

/** How often the scheduled snapshot runs. */
export const SNAPSHOT_EVERY_MS = 15 * 60_000;

export interface BackupServiceDeps {
  dataDir: string;
  env: ServiceEnv;
  slot: DatabaseSlot;
  device: DeviceStore;
  secretStore: SecretStore;
  scheduler: Scheduler;
  /** The fetch server requests go through (the sync transport's). */
  fetch?: typeof fetch;
  open: (path: string, remote: RemoteSettings) => Promise<AppDatabase>;
  remote: RemoteSettings;
  /** Stops the sync runner for a restore, and answers whether it ran. */
  pauseSync: () => Promise<boolean>;
  resumeSync: () => void;
  endAllSessions: (reason: string) => void;
  log: (message: string, error?: unknown) => void;
}

/**
 * Local snapshots of the database: on a schedule, before migrations and
 * enrolment changes, and by hand; rotated; restored on request.
 */
export class BackupService {
  private stopSchedule: Cancel | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(readonly deps: BackupServiceDeps) {}

  start(everyMs = SNAPSHOT_EVERY_MS): void {
    this.stopSchedule ??= this.deps.scheduler.every(everyMs, () => {
      this.snapshot('scheduled').catch((error: unknown) =>
        this.deps.log('scheduled snapshot failed', error),
      );
    });
  }

  stop(): void {
    this.stopSchedule?.();
    this.stopSchedule = null;
  }

  /** Waits for a snapshot or restore under way (closing the app waits for it). */
  idle(): Promise<void> {
    return this.running.then(
      () => undefined,
      () => undefined,
    );
  }

  list(): SnapshotSummary[] {
    return listManifests(this.deps.dataDir).map(summaryOf);
  }

  /** Takes a snapshot of the running database, then applies the retention rules. */
  snapshot(reason: SnapshotReason): Promise<SnapshotSummary> {
    const work = this.running.then(
      () => this.snapshotNow(reason),
      () => this.snapshotNow(reason),
    );
    this.running = work;
    return work;
  }

  private async snapshotNow(reason: SnapshotReason): Promise<SnapshotSummary> {
    const manifest = await takeSnapshot(liveOf(this.deps.slot.current()), this.request(reason));
    this.prune();
    return summaryOf(manifest);
  }

  private request(reason: SnapshotReason): SnapshotRequest {
    return {
      dataDir: this.deps.dataDir,
      reason,
      // A restore's own snapshot is waited for; every other runs while the app (and an exam) goes on.
      priority: reason === 'pre-restore' ? 'foreground' : 'background',
      nowIso: new Date(this.deps.env.clock.nowMs()).toISOString(),
      deviceId: this.deps.env.deviceId,
      appVersion: this.deps.env.appVersion,
    };
  }

  /** Deletes what the retention rules no longer keep, and copies a crash cut short. */
  prune(): void {
    const { dataDir } = this.deps;
    for (const name of unfinishedSnapshots(dataDir)) deleteSnapshot(dataDir, name);
    const doomed = snapshotsToDelete(
      listManifests(dataDir).map((m) => ({
        name: m.name,
        reason: m.reason,
        createdAtMs: Date.parse(m.createdAt),
        verified: m.verified,
      })),
      this.deps.env.clock.nowMs(),
    );
    for (const name of doomed) deleteSnapshot(dataDir, name);
  }

  /** The organisation server as this computer is enrolled into it, or null. */
  async server(): Promise<ServerDatabaseOptions | null> {
    const enrolment = this.deps.device.get().enrolment;
    if (!enrolment) return null;
    try {
      const token = await this.deps.secretStore.open(enrolment.token);
      return {
        url: enrolment.url,
        token,
        timeoutMs: 5_000,
        ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      };
    } catch {
      return null;
    }
  }

  restore(tenant: TenantContext, name: string): Promise<RestoreResult> {
    const work = this.running.then(
      () => this.restoreNow(tenant, name),
      () => this.restoreNow(tenant, name),
    );
    this.running = work;
    return work;
  }

  private async restoreNow(tenant: TenantContext, name: string): Promise<RestoreResult> {
    const { deps } = this;
    const manifest = readManifest(deps.dataDir, name);
    if (!manifest) throw refusal('NOT_FOUND', 'found.snapshot', { name });
    if (await examRunningOn(deps.env.db(), deps.env.deviceId)) {
      throw conflict('backup.examRunning');
    }
    // The snapshot's check and the snapshot of the data as it is now run side by side.
    const [checked, current] = await Promise.allSettled([
      checkSnapshot(deps.dataDir, manifest),
      takeSnapshot(liveOf(deps.slot.current()), this.request('pre-restore')),
    ]);
    if (checked.status === 'rejected') {
      // Nothing is restored, so nothing needs the data kept as it was.
      if (current.status === 'fulfilled') deleteSnapshot(deps.dataDir, current.value.name);
      throw checked.reason;
    }
    if (current.status === 'rejected') throw current.reason;
    const kept = current.value;
    const plan = await planRestoredSync(
      manifest.sync,
      manifest.name,
      await this.server(),
      () => `exam-desk-restored-${deps.env.ids()}`,
    );
    const wasRunning = await deps.pauseSync();
    const livePath = deps.slot.current().path;
    await deps.slot.current().close();
    let reopened: AppDatabase;
    try {
      reopened = await this.replaceFiles(livePath, snapshotDatabasePath(deps.dataDir, name), plan);
      const after = await checkDatabaseContent(livePath, scratchRoot(deps.dataDir));
      const mismatch = countMismatches(manifest, after.rowCounts, after.schemaVersion);
      if (after.problems.length > 0 || mismatch.length > 0) {
        await reopened.close();
        throw new Error([...after.problems, ...mismatch].join('; '));
      }
    } catch (error) {
      // Put back the database as it was just before.
      removeDatabaseFiles(livePath);
      copyDatabaseFiles(snapshotDatabasePath(deps.dataDir, kept.name), livePath);
      this.install(await deps.open(livePath, deps.remote));
      if (wasRunning) deps.resumeSync();
      throw conflict('backup.failedCheck', {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    this.install(reopened);
    await this.auditRestore(tenant, manifest, kept, plan);
    deps.endAllSessions(
      "This computer's database was restored from a snapshot. Please sign in again.",
    );
    if (wasRunning) deps.resumeSync();
    this.prune();
    return {
      restored: manifest.name,
      keptAs: kept.name,
      rowCounts: manifest.rowCounts,
      syncIdentity: plan.identity,
      signInAgain: true,
    };
  }

  private async replaceFiles(
    livePath: string,
    snapshotPath: string,
    plan: RestoreSyncPlan,
  ): Promise<AppDatabase> {
    removeDatabaseFiles(livePath);
    copyDatabaseFiles(snapshotPath, livePath);
    applyPlanToFiles(livePath, plan);
    const reopened = await this.deps.open(livePath, this.deps.remote);
    await applyPlanToDatabase(reopened, plan, this.deps.dataDir);
    return reopened;
  }

  private install(database: AppDatabase): void {
    this.deps.slot.replace(database);
  }

  private async auditRestore(
    tenant: TenantContext,
    manifest: SnapshotManifest,
    kept: SnapshotManifest,
    plan: RestoreSyncPlan,
  ): Promise<void> {
    const { env } = this.deps;
    const orgId = (await tenantOrganisationId(env.db())) ?? tenant.clientId;
    // The admin who restored may not exist in the restored data; the row then names no one.
    const profile = await getSessionProfile(env.db(), { ...tenant, clientId: orgId });
    await mutate(
      env,
      { clientId: orgId, profileId: profile ? tenant.profileId : null },
      async () => ({
        value: null,
        audit: {
          action: 'backup.restore',
          resourceType: 'snapshot',
          resourceId: manifest.name,
          // A diff, like every audit row: the data before (now kept as a snapshot), and after.
          changes: {
            data: [
              { snapshot: kept.name, rowCounts: kept.rowCounts },
              {
                snapshot: manifest.name,
                takenAt: manifest.createdAt,
                reason: manifest.reason,
                syncIdentity: plan.identity,
                restoredBy: tenant.profileId,
                rowCounts: manifest.rowCounts,
              },
            ],
          },
        },
      }),
    );
  }
}

export function liveOf(database: AppDatabase): { path: string; gate: WriteGate } {
  return { path: database.path, gate: database.gate };
}

/** The integrity check before a restore: the files as taken, and the engine's own check. */
export async function checkSnapshot(dataDir: string, manifest: SnapshotManifest): Promise<void> {
  if (!manifest.verified) {
    throw conflict('backup.damagedWhenTaken', {
      name: manifest.name,
      problems: manifest.problems.join('; '),
    });
  }
  // Both on worker threads, side by side; the files' problems are the ones to tell first.
  const [fileProblems, report] = await Promise.all([
    snapshotFileProblems(dataDir, manifest),
    checkDatabaseContent(snapshotDatabasePath(dataDir, manifest.name), scratchRoot(dataDir)).catch(
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    ),
  ]);
  if (fileProblems.length > 0) {
    throw conflict('backup.cannotRestore', {
      name: manifest.name,
      problems: fileProblems.join('; '),
    });
  }
  if (report instanceof Error) throw report;
  if (report.problems.length > 0) {
    throw conflict('backup.engineCheck', {
      name: manifest.name,
      problems: report.problems.join('; '),
    });
  }
}

/**
 * The row counts after a restore against the snapshot's. Migrations the
 * reopened database ran may add rows, never remove them.
 */
export function countMismatches(
  manifest: SnapshotManifest,
  counts: Record<string, number>,
  schemaVersion: number,
): string[] {
  const migrated = schemaVersion > manifest.schemaVersion;
  const problems: string[] = [];
  for (const [table, expected] of Object.entries(manifest.rowCounts)) {
    const actual = counts[table] ?? 0;
    if (migrated ? actual < expected : actual !== expected) {
      problems.push(`${table} has ${actual} rows, the snapshot ${expected}`);
    }
  }
  return problems;
}
