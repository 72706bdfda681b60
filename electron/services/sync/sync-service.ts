import { join } from 'node:path';
import type { AppDatabase, RemoteSettings } from '@db/open';
import type { DatabaseSlot } from '@db/slot';
import { syncEngineOf, type SyncEngine } from '@db/sync/engine';
import { listDevices } from '@db/repositories/devices';
import { listSetAside } from '@db/repositories/sync-set-aside';
import { listConflictedQuestions } from '@db/repositories/question-conflicts';
import type { TenantContext } from '@db/tenant';
import type { SyncStatus } from '@shared/domain/sync';
import type { DeviceRecord, SyncOverview, SyncRun } from '@shared/domain/sync';
import type { Cancel, Scheduler } from '@shared/scheduler';
import { type PushUrgency, type SyncTimings } from '@shared/sync/policy';
import type { PushLimits } from '@shared/sync/push-limits';
import type { DeviceFile } from '../../app/device';
import type { ServiceEnv } from '../service-env';
import { reportDevice } from './device-report';
import { reconcileAfterPull } from './reconcile';
import { ConstraintGuard } from './set-aside';
import type { SecretStore } from './secret-store';
import { SyncHistory } from './sync-history';
import { SyncRunner } from './sync-runner';
import type { SyncTransport } from './transport';
import { holdSealedTestKeys } from '../sealing/sealed-tests';
import { examRunningOn } from '@db/repositories/sync-local';

/** device.json, read and written through the composition root. */
export interface DeviceStore {
  get(): DeviceFile;
  set(next: DeviceFile): void;
}

export interface SyncServiceDeps {
  dataDir: string;
  env: ServiceEnv;
  slot: DatabaseSlot;
  device: DeviceStore;
  secretStore: SecretStore;
  transport: SyncTransport;
  timings: SyncTimings;
  /** Timers for pushes, pulls, retries and the heartbeat (on the monotonic time of `env.clock`). */
  scheduler: Scheduler;
  /** Numbers in [0, 1) for the jitter of retries; Math.random unless a test fixes them. */
  random?: () => number;
  /** What the runner refuses to push; the defaults unless a test lowers them. */
  pushLimits?: PushLimits;
  /** Opens a database file with sync settings (the same `openDatabase` the app uses). */
  open: (path: string, remote: RemoteSettings) => Promise<AppDatabase>;
  /** The app's remote settings: the URL and token come from device.json as it is now. */
  remote: RemoteSettings;
  /** The installed app: a demo organisation is never published into a server (see enrolment). */
  refuseDemoPublish?: boolean;
  /** Everyone must sign in again (the data under them was replaced). */
  endAllSessions: (reason: string) => void;
  log: (message: string, error?: unknown) => void;
  /** Before enrolling, re-enrolling or un-enrolling: a snapshot of the database as it was. */
  beforeEnrolmentChange?: () => Promise<void>;
  /**
   * What the enrolment's audit row records of this computer's rescue signing
   * key in organisation `orgId` (before, now), or null when it knows the key.
   */
  signingKeyChange?: (orgId: string) => Promise<[string | null, string] | null>;
  /** The audit chain's own steps: sign this device's head before a push, witness the others' after a pull. */
  auditChain?: { beforePush(): Promise<void>; afterPull(): Promise<void> };
  /** Keeps the organisation key an enrolment brought (refused when it does not open the organisation's keys). */
  receiveContentKey?: (orgId: string, keyText: string) => Promise<void>;
  /**
   * Takes the organisation key wrapped under the enrolment token, or wraps the
   * one held here under it (dropping the wrap of the token it replaces).
   */
  contentKeyWithToken?: (
    orgId: string,
    token: string,
    replacedToken: string | null,
  ) => Promise<void>;
}

/**
 * Sync for the main process: runs the runner, answers the sync API, keeps the
 * device record, and settles what a pull brings (schema, conflicts, set-aside rows).
 */
export class SyncService {
  readonly runner: SyncRunner;
  readonly history: SyncHistory;
  readonly guard: ConstraintGuard;
  /** The engine calls and change-log reads, on the database as it is now. */
  readonly engine: SyncEngine;
  private stopHeartbeat: Cancel | null = null;
  private isRunning = false;

  constructor(readonly deps: SyncServiceDeps) {
    const { env, slot, transport, timings } = deps;
    this.history = new SyncHistory(join(deps.dataDir, 'sync-history.json'));
    this.engine = syncEngineOf(slot);
    this.guard = new ConstraintGuard(
      env,
      this.engine,
      join(deps.dataDir, 'sync-set-aside-pending.json'),
    );
    this.runner = new SyncRunner({
      engine: this.engine,
      enrolled: () => this.enrolled(),
      transport,
      clock: env.clock,
      scheduler: deps.scheduler,
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.pushLimits ? { pushLimits: deps.pushLimits } : {}),
      timings,
      history: this.history,
      ids: env.ids,
      emit: (status) => env.events.emit('sync.status', status),
      log: deps.log,
      hooks: {
        beforePush: async () => {
          await this.report({});
          await deps.auditChain?.beforePush();
        },
        afterPull: async () => {
          // A test sealed on another computer is opened here before its questions are read.
          if (!slot.current().schema.outdated) await holdSealedTestKeys(env);
          await reconcileAfterPull(env, slot.current());
          if (this.guard.pending && !slot.current().schema.outdated) await this.guard.settle();
          this.markSynced();
          await deps.auditChain?.afterPull();
        },
        onConstraintFailure: async (raw) => {
          if (await this.guard.capture(raw)) {
            await this.engine
              .pull()
              .catch((error: unknown) => deps.log('pull after a refused push failed', error));
            await this.guard.settle();
          }
        },
        examRunning: () => examRunningOn(env.db(), env.deviceId),
        updateRequired: () => slot.current().schema.outdated,
      },
    });
  }

  enrolled(): boolean {
    return this.deps.device.get().enrolment !== undefined;
  }

  /** Whether the loops run (tests that drive sync by hand keep them off). */
  get running(): boolean {
    return this.isRunning;
  }

  start(): void {
    this.isRunning = true;
    this.runner.start();
    this.stopHeartbeat ??= this.deps.scheduler.every(this.deps.timings.deviceHeartbeatMs, () => {
      if (this.enrolled()) this.runner.requestPush('heartbeat', 'soon');
    });
  }

  async stop(finalPush: boolean): Promise<void> {
    this.isRunning = false;
    this.stopHeartbeat?.();
    this.stopHeartbeat = null;
    await this.runner.stop({ finalPush });
  }

  /** An API call that changed data succeeded. */
  notifyMutation(urgency: PushUrgency, method: string): void {
    this.runner.notifyChange(urgency, method);
  }

  status(): Promise<SyncStatus> {
    return this.runner.refreshStatus();
  }

  syncNow(): Promise<SyncStatus> {
    return this.runner.syncNow();
  }

  historyList(limit: number | undefined): SyncRun[] {
    return this.history.list(limit ?? 50);
  }

  devices(tenant: TenantContext): Promise<DeviceRecord[]> {
    return listDevices(this.deps.env.db(), tenant, this.deps.env.deviceId);
  }

  async overview(tenant: TenantContext): Promise<SyncOverview> {
    const device = this.deps.device.get();
    const status = await this.runner.refreshStatus();
    const stats = await this.runner.stats();
    const schema = this.deps.slot.current().schema;
    return {
      status,
      deviceId: device.deviceId,
      deviceName: device.name,
      enrolment: device.enrolment
        ? {
            url: device.enrolment.url,
            deviceName: device.name,
            deviceRole: device.enrolment.deviceRole,
            enrolledAt: device.enrolment.enrolledAt,
            organisation: device.enrolment.organisation,
          }
        : null,
      secretStorage: this.deps.secretStore.info,
      schema: {
        appVersion: schema.appVersion,
        databaseVersion: schema.databaseVersion,
        updateRequired: schema.outdated,
      },
      walBytes: stats?.walBytes ?? 0,
      setAsideCount: (await listSetAside(this.deps.env.db(), tenant)).length,
      conflictCount: (await listConflictedQuestions(this.deps.env.db(), tenant)).length,
    };
  }

  /** Writes the device record (before a push, and on enrolment changes). */
  async report(extra: { enrolledAt?: string; unenrolledAt?: string }): Promise<void> {
    const schema = this.deps.slot.current().schema;
    if (schema.outdated) return;
    const status = this.runner.current();
    const { env } = this.deps;
    await reportDevice(env.db(), env, this.deps.device.get(), schema.databaseVersion, {
      // The record travels in this push: when it arrives, this push has happened and nothing before it is pending.
      lastPushAt: new Date(this.deps.env.clock.nowMs()).toISOString(),
      lastPullAt: status.lastPullAt,
      pendingChanges: 0,
      lastError: status.lastError,
      ...extra,
    });
  }

  /** Remembers which tenant this database file has exchanged data with. */
  private markSynced(): void {
    const device = this.deps.device.get();
    const url = device.enrolment?.url;
    if (url && device.syncedWith !== url) this.deps.device.set({ ...device, syncedWith: url });
  }
}
