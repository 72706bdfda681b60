import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '@shared/sync/backoff';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { pushSpreadMs } from '@shared/sync/push-spread';
import { signedIn } from '../../helpers/core';
import { demoTestId } from '../../helpers/exam';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { writeAnswers } from './support/answers';
import { enrol, newDevice, syncOk, type Device } from './support/devices';
import { runFor, runsSince, startLoops } from './support/manual-time';

/**
 * An enrolled device on the default timings, its loops running, that wrote
 * `saves` answers during an outage and has just failed its first push of them.
 */
async function backFromOutage(saves: number, draw: number) {
  const server = await startSyncServer();
  const device = await enrol(
    await newDevice({ timings: DEFAULT_SYNC_TIMINGS, random: () => draw }),
    server,
    'Spread',
  );
  await syncOk(device);
  const startedAt = startLoops(device);
  await runFor(device, 1_000);
  await server.stop();
  await writeAnswers(device, saves);
  // A status check finds the backlog and asks for a push, which fails.
  for (let i = 0; i < 100 && runsSince(device, 'push', startedAt).length === 0; i += 1) {
    await runFor(device, 100);
  }
  const [failed] = runsSince(device, 'push', startedAt);
  if (!failed || failed.ok) throw new Error('the push during the outage did not fail');
  await server.start();
  const retryDueMs =
    failed.atMs + backoffDelayMs(1, draw) + pushSpreadMs('retry', failed.pendingAfter, draw);
  return { server, device, startedAt, failed, retryDueMs };
}

const answersOnServer = async (server: SyncServer): Promise<number> =>
  Number((await server.query('SELECT count(*) AS n FROM attempt_answers'))[0]?.n);

/** Moves the device's time to `atMs` after `startedAt` (wall), running what falls due. */
const runTo = (device: Device, startedAt: number, atMs: number) =>
  runFor(device, startedAt + atMs - device.time.clock.nowMs());

/** A student of the device in an exam, with a choice question to answer. */
async function studentInExam(device: Device) {
  // student1 holds the backlog's attempts; student2 sits the demo exam.
  const student = await signedIn(device.core, 'student2');
  const session = await student.ok('exams.start', { testId: await demoTestId(student) });
  const question = session.questions.find((q) => q.type === 'single_choice')!;
  const save = () =>
    student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: question.questionId,
      answer: { type: 'single_choice', optionId: question.options![0]!.id },
    });
  return { student, session, save };
}

describe('spreading a backlog when a computer comes back after an outage', () => {
  it.each([
    { draw: 0, spread: false },
    { draw: 0.5, spread: true },
  ])(
    'the next try waits the backoff plus the backlog share of the window (draw $draw)',
    async ({ draw, spread }) => {
      const { server, device, startedAt, failed, retryDueMs } = await backFromOutage(200, draw);
      const share = pushSpreadMs('retry', failed.pendingAfter, draw);
      expect(share > 0).toBe(spread);

      await runTo(device, startedAt, retryDueMs - 1);
      expect(runsSince(device, 'push', startedAt)).toHaveLength(1);
      expect(await answersOnServer(server)).toBe(0);
      await runTo(device, startedAt, retryDueMs);
      const pushes = runsSince(device, 'push', startedAt);
      expect(pushes.map((run) => [run.atMs, run.ok])).toEqual([
        [failed.atMs, false],
        [retryDueMs, true],
      ]);
      expect(await answersOnServer(server)).toBe(200);
      expect((await device.core.sync.status()).pendingChanges).toBe(0);
    },
  );

  it('holds a backlog at most the bound, and a save during the hold commits at once and goes with it', async () => {
    const { server, device, startedAt, failed, retryDueMs } = await backFromOutage(800, 0.9);
    // The hold outlasts the debounce, so the save below would have gone sooner without it.
    expect(retryDueMs - failed.atMs - backoffDelayMs(1, 0.9)).toBeGreaterThan(
      DEFAULT_SYNC_TIMINGS.pushDebounceMs,
    );
    expect(retryDueMs - failed.atMs).toBeLessThanOrEqual(backoffDelayMs(1, 0.9) + 15_000);
    const { save } = await studentInExam(device);
    const before = device.time.clock.nowMs();
    const receipt = await save();
    // The save returned with no time passing: its commit waits for no push.
    expect(device.time.clock.nowMs()).toBe(before);
    expect(receipt.savedAt).toBe(new Date(before).toISOString());

    await runTo(device, startedAt, retryDueMs - 1);
    expect(runsSince(device, 'push', startedAt)).toHaveLength(1);
    expect(await answersOnServer(server)).toBe(0);
    await runTo(device, startedAt, retryDueMs);
    expect(runsSince(device, 'push', startedAt).at(-1)).toMatchObject({
      atMs: retryDueMs,
      ok: true,
    });
    // The backlog and the save made during the hold went together, no later than the hold.
    expect(await answersOnServer(server)).toBe(801);
  });

  it('a submitted attempt still pushes at once during the hold, taking the backlog with it', async () => {
    const { server, device, startedAt, retryDueMs } = await backFromOutage(800, 0.9);
    const { student, session } = await studentInExam(device);
    const submitAtMs = device.time.clock.nowMs() - startedAt + 100;
    expect(submitAtMs).toBeLessThan(retryDueMs);
    await runTo(device, startedAt, submitAtMs);
    await student.ok('exams.submit', { attemptId: session.attemptId });
    await runFor(device, 0);
    expect(runsSince(device, 'push', startedAt).at(-1)).toMatchObject({
      atMs: submitAtMs,
      reason: 'exams.submit',
      ok: true,
    });
    expect(
      await server.query(`SELECT status FROM attempts WHERE id = '${session.attemptId}'`),
    ).toEqual([{ status: 'graded' }]);
    const backlogOnServer = await server.query(
      `SELECT count(*) AS n FROM attempt_answers WHERE attempt_id != '${session.attemptId}'`,
    );
    expect(backlogOnServer).toEqual([{ n: 800 }]);
  });
});
