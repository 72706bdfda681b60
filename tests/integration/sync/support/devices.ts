import { expect } from 'vitest';
import type { SyncTimings } from '@shared/sync/policy';
import type { TransactionLimits } from '@db/sync/transaction-guard';
import type { PushLimits } from '@shared/sync/push-limits';
import { sequentialIds } from '@shared/ids';
import { ManualScheduler } from '@shared/scheduler';
import { createTestCore, signedIn, type TestClient, type TestCore } from '../../../helpers/core';
import type { SyncServer } from '../../../helpers/sync-server';
import { tempDir } from '../../../helpers/temp-dir';

/** Short timings, so few timers run between the events a test waits for. */
export const FAST_TIMINGS: Partial<SyncTimings> = {
  pushDebounceMs: 50,
  pushMaxDelayMs: 200,
  pullIntervalMs: 150,
  pullIntervalDuringExamMs: 300,
  statusIntervalMs: 100,
  requestTimeoutMs: 10_000,
  finalPushMs: 2_000,
};

export interface Device {
  core: TestCore;
  admin: TestClient;
  /** The device's timers and clock: nothing the runner schedules runs until the test moves it. */
  time: ManualScheduler;
}

let seed = 100;

/** A device with its own data folder and its own id stream (so two devices never make the same id). */
export async function newDevice(
  options: {
    dataDir?: string;
    startSync?: boolean;
    timings?: Partial<SyncTimings>;
    fetch?: typeof fetch;
    /** Pass one to reach the device's time before it exists (a fetch that takes time, say). */
    time?: ManualScheduler;
    /** The jitter source of sync retries. */
    random?: () => number;
    /** What the runner refuses to push (lowered so a refusal needs little data). */
    pushLimits?: PushLimits;
    /** The bounds every transaction keeps (changed to compare with and without one). */
    transactionLimits?: Partial<TransactionLimits>;
  } = {},
): Promise<Device> {
  seed += 1;
  const time = options.time ?? new ManualScheduler();
  const core = await createTestCore({
    clock: time.clock,
    scheduler: time,
    dataDir: options.dataDir ?? tempDir('exam-device-'),
    ids: sequentialIds(Date.UTC(2026, 0, 1) + seed * 1_000_000, seed),
    startSync: options.startSync ?? false,
    syncTimings: options.timings ?? FAST_TIMINGS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.pushLimits ? { pushLimits: options.pushLimits } : {}),
    ...(options.transactionLimits ? { transactionLimits: options.transactionLimits } : {}),
  });
  const admin = await signedIn(core, 'admin');
  return { core, admin, time };
}

export async function enrol(
  device: Device,
  server: { url: string },
  name: string,
): Promise<Device> {
  const result = await device.admin.ok('sync.enrol', {
    url: server.url,
    token: 'test-token',
    deviceName: name,
  });
  if (result.signInAgain) device.admin = await signedIn(device.core, 'admin');
  return device;
}

/** Two devices of one organisation: A published it, B joined. */
export async function enrolledPair(server: SyncServer): Promise<{ a: Device; b: Device }> {
  const a = await enrol(await newDevice(), server, 'Lab PC A');
  await syncOk(a);
  const b = await enrol(await newDevice(), server, 'Lab PC B');
  await syncOk(b);
  return { a, b };
}

/** Sync now, and fail the test with the reason if it did not work. */
export async function syncOk(device: Device): Promise<void> {
  const status = await device.core.sync.syncNow();
  expect(status.lastError, 'sync error').toBeNull();
  expect(status.state).toBe('online');
}

export async function rows<T>(device: Device, sql: string, ...args: unknown[]): Promise<T[]> {
  return (await device.core.database.client.all(sql, ...args)) as T[];
}
