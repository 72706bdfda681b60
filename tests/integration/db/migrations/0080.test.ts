import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';
/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 80));

/** A running attempt with two answers and a flag-only row, one event, and a graded attempt. */
async function insertProgress(db: Awaited<ReturnType<typeof openTestDatabase>>): Promise<void> {
  await db.client.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
    INSERT INTO tests (id, client_id, test_name) VALUES ('t-1', 'c-1', 'Quiz');
    INSERT INTO questions (id, client_id, question_text, question_type) VALUES
      ('q-1', 'c-1', 'One', 'essay'), ('q-2', 'c-1', 'Two', 'essay'), ('q-3', 'c-1', 'Three', 'essay');
    INSERT INTO attempts (id, student_id, test_id, status, client_id, started_at) VALUES
      ('a-1', 'p-1', 't-1', 'in_progress', 'c-1', '2026-06-01T08:00:00.000Z');
    INSERT INTO attempts (id, student_id, test_id, status, client_id, started_at, submitted_at) VALUES
      ('a-2', 'p-1', 't-1', 'graded', 'c-1', '2026-05-01T08:00:00.000Z', '2026-05-01T08:30:00.000Z');
    INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, flagged) VALUES
      ('n-1', 'a-1', 'q-1', 'c-1', '"one"', 0),
      ('n-2', 'a-1', 'q-2', 'c-1', '"two"', 1),
      ('n-3', 'a-1', 'q-3', 'c-1', NULL, 1);
    INSERT INTO integrity_events (id, client_id, attempt_id, kind, occurred_at) VALUES
      ('e-1', 'c-1', 'a-1', 'window_blur', '2026-06-01T08:10:00.000Z');
  `);
}

const plan = async (db: Awaited<ReturnType<typeof openTestDatabase>>, sql: string) =>
  ((await db.client.all(`EXPLAIN QUERY PLAN ${sql}`)) as Array<{ detail: string }>)
    .map((r) => r.detail)
    .join(' | ');

describe('migration 0080 (proctor progress)', () => {
  it('adds the console indexes over existing rows and leaves the data as it was', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertProgress(db);
    const tables = ['attempts', 'attempt_answers', 'integrity_events'];
    const before = await Promise.all(tables.map((t) => db.client.all(`SELECT * FROM ${t}`)));

    const state = await migrate(db.client, { target: 80, nowIso });

    expect(state.databaseVersion).toBe(80);
    expect(await Promise.all(tables.map((t) => db.client.all(`SELECT * FROM ${t}`)))).toEqual(
      before,
    );
    const indexes = (await db.client.all(
      "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND name IN ('idx_attempt_answers_given', 'idx_attempts_client_submitted', 'idx_integrity_events_attempt_kind') ORDER BY name",
    )) as Array<{ name: string; tbl_name: string }>;
    expect(indexes).toEqual([
      { name: 'idx_attempt_answers_given', tbl_name: 'attempt_answers' },
      { name: 'idx_attempts_client_submitted', tbl_name: 'attempts' },
      { name: 'idx_integrity_events_attempt_kind', tbl_name: 'integrity_events' },
    ]);
    // The answers given are counted from the index, which holds only rows with an answer.
    const given =
      "SELECT count(*) AS n FROM attempt_answers WHERE attempt_id = 'a-1' AND client_id = 'c-1' AND student_answer IS NOT NULL";
    expect(await plan(db, given)).toContain('idx_attempt_answers_given');
    expect(await db.client.get(given)).toEqual({ n: 2 });
    const ended =
      "SELECT id FROM attempts WHERE client_id = 'c-1' AND submitted_at >= '2026-04-01T00:00:00.000Z'";
    expect(await plan(db, ended)).toContain('idx_attempts_client_submitted');
    expect(await db.client.all(ended)).toEqual([{ id: 'a-2' }]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertProgress(db);
    await migrate(db.client, { target: 80, nowIso });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 80');
    const state = await migrate(db.client, { target: 80, nowIso });
    expect(state.databaseVersion).toBe(80);
    expect(await db.client.get('SELECT count(*) AS n FROM attempt_answers')).toEqual({ n: 3 });
  });
});
