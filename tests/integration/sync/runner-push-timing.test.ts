import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { signedIn } from '../../helpers/core';
import { demoTestId } from '../../helpers/exam';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, syncOk, type Device } from './support/devices';
import { runFor, runsSince } from './support/manual-time';

/** An enrolled, synced device whose loops (on the default timings) have run for a second, and the time then. */
async function runningDevice(server: SyncServer): Promise<{ device: Device; startedAt: number }> {
  const device = await enrol(
    await newDevice({ timings: DEFAULT_SYNC_TIMINGS }),
    server,
    'Push timing',
  );
  await syncOk(device);
  device.core.sync.start();
  await runFor(device, 1_000);
  return { device, startedAt: device.time.clock.nowMs() };
}

const serverAddress = async (server: SyncServer): Promise<unknown> =>
  (await server.query('SELECT address FROM clients'))[0]?.address;

describe('push timing', () => {
  it('pushes a change 1.5 s after it was made, and not before', async () => {
    const server = await startSyncServer();
    const { device, startedAt } = await runningDevice(server);
    await device.admin.ok('organisation.update', { address: '1 Debounce Road' });
    await runFor(device, 1_499);
    expect(runsSince(device, 'push', startedAt)).toEqual([]);
    expect(await serverAddress(server)).not.toBe('1 Debounce Road');

    await runFor(device, 1);
    const pushes = runsSince(device, 'push', startedAt);
    expect(pushes.map((run) => [run.atMs, run.reason, run.ok])).toEqual([
      [1_500, 'organisation.update', true],
    ]);
    expect(await serverAddress(server)).toBe('1 Debounce Road');
  });

  it('in a burst of changes, pushes at most 5 s after the first, then 1.5 s after the last', async () => {
    const server = await startSyncServer();
    const { device, startedAt } = await runningDevice(server);
    const before = await serverAddress(server);
    // A change every second for 8 s: each one moves the push back, up to the 5 s bound.
    const onServerEachSecond: unknown[] = [];
    for (let second = 0; second < 8; second += 1) {
      await device.admin.ok('organisation.update', { address: `${second} Burst Lane` });
      await runFor(device, 1_000);
      onServerEachSecond.push(await serverAddress(server));
    }
    expect(onServerEachSecond).toEqual([
      ...[before, before, before, before],
      ...['4 Burst Lane', '4 Burst Lane', '4 Burst Lane', '4 Burst Lane'],
    ]);
    await runFor(device, 10_000);
    const pushes = runsSince(device, 'push', startedAt);
    expect(pushes.map((run) => [run.atMs, run.ok])).toEqual([
      [5_000, true],
      [8_500, true],
    ]);
    expect(await serverAddress(server)).toBe('7 Burst Lane');
  });

  it('pushes a submitted attempt at once, taking the waiting changes with it', async () => {
    const server = await startSyncServer();
    const { device, startedAt } = await runningDevice(server);
    const student = await signedIn(device.core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    await runFor(device, 500);
    expect(runsSince(device, 'push', startedAt)).toEqual([]);

    await student.ok('exams.submit', { attemptId: session.attemptId });
    await runFor(device, 0);
    const pushes = runsSince(device, 'push', startedAt);
    expect(pushes.map((run) => [run.atMs, run.reason, run.ok])).toEqual([
      [500, 'exams.submit', true],
    ]);
    const onServer = await server.query(
      `SELECT status FROM attempts WHERE id = '${session.attemptId}'`,
    );
    // Submitting scores an attempt with no essays at once.
    expect(onServer).toEqual([{ status: 'graded' }]);
    // The debounced push for starting the attempt went with it: nothing is left to send.
    await runFor(device, 10_000);
    expect(runsSince(device, 'push', startedAt)).toHaveLength(1);
  });
});
