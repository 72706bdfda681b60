/**
 * `bench:sync`'s lab figures: two enrolled computers of one organisation on
 * the local sync server, each saving answers through the exam engine's own
 * save and transaction runner and telling the sync runner of each as the API
 * does, with the runner's loops on (pushes, pulls, checkpoints by the app's
 * own policy) and "Sync now" every half second on both. Counts the saves that failed and the largest WAL seen.
 */
import { commitAnswerSave } from '@db/repositories/answer-saves';
import type { Core } from '@main/app/core';

export interface LabScope {
  clientId: string;
  studentId: string;
  testId: string;
  questionIds: string[];
}

export interface SavesDuringSync {
  saves: number;
  errors: string[];
  walMaxBytes: number;
  checkpoints: { ok: number; failed: number };
  syncFailures: string[];
}

const SAVED_AT = '2026-06-01T09:30:00.000Z';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Each save reaches the main process as its own IPC message: sync's I/O runs between two. */
const nextMessage = () => new Promise((resolve) => setImmediate(resolve));

/** A new in-progress attempt with its clock row, as starting an exam makes them, in one transaction. */
async function startAttempt(core: Core, scope: LabScope, attemptId: string): Promise<void> {
  await core.env.transaction(async ({ sql }) => {
    await sql.run(
      "INSERT INTO attempts (id, student_id, test_id, client_id, status) VALUES (?, ?, ?, ?, 'in_progress')",
      attemptId,
      scope.studentId,
      scope.testId,
      scope.clientId,
    );
    await sql.run(
      'INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, updated_at) VALUES (?, ?, 0, ?)',
      attemptId,
      scope.clientId,
      SAVED_AT,
    );
  });
}

/** Saves `count` answers (or until `stop()`), 25 to an attempt; returns the writes that failed. */
async function saveStream(
  core: Core,
  scope: LabScope,
  count: number,
  stop: () => boolean,
): Promise<{ saves: number; errors: string[] }> {
  const tenant = { clientId: scope.clientId, profileId: scope.studentId, role: 'student' as const };
  const perAttempt = Math.min(25, scope.questionIds.length);
  const errors: string[] = [];
  let attemptId = '';
  let saves = 0;
  for (let i = 0; i < count && !stop(); i += 1) {
    if (i % perAttempt === 0 || attemptId === '') {
      // Starting an attempt is a write too: its failure counts, and the next save tries again.
      try {
        const next = core.env.ids();
        await startAttempt(core, scope, next);
        attemptId = next;
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        attemptId = '';
        await nextMessage();
        continue;
      }
    }
    try {
      await commitAnswerSave(core.env.transaction, tenant, {
        answerId: core.env.ids(),
        auditId: core.env.ids(),
        attemptId,
        questionId: scope.questionIds[i % perAttempt] ?? '',
        versionId: null,
        answer: { type: 'single_choice', optionId: i % 2 === 0 ? 'a' : 'b' },
        flagged: undefined,
        elapsedMs: 60_000 + i,
        nowIso: SAVED_AT,
        deviceId: core.device.deviceId,
      });
      // As the API does after every save that commits (electron/app/core.ts, afterMutation).
      core.sync.notifyMutation('soon', 'exams.saveAnswer');
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
    saves += 1;
    await nextMessage();
  }
  return { saves, errors };
}

async function syncNowEvery(core: Core, ms: number, stop: () => boolean): Promise<string[]> {
  const failures: string[] = [];
  while (!stop()) {
    const status = await core.sync.syncNow();
    if (status.lastError) failures.push(status.lastError);
    await sleep(ms);
  }
  return failures;
}

export async function savesDuringSync(
  a: { core: Core; scope: LabScope },
  b: { core: Core; scope: LabScope },
  count: number,
): Promise<SavesDuringSync> {
  let done = false;
  const stop = () => done;
  let walMaxBytes = 0;
  a.core.sync.start();
  b.core.sync.start();
  const sampling = (async () => {
    while (!done) {
      walMaxBytes = Math.max(walMaxBytes, (await a.core.sync.runner.stats())?.walBytes ?? 0);
      await sleep(100);
    }
  })();
  const [onA, onB, syncA, syncB] = await Promise.all([
    saveStream(a.core, a.scope, count, stop).finally(() => {
      done = true;
    }),
    saveStream(b.core, b.scope, count, stop),
    syncNowEvery(a.core, 500, stop),
    syncNowEvery(b.core, 500, stop),
  ]);
  await sampling;
  const runs = [...a.core.sync.historyList(200), ...b.core.sync.historyList(200)];
  const checkpoints = runs.filter((r) => r.kind === 'checkpoint');
  return {
    saves: onA.saves + onB.saves,
    errors: [...onA.errors, ...onB.errors],
    walMaxBytes,
    checkpoints: {
      ok: checkpoints.filter((r) => r.ok).length,
      failed: checkpoints.filter((r) => !r.ok).length,
    },
    syncFailures: [
      ...syncA,
      ...syncB,
      ...runs.filter((r) => r.kind !== 'checkpoint' && !r.ok).map((r) => r.error ?? ''),
    ],
  };
}
