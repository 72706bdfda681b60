import { describe, expect, it } from 'vitest';
import { newestChangeId } from '@db/sync/push-backlog';
import { signedIn } from '../../helpers/core';
import { demoTestId } from '../../helpers/exam';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, newDevice, rows, syncOk, type Device } from './support/devices';

/** The tables of the row changes in the change log after `changeId` that a push sends, one per change. */
async function changedTablesAfter(device: Device, changeId: number): Promise<string[]> {
  const changed = await rows<{ table_name: string }>(
    device,
    `SELECT table_name FROM turso_cdc WHERE change_id > ? AND change_type != 2
       AND table_name IS NOT NULL AND substr(table_name, 1, 6) != 'turso_' ORDER BY change_id`,
    changeId,
  );
  return changed.map((r) => r.table_name).sort();
}

describe('an answer save on the wire', () => {
  it('is two row changes, the answer and its audit row, whether it adds, changes or flags an answer', async () => {
    const server = await startSyncServer();
    const device = await enrol(await newDevice(), server, 'Exam PC');
    await syncOk(device);
    const student = await signedIn(device.core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const tf = session.questions.find((q) => q.type === 'true_false');
    if (!tf) throw new Error('the demo paper has a true/false question');
    const saves = [
      { answer: { type: 'true_false' as const, value: true } },
      { answer: { type: 'true_false' as const, value: false } },
      { flagged: true },
    ];
    for (const save of saves) {
      // The chain head signed in the background after the start is not the save's.
      await device.core.auditChainIdle();
      const mark = await newestChangeId(device.core.database.client);
      const pending = (await device.core.sync.runner.stats())?.pending ?? 0;
      device.time.clock.advance(1_000);
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: tf.questionId,
        ...save,
      });
      await device.core.auditChainIdle();
      // Counted as the sync benchmark counts them: the runner's pending row changes.
      expect(((await device.core.sync.runner.stats())?.pending ?? 0) - pending).toBe(2);
      expect(await changedTablesAfter(device, mark)).toEqual(['attempt_answers', 'audit_logs']);
    }
  });
});
