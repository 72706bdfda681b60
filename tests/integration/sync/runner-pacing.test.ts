import { describe, expect, it } from 'vitest';
import { ManualScheduler } from '@shared/scheduler';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { startSyncServer } from '../../helpers/sync-server';
import { startAttempt, answerScope } from './support/answers';
import { enrol, FAST_TIMINGS, newDevice, syncOk } from './support/devices';
import { runFor, runsSince, startLoops } from './support/manual-time';

/**
 * A fetch that holds pull requests for `holdMs` of the device's time, as a
 * long-polling server (Turso Cloud) does; the local server answers at once.
 */
const holdingPulls =
  (time: ManualScheduler, holdMs: number): typeof fetch =>
  async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/pull-updates')) time.advance(holdMs);
    return fetch(input, init);
  };

async function timerPullsWithin(ms: number, options: { longPollMs: number; holdMs: number }) {
  const server = await startSyncServer();
  const time = new ManualScheduler();
  const device = await newDevice({
    time,
    timings: { ...FAST_TIMINGS, pullIntervalMs: 15_000, longPollMs: options.longPollMs },
    fetch: holdingPulls(time, options.holdMs),
  });
  await enrol(device, server, 'Pacing');
  const startedAt = startLoops(device);
  await runFor(device, ms);
  const history = await device.admin.ok('sync.history', { limit: 200 });
  await device.core.sync.stop(false);
  const pulls = history.filter((run) => run.kind === 'pull' && run.reason === 'timer');
  return {
    count: pulls.length,
    atMs: pulls.map((run) => Date.parse(run.startedAt) - startedAt).sort((a, b) => a - b),
  };
}

describe('pull pacing', () => {
  it('asks again soon after a pull the server held open (long-poll)', async () => {
    const pulls = await timerPullsWithin(4_000, { longPollMs: 400, holdMs: 400 });
    expect(pulls.count).toBeGreaterThanOrEqual(3);
    // Each held pull ends 400 ms after it began, and the next begins a second later.
    expect(pulls.atMs).toEqual([0, 1_400, 2_800]);
  });

  it('waits the interval when the server answers at once, even with long-poll on (no busy loop)', async () => {
    const pulls = await timerPullsWithin(3_000, { longPollMs: 400, holdMs: 0 });
    expect(pulls.count).toBeLessThanOrEqual(1);
    expect(pulls.atMs).toEqual([0]);
  });

  it('pulls every 15 s while nothing happens, and every 60 s while an exam runs here', async () => {
    const server = await startSyncServer();
    const device = await enrol(
      await newDevice({ timings: DEFAULT_SYNC_TIMINGS }),
      server,
      'Intervals',
    );
    await syncOk(device);
    const startedAt = startLoops(device);
    const pullTimes = () =>
      runsSince(device, 'pull', startedAt)
        .filter((run) => run.reason === 'timer')
        .map((run) => run.atMs);
    await runFor(device, 60_000);
    expect(pullTimes()).toEqual([0, 15_000, 30_000, 45_000, 60_000]);

    const client = device.core.database.client;
    await startAttempt(
      client,
      await answerScope(client),
      device.core.env.ids(),
      device.core.device.deviceId,
      new Date(device.time.clock.nowMs()).toISOString(),
    );
    await runFor(device, 200_000);
    // The pull already set for 75 s goes; from then on a minute passes between pulls.
    expect(pullTimes()).toEqual([
      0, 15_000, 30_000, 45_000, 60_000, 75_000, 135_000, 195_000, 255_000,
    ]);
  });
});
