import { randomUUID } from 'node:crypto';
import type { Core } from '@main/app/core';
import { signIn } from './api';
import { publishLabTest } from './lab-paper';

/**
 * A centre's database as a proctor's computer holds it after syncing: `live`
 * attempts in progress (one on this computer, the rest on 20 others) (each with its clock row, some
 * answers, some flagged-only rows, some integrity events), and `history`
 * attempts of earlier sittings, graded two days ago, 40 answers each. The
 * paper is the one a real start drew; the rows are written as sync brings them.
 * Returns, for each live attempt, how many questions it has an answer to.
 */
export interface ProctorFixture {
  answered: Map<string, number>;
  questionCount: number;
}

const DEVICES = 20;
const DAY_MS = 86_400_000;

export async function seedProctorConsole(
  core: Core,
  counts: { live: number; history: number },
): Promise<ProctorFixture> {
  const admin = await signIn(core, 'fixture-admin', 'admin@northfield.example');
  const testId = await publishLabTest(admin);
  const student = await signIn(core, 'fixture-student', 'student1@northfield.example');
  const session = await student.ok('exams.start', { testId });
  const client = core.database.client;
  const template = (await client.get(
    'SELECT client_id, paper, question_count, test_version, time_limit_ms FROM attempts WHERE id = ?',
    session.attemptId,
  )) as {
    client_id: string;
    paper: string;
    question_count: number;
    test_version: number;
    time_limit_ms: number;
  };
  const questionIds = session.questions.map((q) => q.questionId);
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const answered = new Map<string, number>();
  const answer = (i: number) => JSON.stringify({ type: 'single_choice', optionId: 'abcd'[i % 4] });

  await client.transactionAsync(async (tx) => {
    const attempt = async (
      n: number,
      status: string,
      startedMs: number,
      endedMs: number | null,
    ) => {
      const studentId = randomUUID();
      const attemptId = randomUUID();
      await tx.run(
        "INSERT INTO profiles (id, name, email, client_id, role) VALUES (?, ?, ?, ?, 'student')",
        studentId,
        `Student ${String(n)}`,
        `student-${String(n)}-${attemptId.slice(0, 8)}@lab.example`,
        template.client_id,
      );
      await tx.run(
        `INSERT INTO attempts (id, student_id, test_id, client_id, device_id, status, started_at, created_at, updated_at,
           submitted_at, submitted_by, attempt_no, test_version, shuffle_seed, paper, question_count, time_limit_ms, elapsed_ms,
           clock_persisted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`,
        attemptId,
        studentId,
        testId,
        template.client_id,
        `lab-device-${String(n % DEVICES).padStart(2, '0')}`,
        status,
        iso(startedMs),
        iso(startedMs),
        iso(endedMs ?? startedMs),
        endedMs === null ? null : iso(endedMs),
        endedMs === null ? null : 'student',
        template.test_version,
        randomUUID(),
        template.paper,
        template.question_count,
        template.time_limit_ms,
        endedMs === null ? 0 : endedMs - startedMs,
        iso(startedMs),
      );
      return attemptId;
    };

    // The attempt the paper came from is one of the live ones.
    for (let n = 0; n < counts.live - 1; n += 1) {
      const startedMs = now - 30 * 60_000 + n * 1_000;
      const attemptId = await attempt(n, 'in_progress', startedMs, null);
      const given = n % (questionIds.length + 1);
      const savedMs = startedMs + given * 20_000;
      await tx.run(
        'INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, clock_persisted_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        attemptId,
        template.client_id,
        // The heartbeat's, a little before the newest save, which carries the later time.
        Math.max(0, savedMs - startedMs - 3_000),
        iso(Math.max(startedMs, savedMs - 3_000)),
        iso(Math.max(startedMs, savedMs - 3_000)),
      );
      for (let q = 0; q < given; q += 1) {
        await tx.run(
          'INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, flagged, created_at, updated_at, elapsed_ms, save_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          randomUUID(),
          attemptId,
          questionIds[q],
          template.client_id,
          answer(q),
          q % 7 === 0 ? 1 : 0,
          iso(startedMs + q * 20_000),
          iso(startedMs + (q + 1) * 20_000),
          (q + 1) * 20_000,
          randomUUID(),
        );
      }
      // A question flagged for review with no answer yet: a row, but not an answer.
      if (given < questionIds.length && n % 3 === 0) {
        await tx.run(
          'INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, flagged, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, 1, ?, ?)',
          randomUUID(),
          attemptId,
          questionIds[given],
          template.client_id,
          iso(savedMs),
          iso(savedMs),
        );
      }
      for (let e = 0; e < n % 5; e += 1) {
        await tx.run(
          'INSERT INTO integrity_events (id, client_id, attempt_id, kind, device_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?)',
          randomUUID(),
          template.client_id,
          attemptId,
          e % 2 === 0 ? 'focus_lost' : 'clock_jump',
          `lab-device-${String(n % DEVICES).padStart(2, '0')}`,
          iso(startedMs + e * 60_000),
        );
      }
      answered.set(attemptId, given);
    }

    for (let n = 0; n < counts.history; n += 1) {
      const startedMs = now - 2 * DAY_MS - n * 60_000;
      const attemptId = await attempt(
        counts.live + n,
        'graded',
        startedMs,
        startedMs + 40 * 60_000,
      );
      for (let q = 0; q < questionIds.length; q += 1) {
        await tx.run(
          'INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, is_correct, marks_obtained, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          randomUUID(),
          attemptId,
          questionIds[q],
          template.client_id,
          answer(q + n),
          (q + n) % 4 === q % 4 ? 1 : 0,
          (q + n) % 4 === q % 4 ? 1 : 0,
          iso(startedMs),
          iso(startedMs),
        );
      }
    }
  })();
  answered.set(session.attemptId, 0);
  return { answered, questionCount: questionIds.length };
}
