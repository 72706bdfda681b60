import { describe, expect, it } from 'vitest';
import type { SyncProgress } from '@shared/domain/sync';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { ENGINE_BODY_CRASH_BYTES, MAX_REQUEST_BYTES } from '@shared/sync/push-limits';
import { backlogScope, writeAnswerBacklog } from '../../helpers/answer-backlog';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, syncOk } from '../../integration/sync/support/devices';
import { localRowChangesAfter, PushRecorder } from '../../integration/sync/support/push-recorder';

/** Enough answer saves that their push body, in one request, would abort the process. */
const SAVES = Number(process.env.PUSH_SLOW_SAVES ?? 30_000);

async function serverCount(server: SyncServer, table: string): Promise<number> {
  const [row] = await server.query(`SELECT count(*) AS n, count(DISTINCT id) AS d FROM ${table}`);
  if (row?.n !== row?.d) throw new Error(`${table} holds a row twice on the server`);
  return Number(row?.n);
}

describe('backlogs past the engine’s single-request size', () => {
  it(`${SAVES.toLocaleString('en-GB')} answer saves push completely, in requests of at most 16 MB`, async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    const device = await enrol(
      await newDevice({ fetch: recorder.fetch, timings: DEFAULT_SYNC_TIMINGS }),
      server,
      'Long day PC',
    );
    await syncOk(device);
    const client = device.core.database.client;
    const answersBefore = await serverCount(server, 'attempt_answers');
    const auditBefore = await serverCount(server, 'audit_logs');
    await writeAnswerBacklog(client, SAVES, {
      ids: device.core.env.ids,
      deviceId: device.core.device.deviceId,
    });
    const progress: SyncProgress[] = [];
    device.core.events.subscribe((name, payload) => {
      const status = payload as { progress: SyncProgress | null };
      if (name === 'sync.status' && status.progress) progress.push(status.progress);
    });
    recorder.beforeSend = () => device.time.clock.advance(250);

    const from = recorder.mark();
    expect(await device.core.sync.runner.pushNow('test')).toBe(true);

    const requests = recorder.requests.slice(from);
    const sentBytes = requests.reduce((sum, r) => sum + r.bytes, 0);
    // In one request, as before, this backlog would have aborted the process.
    expect(sentBytes).toBeGreaterThan(ENGINE_BODY_CRASH_BYTES);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    const batches = recorder.batchesSince(from);
    const rowChanges = batches.reduce((sum, b) => sum + b.rowChanges, 0);
    expect(rowChanges).toBe(await localRowChangesAfter(client, 0));
    expect(await serverCount(server, 'attempt_answers')).toBe(answersBefore + SAVES);
    expect(await serverCount(server, 'audit_logs')).toBe(auditBefore + SAVES);
    const counted = progress.flatMap((p) => (p.changes ? [p.changes] : []));
    expect(counted.at(-1)).toEqual({ sent: rowChanges, total: rowChanges });
    expect((await device.core.sync.runner.stats())?.pending).toBe(0);
  });

  it('a waiting transaction past the crash size is refused, and the app lives on', async () => {
    const server = await startSyncServer();
    const recorder = new PushRecorder();
    const device = await enrol(
      await newDevice({ fetch: recorder.fetch, timings: DEFAULT_SYNC_TIMINGS }),
      server,
      'Old import PC',
    );
    await syncOk(device);
    const client = device.core.database.client;
    const { clientId } = await backlogScope(client);
    // 36,000 questions of 4,000 characters in one transaction: about 150 MB in one request, which
    // the engine builds as one JavaScript array and V8 refuses by aborting the process.
    const text = 'q'.repeat(4_000);
    await client.transactionAsync(async (tx) => {
      for (let i = 0; i < 36_000; i += 1) {
        await tx.run(
          "INSERT INTO questions (id, client_id, question_text, question_type) VALUES (?, ?, ?, 'essay')",
          `old-import-${String(i).padStart(6, '0')}`,
          clientId,
          `${String(i)} ${text}`,
        );
      }
    })();
    const from = recorder.mark();
    const status = await device.core.sync.syncNow();
    expect(status.state).toBe('error');
    expect(status.lastError).toMatch(
      /^A change waiting on this computer is too large to send in one piece \(about \d+ MB in 36,000 row changes; the limit is 96 MB\)/,
    );
    expect(recorder.batchesSince(from)).toEqual([]);
    const [row] = await server.query(
      "SELECT count(*) AS n FROM questions WHERE id LIKE 'old-import-%'",
    );
    expect(row?.n).toBe(0);
    // Still alive and saving.
    await writeAnswerBacklog(client, 10, {
      ids: device.core.env.ids,
      deviceId: device.core.device.deviceId,
    });
    expect((await device.core.sync.runner.stats())?.pending).toBeGreaterThan(36_000);
  });
});
