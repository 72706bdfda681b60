import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, syncOk } from './support/devices';
import { runFor, runUntil, runsSince, startLoops } from './support/manual-time';

const gaps = (times: number[]): number[] => times.slice(1).map((t, i) => t - times[i]!);

describe('retry backoff while the server is down', () => {
  it.each([
    // The lowest draw waits half of each step: never a busy loop.
    { draw: 0, expected: [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000] },
    // The highest waits the whole step: 1 s doubling, up to 60 s.
    {
      draw: 0.999_999,
      expected: [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000],
    },
  ])('waits 1 s doubling to 60 s between tries (jitter draw $draw)', async ({ draw, expected }) => {
    const server = await startSyncServer();
    const device = await enrol(
      await newDevice({ timings: DEFAULT_SYNC_TIMINGS, random: () => draw }),
      server,
      'Backoff',
    );
    await syncOk(device);
    await server.stop();
    const startedAt = startLoops(device);
    await runFor(
      device,
      expected.reduce((sum, ms) => sum + ms, 0),
    );

    const tries = runsSince(device, 'pull', startedAt);
    expect(tries.every((run) => !run.ok)).toBe(true);
    expect(tries.map((run) => run.reason)).toEqual(['timer', ...expected.map(() => 'retry')]);
    expect(gaps(tries.map((run) => run.atMs))).toEqual(expected);
    const status = device.core.sync.runner.current();
    expect(status.state).toBe('offline');
    expect(status.nextRetryAt).toBe(
      new Date(device.time.clock.nowMs() + expected.at(-1)!).toISOString(),
    );
  });

  it('holds a change for the next try while backing off, and paces normally once it works', async () => {
    const server = await startSyncServer();
    const device = await enrol(
      await newDevice({ timings: DEFAULT_SYNC_TIMINGS, random: () => 0 }),
      server,
      'Recovery',
    );
    await syncOk(device);
    await server.stop();
    const startedAt = startLoops(device);
    // Failed tries at 0, 0.5, 1.5, 3.5 and 7.5 s; the next is due at 15.5 s.
    await runFor(device, 8_000);
    await device.admin.ok('organisation.update', { address: '5 Offline Row' });
    // No push 1.5 s after the change: the retry at 15.5 s takes it.
    await runFor(device, 7_000);
    expect(runsSince(device, 'push', startedAt)).toEqual([]);

    await server.start();
    const took = await runUntil(
      device,
      'the change on the server',
      async () =>
        (await server.query('SELECT address FROM clients'))[0]?.address === '5 Offline Row',
      60_000,
    );
    expect(took).toBe(500);
    const pushes = runsSince(device, 'push', startedAt);
    expect(pushes.map((run) => [run.atMs, run.reason, run.ok])).toEqual([
      [15_500, 'organisation.update', true],
    ]);
    expect(device.core.sync.runner.current()).toMatchObject({
      state: 'online',
      lastError: null,
      nextRetryAt: null,
    });

    // Back to the plain interval: the next pull 15 s after the one that worked.
    await runFor(device, 31_000);
    const pulls = runsSince(device, 'pull', startedAt).filter((run) => run.ok);
    expect(pulls.map((run) => [run.atMs, run.reason])).toEqual([
      [15_500, 'retry'],
      [30_500, 'timer'],
      [45_500, 'timer'],
    ]);
  });
});
