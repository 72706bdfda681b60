import { commitAnswerSave } from '@db/repositories/answer-saves';
import type { SyncClient } from '@db/client';
import type { GatedSyncDatabase } from '@db/sync/gated-database';
import { transactionRunner } from '@db/transaction';

/**
 * Unsent answer saves of the exam engine's real shape, for the push tests and
 * benchmark: each one is `commitAnswerSave` (the answer with the attempt's
 * clock and the save's receipt, and the audit row, in one transaction), 25 to an
 * attempt, on the first student and test of the organisation in the database.
 */

/** Row changes one answer save makes: the answer (carrying the clock) and the audit row; the chain head and clock row stay. */
export const ROW_CHANGES_PER_SAVE = 2;

export interface BacklogScope {
  clientId: string;
  studentId: string;
  testId: string;
  questionIds: string[];
}

const SAVED_AT = '2026-06-01T09:30:00.000Z';
const ANSWER = { type: 'single_choice', optionId: 'b' } as const;
const PER_ATTEMPT = 25;

export async function backlogScope(client: SyncClient): Promise<BacklogScope> {
  const org = (await client.get('SELECT id FROM clients ORDER BY id LIMIT 1')) as { id: string };
  const student = (await client.get(
    "SELECT id FROM profiles WHERE role = 'student' AND client_id = ? ORDER BY email LIMIT 1",
    org.id,
  )) as { id: string };
  const test = (await client.get(
    'SELECT id FROM tests WHERE client_id = ? ORDER BY id LIMIT 1',
    org.id,
  )) as { id: string };
  const questions = (await client.all(
    'SELECT id FROM questions WHERE client_id = ? ORDER BY id LIMIT ?',
    org.id,
    PER_ATTEMPT,
  )) as Array<{ id: string }>;
  return {
    clientId: org.id,
    studentId: student.id,
    testId: test.id,
    questionIds: questions.map((q) => q.id),
  };
}

/** Ids unique across runs of one process, in the UUID shape the app makes. */
export function backlogIds(prefix: string): () => string {
  let seq = 0;
  return () => {
    seq += 1;
    return `${prefix}${String(seq).padStart(8, '0')}-0000-7000-8000-000000000000`.slice(0, 36);
  };
}

/** A new in-progress attempt with its clock row, as starting an exam makes them. */
export async function startBacklogAttempt(
  client: SyncClient,
  scope: BacklogScope,
  attemptId: string,
): Promise<void> {
  await client.run(
    "INSERT INTO attempts (id, student_id, test_id, client_id, status) VALUES (?, ?, ?, ?, 'in_progress')",
    attemptId,
    scope.studentId,
    scope.testId,
    scope.clientId,
  );
  await client.run(
    'INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, updated_at) VALUES (?, ?, 0, ?)',
    attemptId,
    scope.clientId,
    SAVED_AT,
  );
}

/** One answer save, as the exam engine commits it. */
export async function saveBacklogAnswer(
  client: GatedSyncDatabase,
  scope: BacklogScope,
  save: { answerId: string; auditId: string; attemptId: string; questionId: string; n: number },
  deviceId: string,
): Promise<void> {
  const tenant = { clientId: scope.clientId, profileId: scope.studentId, role: 'student' as const };
  await commitAnswerSave(
    transactionRunner(() => ({ client, gate: client.gate })),
    tenant,
    {
      answerId: save.answerId,
      auditId: save.auditId,
      attemptId: save.attemptId,
      questionId: save.questionId,
      versionId: null,
      answer: ANSWER,
      flagged: undefined,
      elapsedMs: 60_000 + save.n,
      nowIso: SAVED_AT,
      deviceId,
    },
  );
}

/**
 * Writes `count` answer saves; returns the ids of the answers and attempts.
 * `ids` must not repeat across calls on one database.
 */
export async function writeAnswerBacklog(
  client: GatedSyncDatabase,
  count: number,
  options: { ids: () => string; deviceId: string; onProgress?: (done: number) => void },
): Promise<{ answerIds: string[]; attemptIds: string[] }> {
  const scope = await backlogScope(client);
  const perAttempt = Math.min(PER_ATTEMPT, scope.questionIds.length);
  const answerIds: string[] = [];
  const attemptIds: string[] = [];
  let attemptId = '';
  for (let i = 0; i < count; i += 1) {
    if (i % perAttempt === 0) {
      attemptId = options.ids();
      attemptIds.push(attemptId);
      await startBacklogAttempt(client, scope, attemptId);
    }
    const answerId = options.ids();
    answerIds.push(answerId);
    await saveBacklogAnswer(
      client,
      scope,
      {
        answerId,
        auditId: options.ids(),
        attemptId,
        questionId: scope.questionIds[i % perAttempt] ?? '',
        n: i,
      },
      options.deviceId,
    );
    if ((i + 1) % 1_000 === 0) options.onProgress?.(i + 1);
  }
  return { answerIds, attemptIds };
}
