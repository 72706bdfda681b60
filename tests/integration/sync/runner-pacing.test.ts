import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, FAST_TIMINGS, newDevice } from './support/devices';

/** A fetch that holds pull requests for `holdMs`, as a long-polling server (Turso Cloud) does. */
const holdingPulls =
  (holdMs: number): typeof fetch =>
  async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/pull-updates')) await new Promise((r) => setTimeout(r, holdMs));
    return fetch(input, init);
  };

async function pullsWithin(ms: number, options: { longPollMs: number; holdMs: number }) {
  const server = await startSyncServer();
  const device = await newDevice({
    timings: { ...FAST_TIMINGS, pullIntervalMs: 15_000, longPollMs: options.longPollMs },
    fetch: holdingPulls(options.holdMs),
  });
  await enrol(device, server, 'Pacing');
  device.core.sync.start();
  await new Promise((r) => setTimeout(r, ms));
  const history = await device.admin.ok('sync.history', { limit: 200 });
  await device.core.sync.stop(false);
  return history.filter((run) => run.kind === 'pull' && run.reason === 'timer').length;
}

describe('pull pacing', () => {
  it('asks again soon after a pull the server held open (long-poll)', async () => {
    expect(await pullsWithin(4_000, { longPollMs: 400, holdMs: 400 })).toBeGreaterThanOrEqual(3);
  });

  it('waits the interval when the server answers at once, even with long-poll on (no busy loop)', async () => {
    expect(await pullsWithin(3_000, { longPollMs: 400, holdMs: 0 })).toBeLessThanOrEqual(1);
  });
});
