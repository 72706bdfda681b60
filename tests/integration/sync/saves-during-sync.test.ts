import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, enrolledPair, newDevice, rows, type Device } from './support/devices';
import { saveUntil, startExam, type SaveOutcome } from './support/exam-saves';

/** Runs "Sync now" on a device back to back until `stop()`; returns its runs that failed. */
async function syncNowUntil(device: Device, stop: () => boolean): Promise<string[]> {
  const failed: string[] = [];
  while (!stop()) {
    const status = await device.core.sync.syncNow();
    if (status.lastError) failed.push(status.lastError);
  }
  return failed;
}

function failedRuns(device: Device, kind: 'push' | 'pull' | 'checkpoint'): string[] {
  return device.core.sync
    .historyList(10_000)
    .filter((run) => run.kind === kind && !run.ok)
    .map((run) => run.error ?? '');
}

function changedPulls(device: Device): number {
  return device.core.sync.historyList(10_000).filter((run) => run.kind === 'pull' && run.changed)
    .length;
}

async function storedAnswers(device: Device, attemptId: string): Promise<Map<string, string>> {
  const stored = await rows<{ question_id: string; student_answer: string }>(
    device,
    'SELECT question_id, student_answer FROM attempt_answers WHERE attempt_id = ?',
    attemptId,
  );
  return new Map(stored.map((r) => [r.question_id, r.student_answer]));
}

function expectAllKept(outcome: SaveOutcome, stored: Map<string, string>): void {
  expect(outcome.acknowledged.size).toBeGreaterThan(0);
  for (const [questionId, answer] of outcome.acknowledged) {
    expect(stored.get(questionId)).toBe(JSON.stringify(answer));
  }
}

describe('saves while sync runs', () => {
  it('two enrolled computers save back to back while both run Sync now over and over: no save fails, no pull fails', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const onA = await startExam(a, 'student1');
    const onB = await startExam(b, 'student2');
    // Until A has applied enough of B's saves mid-stream, and both have saved enough themselves.
    const enough = () => changedPulls(a) >= 12 && changedPulls(b) >= 12;
    let done = false;
    const deadline = Date.now() + 45_000;
    const stop = () => done || Date.now() > deadline;
    const [savesA, savesB, syncA, syncB] = await Promise.all([
      saveUntil(onA, stop),
      saveUntil(onB, stop),
      syncNowUntil(a, () => {
        if (enough()) done = true;
        return stop();
      }),
      syncNowUntil(b, stop),
    ]);
    expect(enough(), 'pulls that applied the other computer’s saves').toBe(true);
    expect(savesA.saves + savesB.saves).toBeGreaterThan(200);
    expect(savesA.failures).toEqual([]);
    expect(savesB.failures).toEqual([]);
    expect(syncA).toEqual([]);
    expect(syncB).toEqual([]);
    expect(failedRuns(a, 'pull')).toEqual([]);
    expect(failedRuns(b, 'pull')).toEqual([]);
    expectAllKept(savesA, await storedAnswers(a, onA.session.attemptId));
    expectAllKept(savesB, await storedAnswers(b, onB.session.attemptId));
    // And each computer's last answers reached the other one.
    await a.core.sync.syncNow();
    await b.core.sync.syncNow();
    await a.core.sync.syncNow();
    expectAllKept(savesB, await storedAnswers(a, onB.session.attemptId));
    expectAllKept(savesA, await storedAnswers(b, onA.session.attemptId));
  }, 120_000);
});

describe('checkpoints while saves stream in', () => {
  it('every checkpoint succeeds between two saves and empties the WAL', async () => {
    const server = await startSyncServer();
    const device = await enrol(await newDevice(), server, 'Lab PC C');
    await device.core.sync.syncNow();
    const taker = await startExam(device, 'student1');
    let checkpoints = 0;
    const stop = () => checkpoints >= 15;
    const walAfter: number[] = [];
    const [saves] = await Promise.all([
      saveUntil(taker, stop),
      (async () => {
        while (!stop()) {
          // Let some saves fill the WAL, then fold it while they keep coming.
          await new Promise((resolve) => setTimeout(resolve, 50));
          await device.core.sync.runner.checkpoint('test');
          checkpoints += 1;
          walAfter.push((await device.core.sync.runner.stats())?.walBytes ?? -1);
        }
      })(),
    ]);
    expect(saves.failures).toEqual([]);
    expect(saves.saves).toBeGreaterThan(checkpoints);
    expect(failedRuns(device, 'checkpoint')).toEqual([]);
    // Each checkpoint left at most the saves that came in after it.
    expect(Math.max(...walAfter)).toBeLessThan(1024 * 1024);
    expectAllKept(saves, await storedAnswers(device, taker.session.attemptId));
  }, 120_000);
});
