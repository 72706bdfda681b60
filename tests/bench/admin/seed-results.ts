import type { Core } from '@main/app/core';

/**
 * Writes `attempts` finished attempts of a test with `questions.length` answers
 * each straight into the tables (as delivery on many devices would), in one
 * transaction with multi-row inserts.
 */
export async function seedResults(
  core: Core,
  args: {
    clientId: string;
    testId: string;
    studentIds: readonly string[];
    questions: ReadonlyArray<{ id: string; options: string[] | null; marks: number; type: string }>;
    attempts: number;
  },
): Promise<void> {
  const client = core.database.client;
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  await client.exec('BEGIN');
  try {
    for (let a = 0; a < args.attempts; a += 1) {
      const attemptId = `019c0000-0000-7000-8000-${hex(a, 12)}`;
      const ability = random();
      const rows: unknown[] = [];
      let score = 0;
      let total = 0;
      for (const [qi, q] of args.questions.entries()) {
        const right = random() < 0.3 + ability * 0.6;
        let answer: unknown;
        let marks: number | null;
        if (q.type === 'essay') {
          answer = { type: 'essay', text: 'An answer of a few words.' };
          marks = Math.round(random() * q.marks);
        } else if (q.options) {
          const pick = right
            ? q.options[0]
            : q.options[1 + Math.floor(random() * (q.options.length - 1))];
          answer = { type: 'single_choice', optionId: pick };
          marks = right ? q.marks : 0;
        } else {
          answer = { type: 'true_false', value: right };
          marks = right ? q.marks : 0;
        }
        score += marks;
        total += q.marks;
        rows.push(
          `019c0000-0000-7000-9${hex(a, 3)}-${hex(qi, 12)}`,
          attemptId,
          q.id,
          args.clientId,
          JSON.stringify(answer),
          marks,
        );
      }
      await client.run(
        `INSERT INTO attempts (id, student_id, test_id, client_id, status, score, total_marks, started_at, submitted_at, elapsed_ms, attempt_no, device_id)
         VALUES (?, ?, ?, ?, 'graded', ?, ?, '2026-06-01T09:00:00.000Z', '2026-06-01T10:00:00.000Z', ?, 1, 'bench-device')`,
        attemptId,
        args.studentIds[a % args.studentIds.length],
        args.testId,
        args.clientId,
        score,
        total,
        3_000_000 + Math.floor(random() * 600_000),
      );
      const placeholders = args.questions.map(() => '(?, ?, ?, ?, ?, ?)').join(', ');
      await client.run(
        `INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, marks_obtained) VALUES ${placeholders}`,
        ...rows,
      );
      if (a % 50 === 0) {
        await client.run(
          "INSERT INTO integrity_events (id, client_id, attempt_id, kind, occurred_at) VALUES (?, ?, ?, 'focus_lost', '2026-06-01T09:10:00.000Z')",
          `019c0000-0000-7000-a000-${hex(a, 12)}`,
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
