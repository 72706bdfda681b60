import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';
/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 100));

type TestDb = Awaited<ReturnType<typeof openTestDatabase>>;

/** A running attempt saved by the previous app: its clock row holds the time and the receipt. */
async function insertRunningAttempt(db: TestDb): Promise<void> {
  await db.client.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
    INSERT INTO tests (id, client_id, test_name) VALUES ('t-1', 'c-1', 'Quiz');
    INSERT INTO questions (id, client_id, question_text, question_type) VALUES
      ('q-1', 'c-1', 'One', 'essay'), ('q-2', 'c-1', 'Two', 'essay');
    INSERT INTO attempts (id, student_id, test_id, status, client_id, started_at) VALUES
      ('a-1', 'p-1', 't-1', 'in_progress', 'c-1', '2026-06-01T08:00:00.000Z');
    INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, clock_persisted_at, last_saved_at, updated_at, last_save_hash)
      VALUES ('a-1', 'c-1', 42000, '2026-06-01T08:00:42.000Z', '2026-06-01T08:00:40.000Z', '2026-06-01T08:00:42.000Z', 'hash-of-last-save');
    INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, flagged, updated_at) VALUES
      ('n-1', 'a-1', 'q-1', 'c-1', '"one"', 0, '2026-06-01T08:00:20.000Z'),
      ('n-2', 'a-1', 'q-2', 'c-1', '"two"', 1, '2026-06-01T08:00:40.000Z');
  `);
}

const plan = async (db: TestDb, sql: string) =>
  ((await db.client.all(`EXPLAIN QUERY PLAN ${sql}`)) as Array<{ detail: string }>)
    .map((r) => r.detail)
    .join(' | ');

describe('migration 0100 (answer clock)', () => {
  it('adds the save’s elapsed time and receipt to answers, null on every existing row, and leaves the clock row as it was', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertRunningAttempt(db);
    const before = {
      answers: await db.client.all('SELECT * FROM attempt_answers ORDER BY id'),
      clocks: await db.client.all('SELECT * FROM attempt_clocks'),
    };

    const state = await migrate(db.client, { target: 100, nowIso });

    expect(state.databaseVersion).toBe(100);
    expect(await db.client.all('SELECT * FROM attempt_answers ORDER BY id')).toEqual(
      before.answers.map((row) => ({ ...(row as object), elapsed_ms: null, save_hash: null })),
    );
    expect(await db.client.all('SELECT * FROM attempt_clocks')).toEqual(before.clocks);
    await db.client.run(
      "UPDATE attempt_answers SET elapsed_ms = 45000, save_hash = 'hash-of-new-save' WHERE id = 'n-2'",
    );
    // An attempt's newest save is found by one search of the new index, with no sort.
    const newest =
      "SELECT elapsed_ms, updated_at FROM attempt_answers WHERE attempt_id = 'a-1' AND client_id = 'c-1' AND elapsed_ms IS NOT NULL ORDER BY elapsed_ms DESC, updated_at DESC LIMIT 1";
    const newestPlan = await plan(db, newest);
    expect(newestPlan).toContain('idx_attempt_answers_newest_save');
    expect(newestPlan).not.toContain('SORTER');
    expect(await db.client.all(newest)).toEqual([
      { elapsed_ms: 45000, updated_at: '2026-06-01T08:00:40.000Z' },
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertRunningAttempt(db);
    await migrate(db.client, { target: 100, nowIso });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 100');
    const state = await migrate(db.client, { target: 100, nowIso });
    expect(state.databaseVersion).toBe(100);
    expect(await db.client.get('SELECT count(*) AS n FROM attempt_answers')).toEqual({ n: 2 });
  });
});
