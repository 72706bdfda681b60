import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { startSyncServer } from '../../helpers/sync-server';
import { writeAnswers } from './support/answers';
import { enrol, newDevice, syncOk } from './support/devices';
import { runFor, runUntil, runsSince, startLoops } from './support/manual-time';

const { checkpointIntervalMs, statusIntervalMs } = DEFAULT_SYNC_TIMINGS;

describe('WAL checkpoints', () => {
  it('folds the WAL in every 5 minutes while something was written', async () => {
    const server = await startSyncServer();
    const device = await newDevice({ timings: DEFAULT_SYNC_TIMINGS });
    // The runner counts from when it was made: the device's first moment.
    const madeAt = device.time.clock.nowMs();
    await enrol(device, server, 'Checkpoints');
    await syncOk(device);
    startLoops(device);
    await device.admin.ok('organisation.update', { address: '1 Journal Street' });
    await runFor(device, checkpointIntervalMs - 2_000);
    expect(runsSince(device, 'checkpoint', madeAt)).toEqual([]);

    await runFor(device, 2 * statusIntervalMs);
    const [first, ...others] = runsSince(device, 'checkpoint', madeAt);
    expect(others).toEqual([]);
    // The first status check at or after the 5-minute mark does it.
    expect(first?.atMs).toBeGreaterThanOrEqual(checkpointIntervalMs);
    expect(first?.atMs).toBeLessThanOrEqual(checkpointIntervalMs + statusIntervalMs);
    expect(first?.ok).toBe(true);
    expect(first?.reason).toMatch(/^wal size \(\d+ KiB\)$/);

    // Written again: the next one comes 5 minutes after the last, not sooner.
    await device.admin.ok('organisation.update', { address: '2 Journal Street' });
    await runFor(device, checkpointIntervalMs - 3 * statusIntervalMs);
    expect(runsSince(device, 'checkpoint', madeAt)).toHaveLength(1);
    await runFor(device, 3 * statusIntervalMs);
    const times = runsSince(device, 'checkpoint', madeAt).map((run) => run.atMs);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(checkpointIntervalMs);
    expect(times[1]! - times[0]!).toBeLessThanOrEqual(checkpointIntervalMs + statusIntervalMs);
  });

  it('folds it in at the next status check once it passes the size threshold', async () => {
    const server = await startSyncServer();
    const checkpointWalBytes = 256 * 1024;
    const device = await enrol(
      await newDevice({ timings: { ...DEFAULT_SYNC_TIMINGS, checkpointWalBytes } }),
      server,
      'WAL size',
    );
    await syncOk(device);
    // The first sync alone fills the WAL past 256 KiB: the first status check folds it in.
    const startedAt = startLoops(device);
    await runFor(device, 10_000);
    expect(runsSince(device, 'checkpoint', startedAt).map((run) => run.atMs)).toEqual([0]);
    expect((await device.core.sync.runner.stats())?.walBytes).toBeLessThan(checkpointWalBytes);

    const before = device.time.clock.nowMs();
    await writeAnswers(device, 400);
    expect((await device.core.sync.runner.stats())?.walBytes).toBeGreaterThanOrEqual(
      checkpointWalBytes,
    );
    const took = await runUntil(
      device,
      'a checkpoint',
      () => runsSince(device, 'checkpoint', before).some((run) => run.ok),
      checkpointIntervalMs,
    );
    expect(took).toBeLessThanOrEqual(statusIntervalMs);
    expect((await device.core.sync.runner.stats())?.walBytes).toBeLessThan(checkpointWalBytes);
  });
});
