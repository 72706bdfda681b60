import type { SyncClient } from '@db/client';
import type { Device } from './devices';

/**
 * Writes attempts and answers the way the exam engine does: one small
 * transaction per saved answer, ids made on the device. Sync tests need the
 * data path, not the exam rules, so this stays plain SQL.
 */
export interface AnswerScope {
  clientId: string;
  studentId: string;
  testId: string;
  questionIds: string[];
}

export async function answerScope(client: SyncClient): Promise<AnswerScope> {
  const org = (await client.get('SELECT id FROM clients ORDER BY created_at, id LIMIT 1')) as {
    id: string;
  };
  const student = (await client.get(
    "SELECT id FROM profiles WHERE role = 'student' AND client_id = ? ORDER BY email LIMIT 1",
    org.id,
  )) as { id: string };
  const test = (await client.get(
    'SELECT id FROM tests WHERE client_id = ? ORDER BY id LIMIT 1',
    org.id,
  )) as {
    id: string;
  };
  const questions = (await client.all(
    'SELECT id FROM questions WHERE client_id = ? ORDER BY id',
    org.id,
  )) as Array<{
    id: string;
  }>;
  return {
    clientId: org.id,
    studentId: student.id,
    testId: test.id,
    questionIds: questions.map((q) => q.id),
  };
}

export async function startAttempt(
  client: SyncClient,
  scope: AnswerScope,
  attemptId: string,
  deviceId: string,
  nowIso: string,
): Promise<void> {
  await client.run(
    `INSERT INTO attempts (id, student_id, test_id, client_id, device_id, status, started_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'in_progress', ?, ?, ?)`,
    attemptId,
    scope.studentId,
    scope.testId,
    scope.clientId,
    deviceId,
    nowIso,
    nowIso,
    nowIso,
  );
}

export async function saveAnswer(
  client: SyncClient,
  scope: AnswerScope,
  answer: { id: string; attemptId: string; questionId: string; value: string; nowIso: string },
): Promise<void> {
  await client.transactionAsync(async (tx) => {
    await tx.run(
      `INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(attempt_id, question_id) DO UPDATE SET student_answer = excluded.student_answer, updated_at = excluded.updated_at`,
      answer.id,
      answer.attemptId,
      answer.questionId,
      scope.clientId,
      answer.value,
      answer.nowIso,
      answer.nowIso,
    );
    await tx.run(
      'UPDATE attempts SET last_saved_at = ?, updated_at = ? WHERE id = ?',
      answer.nowIso,
      answer.nowIso,
      answer.attemptId,
    );
  })();
}

/** `count` answers saved on the device, `perAttempt` to an attempt, one transaction each; returns their ids. */
export async function writeAnswers(
  device: Device,
  count: number,
  perAttempt = 25,
): Promise<string[]> {
  const client = device.core.database.client;
  const scope = await answerScope(client);
  const ids: string[] = [];
  let attemptId = '';
  for (let i = 0; i < count; i += 1) {
    if (i % perAttempt === 0) {
      attemptId = device.core.env.ids();
      await startAttempt(
        client,
        scope,
        attemptId,
        device.core.device.deviceId,
        '2026-06-01T09:00:00Z',
      );
    }
    const id = device.core.env.ids();
    ids.push(id);
    await saveAnswer(client, scope, {
      id,
      attemptId,
      questionId: scope.questionIds[i % perAttempt]!,
      value: `answer ${i}`,
      nowIso: '2026-06-01T09:30:00Z',
    });
  }
  return ids;
}
