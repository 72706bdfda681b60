import { describe, expect, it } from 'vitest';
import type { SyncProgress } from '@shared/domain/sync';
import { MAX_REQUEST_BYTES, PUSH_OPERATIONS_THRESHOLD } from '@shared/sync/push-limits';
import { ROW_CHANGES_PER_SAVE, writeAnswerBacklog } from '../../helpers/answer-backlog';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, rows, syncOk } from './support/devices';
import { localRowChangesAfter, PushRecorder, serverMark } from './support/push-recorder';

const SAVES = 1_000;
const PER_ATTEMPT = 25;
/** Per save: the answer (carrying the clock) and the audit row; per attempt: the attempt and its clock. */
const ROW_CHANGES = ROW_CHANGES_PER_SAVE * SAVES + 2 * (SAVES / PER_ATTEMPT);
/** The largest transaction in this backlog (one save). */
const LARGEST_TRANSACTION = ROW_CHANGES_PER_SAVE;

describe('pushing a backlog of answer saves', () => {
  it('goes out in batches of about 256 row changes, every row once, and counts them as the server takes them', async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    const device = await enrol(await newDevice({ fetch: recorder.fetch }), server, 'Backlog PC');
    await syncOk(device);
    const client = device.core.database.client;
    const { answerIds } = await writeAnswerBacklog(client, SAVES, {
      ids: device.core.env.ids,
      deviceId: device.core.device.deviceId,
    });
    const pendingBefore = (await device.core.sync.runner.stats())?.pending;
    expect(pendingBefore).toBe(ROW_CHANGES);

    const progress: SyncProgress[] = [];
    device.core.events.subscribe((name, payload) => {
      if (name === 'sync.status') {
        const status = payload as { progress: SyncProgress | null };
        if (status.progress) progress.push(status.progress);
      }
    });
    // Each request takes a quarter of a second, so the status shows every batch (it shows at most 5 a second).
    recorder.beforeSend = () => device.time.clock.advance(250);
    const from = recorder.mark();
    // Push only: a pull would renumber the change log this test reads back.
    expect(await device.core.sync.runner.pushNow('test')).toBe(true);

    const batches = recorder.batchesSince(from);
    const sent = batches.reduce((sum, b) => sum + b.rowChanges, 0);
    // Everything in the change log went, once: the backlog and the device record written before the
    // push (the pull after enrolling started the log afresh).
    expect(sent).toBe(await localRowChangesAfter(client, 0));
    expect(sent - ROW_CHANGES).toBeGreaterThanOrEqual(0);
    expect(sent - ROW_CHANGES).toBeLessThanOrEqual(2);
    expect(batches.length).toBeGreaterThanOrEqual(
      Math.floor(sent / (PUSH_OPERATIONS_THRESHOLD + 3)),
    );
    for (const batch of batches.slice(0, -1)) {
      // A batch closes at the first commit once it holds 256 row changes: at most one save more.
      expect(batch.rowChanges).toBeGreaterThanOrEqual(PUSH_OPERATIONS_THRESHOLD);
      expect(batch.rowChanges).toBeLessThan(PUSH_OPERATIONS_THRESHOLD + LARGEST_TRANSACTION);
    }
    const marks = batches.map((b) => b.watermark);
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
    expect(new Set(marks).size).toBe(marks.length);
    expect(await serverMark(server)).toBe(marks.at(-1));
    const largest = Math.max(...recorder.requests.slice(from).map((r) => r.bytes));
    expect(largest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    // The batches are small in bytes too: about 1.2 KB per row change.
    expect(largest).toBeLessThan(512 * 1024);

    const onServer = await server.query(
      `SELECT id FROM attempt_answers WHERE id IN (${answerIds.map(() => '?').join(',')})`,
      answerIds,
    );
    expect(onServer.map((r) => r.id).sort()).toEqual([...answerIds].sort());
    const localAudit = await rows<{ id: string }>(device, 'SELECT id FROM audit_logs ORDER BY id');
    const serverAudit = await server.query('SELECT id FROM audit_logs ORDER BY id');
    expect(serverAudit.map((r) => r.id)).toEqual(localAudit.map((r) => r.id));

    // The status counted the batches the server took: one step per batch, up to all of them.
    const counted = progress.flatMap((p) => (p.phase === 'push' && p.changes ? [p.changes] : []));
    const cumulative = batches.map((_, i) =>
      batches.slice(0, i + 1).reduce((sum, b) => sum + b.rowChanges, 0),
    );
    expect(counted.map((c) => c.sent)).toEqual(cumulative);
    // The total starts as what was waiting, then is counted again from the first batch's mark.
    expect([pendingBefore, sent]).toContain(counted[0]?.total);
    expect(counted.slice(1).map((c) => c.total)).toEqual(counted.slice(1).map(() => sent));
    expect(device.core.sync.runner.current().progress).toBeNull();
    expect((await device.core.sync.runner.stats())?.pending).toBe(0);
  });
});
