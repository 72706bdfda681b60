import { join } from 'node:path';
import { openDatabase } from '../../../db/open';

/**
 * `seed-sitting.ts DATA_DIR TEST_ID STUDENT_EMAIL`: writes one finished sitting
 * of a published test into a stopped preview's database, the way the exam
 * runner on a lab machine commits it: the choice answered correctly and
 * auto-marked, the essay waiting for a grader.
 */
async function main(): Promise<void> {
  const [dataDir, testId, email] = process.argv.slice(2);
  if (!dataDir || !testId || !email)
    throw new Error('usage: seed-sitting DATA_DIR TEST_ID STUDENT_EMAIL');
  const db = await openDatabase({ path: join(dataDir, 'exam.db') });
  try {
    const c = db.client;
    const student = (await c.get('SELECT id, client_id FROM profiles WHERE email = ?', email)) as {
      id: string;
      client_id: string;
    };
    const links = (await c.all(
      `SELECT tq.question_id, tq.question_version_id, tq.marks, q.question_type, q.correct_answer
       FROM test_questions tq JOIN questions q ON q.id = tq.question_id
       WHERE tq.test_id = ? AND tq.deleted_at IS NULL ORDER BY tq.position`,
      testId,
    )) as Array<{
      question_id: string;
      question_version_id: string;
      marks: number;
      question_type: string;
      correct_answer: string | null;
    }>;
    const attemptId = '019d0000-0000-7000-8000-00000000e2e1';
    const paper = {
      seed: 'e2e',
      shuffled: false,
      entries: links.map((l) => ({
        questionId: l.question_id,
        versionId: l.question_version_id,
        marks: l.marks,
        optionOrder: null,
      })),
    };
    const total = links.reduce((s, l) => s + l.marks, 0);
    await c.run(
      `INSERT INTO attempts (id, client_id, student_id, test_id, status, score, total_marks, started_at, submitted_at, elapsed_ms, attempt_no, test_version, paper, device_id, submitted_by)
       VALUES (?, ?, ?, ?, 'needs_grading', 1, ?, '2026-06-01T09:00:00.000Z', '2026-06-01T09:12:00.000Z', 720000, 1, 1, ?, 'lab-pc-07', 'student')`,
      attemptId,
      student.client_id,
      student.id,
      testId,
      total,
      JSON.stringify(paper),
    );
    for (const [i, l] of links.entries()) {
      const essay = l.question_type === 'essay';
      const key = JSON.parse(l.correct_answer ?? 'null') as { optionId?: string } | null;
      await c.run(
        `INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, question_version_id, student_answer, is_correct, marks_obtained, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-06-01T09:11:00.000Z')`,
        `019d0000-0000-7000-8000-0000000e2a0${i}`,
        attemptId,
        l.question_id,
        student.client_id,
        l.question_version_id,
        JSON.stringify(
          essay
            ? {
                type: 'essay',
                text: 'Plants use light to turn carbon dioxide and water into sugar, giving off oxygen.',
              }
            : { type: 'single_choice', optionId: key?.optionId ?? 'a' },
        ),
        essay ? null : 1,
        essay ? null : l.marks,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
