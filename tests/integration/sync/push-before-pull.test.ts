import { describe, expect, it } from 'vitest';
import { newestChangeId } from '@db/sync/push-backlog';
import { describePushRequest } from '@db/sync/push-request';
import { PUSH_OPERATIONS_THRESHOLD } from '@shared/sync/push-limits';
import { ROW_CHANGES_PER_SAVE, writeAnswerBacklog } from '../../helpers/answer-backlog';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, enrolledPair, newDevice, rows, syncOk, type Device } from './support/devices';
import { PushRecorder } from './support/push-recorder';

/** A backlog of 1,800 row changes, however many rows a save writes (600 saves of 3 when this was written). */
const SAVES = 1_800 / ROW_CHANGES_PER_SAVE;

/** Transactions and row changes in the change log after `changeId` (commit markers and engine tables aside). */
async function changeLogAfter(
  device: Device,
  changeId: number,
): Promise<{ transactions: number; rowChanges: number }> {
  const [row] = await rows<{ transactions: number; rowChanges: number }>(
    device,
    `SELECT sum(change_type = 2) AS transactions,
            sum(change_type != 2 AND substr(table_name, 1, 6) != 'turso_') AS rowChanges
       FROM turso_cdc WHERE change_id > ?`,
    changeId,
  );
  return { transactions: row?.transactions ?? 0, rowChanges: row?.rowChanges ?? 0 };
}

async function saveBacklog(device: Device): Promise<string[]> {
  const { answerIds } = await writeAnswerBacklog(device.core.database.client, SAVES, {
    ids: device.core.env.ids,
    deviceId: device.core.device.deviceId,
  });
  return answerIds;
}

describe('a pull while changes wait', () => {
  it('(in the engine) folds every waiting change into one transaction', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const mark = await newestChangeId(a.core.database.client);
    await saveBacklog(a);
    expect((await changeLogAfter(a, mark)).transactions).toBeGreaterThan(SAVES);
    await b.admin.ok('organisation.update', { name: 'Renamed on B' });
    await syncOk(b);

    // The engine's own pull, as the runner called it before: the waiting saves become one transaction,
    // which a push then sends as one request whatever its size.
    await a.core.database.client.pull();
    const after = await changeLogAfter(a, 0);
    expect(after.transactions).toBe(1);
    expect(after.rowChanges).toBeGreaterThanOrEqual(ROW_CHANGES_PER_SAVE * SAVES);
  });

  it('waits in the runner until what waits has gone out, so batches stay small', async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    let refusePushes = false;
    recorder.beforeSend = (request) => {
      if (refusePushes && request.batch)
        throw new TypeError('fetch failed (the test refuses pushes)');
    };
    const device = await enrol(await newDevice({ fetch: recorder.fetch }), server, 'Waiting PC');
    await syncOk(device);
    const mark = await newestChangeId(device.core.database.client);
    const answerIds = await saveBacklog(device);

    refusePushes = true;
    const from = recorder.mark();
    const status = await device.core.sync.syncNow();
    // No pull went out while the push failed, and the saves are still their own transactions.
    expect(recorder.requests.slice(from).filter((r) => r.url.includes('pull'))).toEqual([]);
    expect(status.lastError).not.toBeNull();
    expect((await changeLogAfter(device, mark)).transactions).toBeGreaterThan(SAVES);

    refusePushes = false;
    const next = recorder.mark();
    await syncOk(device);
    const batches = recorder.takenSince(next);
    expect(batches.length).toBeGreaterThan(5);
    for (const batch of batches)
      expect(batch.rowChanges).toBeLessThan(PUSH_OPERATIONS_THRESHOLD + 4);
    expect(recorder.requests.slice(next).some((r) => r.url.includes('pull'))).toBe(true);
    const onServer = await server.query(
      `SELECT count(*) AS n FROM attempt_answers WHERE id IN (${answerIds.map(() => '?').join(',')})`,
      answerIds,
    );
    expect(onServer).toEqual([{ n: SAVES }]);
  });
});

describe('a stop while a pull waits for a push', () => {
  it('starts nothing after it: the pull that waited does not run, so the database closes with nothing in flight', async () => {
    const server = await startSyncServer();
    const urls: string[] = [];
    const gate: { holdNext: boolean; release: (() => void) | null } = {
      holdNext: false,
      release: null,
    };
    const fetchHolding: typeof fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      urls.push(url);
      if (gate.holdNext && describePushRequest(init?.body)) {
        gate.holdNext = false;
        await new Promise<void>((resolve) => {
          gate.release = resolve;
        });
        // Held past the stop, and sent whatever the stop says: the push then ends as it would
        // had its last batch been answered just before the quit.
        return fetch(input, { ...init, signal: null });
      }
      return fetch(input, init);
    };
    const device = await enrol(await newDevice({ fetch: fetchHolding }), server, 'Quitting PC');
    await syncOk(device);
    await saveBacklog(device);
    gate.holdNext = true;
    // As the app starts: the startup push at once, and the first pull waiting for it.
    device.core.sync.start();
    device.time.advance(0);
    while (!gate.release) await new Promise((resolve) => setTimeout(resolve, 20));
    const atStop = urls.length;
    const stopping = device.core.sync.stop(false);
    gate.release();
    await stopping;
    await device.core.sync.runner.idle();
    const after = urls.slice(atStop);
    // The push went on to its end; the pull that waited for it never started.
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((url) => url.includes('pull'))).toEqual([]);
    const onServer = await server.query('SELECT count(*) AS n FROM attempt_answers');
    expect(Number(onServer[0]?.n)).toBeGreaterThanOrEqual(SAVES);
  });
});
