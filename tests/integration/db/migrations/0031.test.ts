import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

describe('migration 0031 (report summaries)', () => {
  it('adds the summaries table and the index of ungraded answers, keeping every answer', async () => {
    const db = await openTestDatabase({ migrateTo: 30 });
    const c = db.client;
    await c.run("INSERT INTO clients (id, name) VALUES ('c1', 'Org')");
    await c.run(
      "INSERT INTO profiles (id, name, email, client_id) VALUES ('p1', 'Sam', 's@x', 'c1')",
    );
    await c.run("INSERT INTO tests (id, client_id, test_name) VALUES ('t1', 'c1', 'Quiz')");
    await c.run(
      "INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q1', 'c1', 'Why?', 'essay')",
    );
    await c.run(
      "INSERT INTO attempts (id, student_id, test_id, client_id, status) VALUES ('a1', 'p1', 't1', 'c1', 'needs_grading')",
    );
    await c.run(
      "INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, marks_obtained) VALUES ('x1', 'a1', 'q1', 'c1', NULL)",
    );

    const state = await migrate(c, { target: 31, nowIso });
    expect(state.databaseVersion).toBe(31);

    expect(await c.all('SELECT * FROM attempt_summaries')).toEqual([]);
    expect(
      await c.all(
        "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND name IN ('idx_attempt_answers_ungraded', 'idx_attempt_summaries_test_id') ORDER BY name",
      ),
    ).toEqual([
      { name: 'idx_attempt_answers_ungraded', tbl_name: 'attempt_answers' },
      { name: 'idx_attempt_summaries_test_id', tbl_name: 'attempt_summaries' },
    ]);
    expect(
      await c.all(
        'SELECT attempt_id FROM attempt_answers WHERE attempt_id = ? AND marks_obtained IS NULL',
        'a1',
      ),
    ).toEqual([{ attempt_id: 'a1' }]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 31 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 31');
    const state = await migrate(db.client, { target: 31, nowIso });
    expect(state.databaseVersion).toBe(31);
  });
});
