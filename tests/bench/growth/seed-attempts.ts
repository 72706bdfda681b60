import type { SyncClient } from '@db/client';
import { summariseAnswers } from '@shared/analysis/answer-summary';
import { generator } from './corpus';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Students to spread the attempts over: a school year, not three demo people. */
export async function seedStudents(client: SyncClient, clientId: string, count: number) {
  const ids: string[] = [];
  const rows: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `019e0000-0000-7000-8000-${hex(i, 12)}`;
    ids.push(id);
    rows.push(
      id,
      `Student ${String(i % 997).padStart(3, '0')} ${String.fromCharCode(65 + (i % 26))}`,
    );
    rows.push(`growth-${i}@bench.example`, clientId);
  }
  for (let i = 0; i < count; i += 200) {
    const n = Math.min(200, count - i);
    await client.run(
      `INSERT OR IGNORE INTO profiles (id, name, email, client_id, role) VALUES ${Array.from({ length: n }, () => "(?, ?, ?, ?, 'student')").join(', ')}`,
      ...rows.slice(i * 4, (i + n) * 4),
    );
  }
  return ids;
}

/**
 * Writes `attempts` scored attempts of a test of single-choice questions
 * straight into the tables, as delivery on many devices would have left
 * them: the attempt, one answer per question, and the attempt's answer
 * summary made by the same function scoring uses. Multi-row inserts, a
 * transaction per 500 attempts.
 */
export async function seedAttempts(
  client: SyncClient,
  args: {
    clientId: string;
    testId: string;
    studentIds: readonly string[];
    questions: ReadonlyArray<{ id: string; key: string; options: readonly string[] }>;
    attempts: number;
    /** Distinguishes the ids of one seeded test from another's. */
    series: number;
  },
): Promise<void> {
  const g = generator(args.series * 7 + 1);
  const perTransaction = 500;
  for (let start = 0; start < args.attempts; start += perTransaction) {
    await client.exec('BEGIN');
    try {
      const end = Math.min(args.attempts, start + perTransaction);
      for (let a = start; a < end; a += 1) {
        const attemptId = `019f${hex(args.series, 4)}-0000-7000-8000-${hex(a, 12)}`;
        const ability = g.next();
        const answers: unknown[] = [];
        const cells: Array<{ questionId: string; answer: string; marks: number }> = [];
        let score = 0;
        for (const [qi, q] of args.questions.entries()) {
          const right = g.next() < 0.3 + ability * 0.6;
          const wrong = q.options.filter((o) => o !== q.key);
          const pick = right ? q.key : (wrong[Math.floor(g.next() * wrong.length)] ?? q.key);
          const answer = JSON.stringify({ type: 'single_choice', optionId: pick });
          const marks = right ? 1 : 0;
          score += marks;
          cells.push({ questionId: q.id, answer, marks });
          answers.push(`${attemptId.slice(0, 19)}9${hex(qi, 3)}-${hex(a, 12)}`, attemptId, q.id);
          answers.push(args.clientId, answer, marks, right ? 1 : 0);
        }
        await client.run(
          `INSERT INTO attempts (id, student_id, test_id, client_id, status, score, total_marks, started_at, submitted_at, elapsed_ms, attempt_no, device_id, updated_at)
           VALUES (?, ?, ?, ?, 'graded', ?, ?, '2026-06-01T09:00:00.000Z', '2026-06-01T10:00:00.000Z', ?, 1, 'bench-device', '2026-06-01T10:00:00.000Z')`,
          attemptId,
          args.studentIds[a % args.studentIds.length],
          args.testId,
          args.clientId,
          score,
          args.questions.length,
          3_000_000 + Math.floor(g.next() * 600_000),
        );
        await client.run(
          `INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, marks_obtained, is_correct)
           VALUES ${args.questions.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          ...answers,
        );
        await client.run(
          `INSERT INTO attempt_summaries (attempt_id, client_id, test_id, summary, updated_at) VALUES (?, ?, ?, ?, '2026-06-01T10:00:00.000Z')`,
          attemptId,
          args.clientId,
          args.testId,
          summariseAnswers(cells),
        );
        if (a % 50 === 0) {
          await client.run(
            "INSERT INTO integrity_events (id, client_id, attempt_id, kind, occurred_at) VALUES (?, ?, ?, 'focus_lost', '2026-06-01T09:10:00.000Z')",
            `${attemptId.slice(0, 19)}a000-${hex(a, 12)}`,
            args.clientId,
            attemptId,
          );
        }
      }
      await client.exec('COMMIT');
    } catch (error) {
      await client.exec('ROLLBACK');
      throw error;
    }
  }
}
