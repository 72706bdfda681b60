import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_TIMINGS, requestTimeoutFor, type SyncTimings } from '@shared/sync/policy';
import { ROW_CHANGES_PER_SAVE, writeAnswerBacklog } from '../../helpers/answer-backlog';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, syncOk, type Device } from './support/devices';
import { runFor, runsSince, runUntil, startLoops } from './support/manual-time';
import {
  localRowChangesAfter,
  PushRecorder,
  serverMark,
  type RecordedRequest,
} from './support/push-recorder';

/** About ten batches: 1,800 row changes, however many rows a save writes (600 saves of 3 when this was written). */
const SAVES = 1_800 / ROW_CHANGES_PER_SAVE;

async function deviceWithBacklog(
  server: SyncServer,
  timings: SyncTimings,
): Promise<{ device: Device; recorder: PushRecorder; answerIds: string[] }> {
  const recorder = new PushRecorder();
  const device = await enrol(
    await newDevice({ fetch: recorder.fetch, timings, random: () => 0 }),
    server,
    'Slow line PC',
  );
  await syncOk(device);
  const { answerIds } = await writeAnswerBacklog(device.core.database.client, SAVES, {
    ids: device.core.env.ids,
    deviceId: device.core.device.deviceId,
  });
  return { device, recorder, answerIds };
}

async function answersOnServer(server: SyncServer, ids: string[]): Promise<string[]> {
  const found = await server.query(
    `SELECT id FROM attempt_answers WHERE id IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
  return found.map((r) => String(r.id)).sort();
}

describe('push time limits, on manual time', () => {
  it('never cuts off a push that keeps moving, however long it takes in all', async () => {
    const server = await startSyncServer();
    const { device, recorder, answerIds } = await deviceWithBacklog(server, DEFAULT_SYNC_TIMINGS);
    // A slow line: every batch takes 20 s, and the timers due meanwhile run (pulls, status checks).
    recorder.beforeSend = (request) => {
      if (request.batch) device.time.advance(20_000);
    };
    const from = recorder.mark();
    const startedAt = startLoops(device);
    await runFor(device, 0);

    const batches = recorder.batchesSince(from).length;
    expect(batches).toBeGreaterThanOrEqual(8);
    const runs = runsSince(device, 'push', startedAt);
    expect(runs[0]).toMatchObject({ reason: 'startup', ok: true, error: null });
    // Longer than the stall limit, and than the old 60 s limit on the whole push.
    expect(runs[0]?.durationMs).toBeGreaterThanOrEqual(batches * 20_000);
    expect(runs[0]?.durationMs).toBeGreaterThan(DEFAULT_SYNC_TIMINGS.pushStallMs);
    // A pull due meanwhile waited for the push instead of timing out and cutting it off.
    const pulls = runsSince(device, 'pull', startedAt);
    expect(pulls.length).toBeGreaterThan(0);
    expect([...runs, ...pulls].filter((run) => !run.ok)).toEqual([]);
    expect(await answersOnServer(server, answerIds)).toEqual([...answerIds].sort());
  });

  it.each([
    {
      rule: 'a request with no answer for its time',
      timings: DEFAULT_SYNC_TIMINGS,
      limitMs: (held: RecordedRequest) =>
        requestTimeoutFor('push', held.bytes, DEFAULT_SYNC_TIMINGS),
      error: /push request timed out: nothing moved for \d+ ms/,
    },
    {
      rule: 'a push with no batch taken for 2 minutes',
      // Requests may wait longer than that, so the stall rule is what ends it.
      timings: { ...DEFAULT_SYNC_TIMINGS, requestTimeoutMs: 10 * 60_000 },
      limitMs: () => DEFAULT_SYNC_TIMINGS.pushStallMs,
      error: /push timed out: the server took no batch for 120000 ms/,
    },
  ])('abandons $rule, then resumes from the server’s mark', async ({ timings, limitMs, error }) => {
    const server = await startSyncServer();
    const { device, recorder, answerIds } = await deviceWithBacklog(server, timings);
    // The third batch of the first push gets no answer until it is given up.
    let batchesSeen = 0;
    let aborted = false;
    let held: RecordedRequest | null = null;
    let heldNow: () => void = () => undefined;
    const isHeld = new Promise<void>((resolve) => (heldNow = resolve));
    recorder.beforeSend = (request, init) => {
      if (!request.batch) return;
      batchesSeen += 1;
      if (batchesSeen !== 3) return;
      held = request;
      heldNow();
      return new Promise<void>((_, reject) => {
        init?.signal?.addEventListener(
          'abort',
          () => {
            aborted = true;
            reject(init.signal?.reason as Error);
          },
          { once: true },
        );
      });
    };
    const errorsShown: string[] = [];
    device.core.events.subscribe((name, payload) => {
      const status = payload as { lastError: string | null };
      if (name === 'sync.status' && status.lastError !== null) errorsShown.push(status.lastError);
    });
    // The change log holds only the backlog: the pull after enrolling started it afresh.
    const waiting = await localRowChangesAfter(device.core.database.client, 0);
    const from = recorder.mark();
    startLoops(device);
    device.time.advance(0);
    await isHeld;
    const heldRequest = held as RecordedRequest | null;
    if (!heldRequest?.batch) throw new Error('the third batch was not held');
    const [first, second] = recorder.takenSince(from);
    expect(await serverMark(server)).toBe(second?.watermark);

    device.time.advance(limitMs(heldRequest) - 1);
    expect(aborted).toBe(false);
    device.time.advance(1);
    expect(aborted).toBe(true);
    await device.core.sync.runner.idle();
    const failed = device.core.sync.historyList(10).find((run) => run.kind === 'push');
    expect(failed).toMatchObject({ ok: false });
    expect(failed?.error).toMatch(error);
    // The status said so (a pull that works right after may clear it again).
    expect(errorsShown).toContain(
      'The server took too long to answer. Sync will try again shortly.',
    );

    const retryFrom = recorder.mark();
    await runUntil(
      device,
      'every answer on the server',
      async () => (await answersOnServer(server, answerIds)).length === SAVES,
      5 * 60_000,
    );
    // The retry went on from the server's mark: the held batch first, then the rest, and nothing
    // the server already had (the device record adds a row change or two). No pull came between,
    // which would have numbered the change log afresh and made the retry send everything again.
    const retried = recorder.batchesSince(retryFrom);
    expect(retried[0]?.watermark).toBe(heldRequest.batch.watermark);
    const resent = retried.reduce((sum, b) => sum + b.rowChanges, 0);
    const notOnServer = waiting + 1 - (first?.rowChanges ?? 0) - (second?.rowChanges ?? 0);
    expect(resent).toBeGreaterThanOrEqual(notOnServer - 1);
    expect(resent).toBeLessThanOrEqual(notOnServer + 3);
    expect(await answersOnServer(server, answerIds)).toEqual([...answerIds].sort());
    const pushes = device.core.sync.historyList(50).filter((run) => run.kind === 'push');
    expect(pushes[0]).toMatchObject({ ok: true });
  });
});
