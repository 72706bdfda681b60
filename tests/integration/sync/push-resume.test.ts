import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '@main/app/data-dir';
import type { SyncProgress } from '@shared/domain/sync';
import { writeAnswerBacklog } from '../../helpers/answer-backlog';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { bundleChild, runChild } from './support/child-process';
import { enrol, newDevice, rows, syncOk } from './support/devices';
import { runFor, runsSince, startLoops } from './support/manual-time';
import { localRowChangesAfter, PushRecorder, serverMark } from './support/push-recorder';

const SAVES = 1_500;
/** Batches the server answers before the device is killed. */
const TAKEN_BEFORE_KILL = 3;

let script = '';
beforeAll(async () => {
  script = await bundleChild(join(import.meta.dirname, 'support/push-batch-child.ts'));
});
afterAll(() => {
  rmSync(script, { force: true });
});

describe('a push killed part-way', () => {
  it('resumes after the last batch the server took, and counts only what is left', async () => {
    const server = await startSyncServer();
    const first = await enrol(await newDevice(), server, 'Resume PC');
    await syncOk(first);
    const clientName = `exam-desk-${first.core.device.deviceId.slice(-12)}`;
    // Saved while the server is away, so closing the app cannot send them on its way out.
    await server.stop();
    const { answerIds } = await writeAnswerBacklog(first.core.database.client, SAVES, {
      ids: first.core.env.ids,
      deviceId: first.core.device.deviceId,
    });
    await first.core.close();
    // The engine keeps a closed file locked in this process, so the device goes on from a copy.
    const dataDir = tempDir('exam-resume-');
    cpSync(first.core.dataDir, dataDir, { recursive: true });
    await server.start();

    const child = runChild(script, [databasePath(dataDir), server.url, clientName]);
    const taken: Array<{ rowChanges: number; watermark: number }> = [];
    await child.waitForLine((line) => {
      const match = /^taken (\d+) (\d+)$/.exec(line);
      if (match) taken.push({ rowChanges: Number(match[1]), watermark: Number(match[2]) });
      return taken.length >= TAKEN_BEFORE_KILL;
    });
    child.child.kill('SIGKILL');
    const exit = await child.exited;
    expect(exit.signal, exit.stderr).toBe('SIGKILL');
    expect(child.lines).not.toContain('pushed');

    // The server committed what it answered, and perhaps the batch in flight at the kill.
    const markAtKill = await serverMark(server);
    expect(markAtKill).toBeGreaterThanOrEqual(taken.at(-1)?.watermark ?? Infinity);

    const recorder = new PushRecorder();
    const device = await newDevice({ dataDir, fetch: recorder.fetch });
    const client = device.core.database.client;
    const left = await localRowChangesAfter(client, markAtKill);
    const wholeBacklog = await localRowChangesAfter(client, 0);
    const takenBeforeKill = taken.reduce((sum, b) => sum + b.rowChanges, 0);
    // The engine's own count still includes the batches the server took before the kill.
    const pendingAtStart = (await device.core.sync.runner.stats())?.pending ?? 0;
    expect(pendingAtStart).toBeGreaterThan(left);

    const progress: SyncProgress[] = [];
    device.core.events.subscribe((name, payload) => {
      const status = payload as { progress: SyncProgress | null };
      if (name === 'sync.status' && status.progress) progress.push(status.progress);
    });
    recorder.beforeSend = () => device.time.clock.advance(250);
    // As the app starts: the startup push goes first, and the first pull waits for it.
    const startedAt = startLoops(device);
    await runFor(device, 0);
    expect(runsSince(device, 'push', startedAt)[0]).toMatchObject({ reason: 'startup', ok: true });

    const resumed = recorder.batchesSince(0);
    const resent = resumed.reduce((sum, b) => sum + b.rowChanges, 0);
    // Nothing the server had was sent again: the changes after its mark, plus this start's device record.
    expect(resent - left).toBeGreaterThanOrEqual(0);
    expect(resent - left).toBeLessThanOrEqual(2);
    expect(resent).toBeLessThanOrEqual(wholeBacklog - takenBeforeKill + 2);
    expect(resumed[0]?.watermark).toBeGreaterThan(markAtKill);

    // The status counted against what was left, not against the stale count of everything.
    const counted = progress.flatMap((p) => (p.changes ? [p.changes] : []));
    expect(counted.at(-1)).toEqual({ sent: resent, total: resent });
    expect(counted.slice(1).every((c) => c.total === resent)).toBe(true);

    const onServer = await server.query(
      `SELECT id FROM attempt_answers WHERE id IN (${answerIds.map(() => '?').join(',')})`,
      answerIds,
    );
    expect(onServer.map((r) => r.id).sort()).toEqual([...answerIds].sort());
    const localAudit = await rows<{ id: string }>(device, 'SELECT id FROM audit_logs ORDER BY id');
    const serverAudit = await server.query('SELECT id FROM audit_logs ORDER BY id');
    expect(serverAudit.map((r) => r.id)).toEqual(localAudit.map((r) => r.id));
  });
});
