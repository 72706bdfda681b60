import { describe, expect, it } from 'vitest';
import type { SyncClient } from '@db/client';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { backlogScope, writeAnswerBacklog } from '../../helpers/answer-backlog';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, newDevice } from './support/devices';
import { runFor, runsSince, startLoops } from './support/manual-time';
import { PushRecorder } from './support/push-recorder';

/** Lowered from 96 MiB, so one transaction of a few MB stands for one that would abort the process. */
const LIMITS = { refusePendingTransactionBytes: 1024 * 1024 };

/** One transaction of `count` questions of 1,500 characters: an import as older versions wrote it. */
async function importInOneTransaction(client: SyncClient, count: number): Promise<string[]> {
  const { clientId } = await backlogScope(client);
  const ids = Array.from({ length: count }, (_, i) => `big-import-${String(i).padStart(5, '0')}`);
  await client.transactionAsync(async (tx) => {
    for (const [i, id] of ids.entries()) {
      await tx.run(
        "INSERT INTO questions (id, client_id, question_text, question_type) VALUES (?, ?, ?, 'essay')",
        id,
        clientId,
        `Question ${String(i)}: ${'x'.repeat(1_500)}`,
      );
    }
  })();
  return ids;
}

describe('a waiting transaction too large to push', () => {
  it('is refused before any of it is sent, says so in the status, and sync and saving go on', async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    const device = await enrol(
      await newDevice({ fetch: recorder.fetch, pushLimits: LIMITS, timings: DEFAULT_SYNC_TIMINGS }),
      server,
      'Import PC',
    );
    const client = device.core.database.client;
    const ids = { ids: device.core.env.ids, deviceId: device.core.device.deviceId };
    await device.core.sync.syncNow();

    // Many small transactions that pass the limit together push as usual: it is per transaction.
    await writeAnswerBacklog(client, 300, ids);
    const fine = await device.core.sync.syncNow();
    expect(fine).toMatchObject({ state: 'online', lastError: null, pendingChanges: 0 });

    const imported = await importInOneTransaction(client, 600);
    const from = recorder.mark();
    const refused = await device.core.sync.syncNow();
    expect(refused.state).toBe('error');
    expect(refused.lastError).toMatch(
      /^A change waiting on this computer is too large to send in one piece \(about \d+ MB in 600 row changes; the limit is 1 MB\)/,
    );
    expect(refused.pendingChanges).toBeGreaterThanOrEqual(600);
    // Not one push batch went out, and the pull after it still ran.
    expect(recorder.batchesSince(from)).toEqual([]);
    expect(recorder.requests.slice(from).some((r) => r.url.includes('pull'))).toBe(true);
    const onServer = await server.query(
      `SELECT count(*) AS n FROM questions WHERE id IN (${imported.map(() => '?').join(',')})`,
      imported,
    );
    expect(onServer).toEqual([{ n: 0 }]);
    const [push] = device.core.sync.historyList(5).filter((run) => run.kind === 'push');
    expect(push).toMatchObject({ ok: false, sentBytes: 0 });
    expect(push?.error).toContain('too large to send in one piece');

    // Saving still works, and the loops keep pulling; the push is looked at again every 10 minutes
    // (and on "Sync now"), not at every change.
    await writeAnswerBacklog(client, 5, ids);
    const startedAt = startLoops(device);
    const batchesBefore = recorder.batchesSince(0).length;
    await runFor(device, 11 * 60_000);
    const pushes = runsSince(device, 'push', startedAt);
    expect(pushes.map((run) => run.ok)).toEqual([false]);
    expect(pushes[0]?.atMs).toBeGreaterThanOrEqual(9 * 60_000);
    expect(pushes[0]?.error).toContain('too large to send in one piece');
    expect(runsSince(device, 'pull', startedAt).filter((run) => run.ok).length).toBeGreaterThan(30);
    expect(recorder.batchesSince(0)).toHaveLength(batchesBefore);
    expect(device.core.sync.runner.current()).toMatchObject({
      state: 'error',
      lastError: refused.lastError,
    });
  });
});
