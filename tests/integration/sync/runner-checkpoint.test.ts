import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { startSyncServer } from '../../helpers/sync-server';
import { writeAnswers } from './support/answers';
import { enrol, newDevice, syncOk } from './support/devices';
import { answerFor, startExam } from './support/exam-saves';
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

  it('folds it in while saves stream in, without waiting for the status check', async () => {
    const server = await startSyncServer();
    const checkpointWalBytes = 256 * 1024;
    const device = await enrol(
      await newDevice({ timings: { ...DEFAULT_SYNC_TIMINGS, checkpointWalBytes } }),
      server,
      'WAL during saves',
    );
    await syncOk(device);
    startLoops(device);
    await runFor(device, 10_000);
    const taker = await startExam(device, 'student1');
    const walBytes = async () => (await device.core.sync.runner.stats())?.walBytes ?? 0;
    await runFor(device, 10_000);
    const before = device.time.clock.nowMs();
    // Saves back to back with the clock standing still: no timer runs, the WAL grows past its mark.
    const save = async (i: number) => {
      const q = taker.questions[i % taker.questions.length];
      if (!q) throw new Error('the demo paper has questions to answer');
      await taker.student.ok('exams.saveAnswer', {
        attemptId: taker.session.attemptId,
        questionId: q.questionId,
        answer: answerFor(q, i),
      });
    };
    let saves = 0;
    while (saves < 500 && (await walBytes()) < checkpointWalBytes) await save((saves += 1));
    expect(await walBytes()).toBeGreaterThanOrEqual(checkpointWalBytes);
    await device.core.sync.runner.idle();
    expect(runsSince(device, 'checkpoint', before)).toEqual([]);
    // A quarter of a second later, far from the next status check (2 s), the next save's look does it.
    device.time.clock.advance(300);
    await save(saves + 1);
    await device.core.sync.runner.idle();
    const runs = runsSince(device, 'checkpoint', before);
    expect(runs.map((run) => run.ok)).toEqual([true]);
    expect(runs[0]?.atMs).toBeLessThan(statusIntervalMs);
    expect(await walBytes()).toBeLessThan(checkpointWalBytes);
  });
});
