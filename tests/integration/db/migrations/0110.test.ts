import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 110));

describe('migration 0110 (paper question count)', () => {
  it('adds the count column, empty on the attempts already there, whose rows stay as they were', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    const c = db.client;
    await c.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO profiles (id, name, email, client_id, role) VALUES ('p-1', 'Sam', 'sam@x', 'c-1', 'student');
      INSERT INTO tests (id, client_id, test_name) VALUES ('t-1', 'c-1', 'Physics');
      INSERT INTO attempts (id, student_id, test_id, client_id, status, paper)
        VALUES ('a-1', 'p-1', 't-1', 'c-1', 'in_progress', '{"entries":[{"questionId":"q-1"},{"questionId":"q-2"}]}');
    `);
    const before = await c.all('SELECT * FROM attempts');

    const state = await migrate(c, { target: 110, nowIso });

    expect(state.databaseVersion).toBe(110);
    const after = (await c.all('SELECT * FROM attempts')) as Array<Record<string, unknown>>;
    expect(after).toEqual(
      (before as Array<Record<string, unknown>>).map((row) => ({ ...row, question_count: null })),
    );
    const columns = (await c.all('PRAGMA table_info(attempts)')) as Array<{ name: string }>;
    expect(columns.at(-1)?.name).toBe('question_count');
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 110 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 110');
    const state = await migrate(db.client, { target: 110, nowIso });
    expect(state.databaseVersion).toBe(110);
  });
});
