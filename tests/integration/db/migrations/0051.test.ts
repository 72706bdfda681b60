import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

async function insertTestWithQuestions(db: Awaited<ReturnType<typeof openTestDatabase>>) {
  await db.client.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO tests (id, client_id, test_name, status, show_score) VALUES ('t-1', 'c-1', 'Quiz', 'published', 'never');
    INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q-1', 'c-1', 'One?', 'essay');
    INSERT INTO test_questions (id, client_id, test_id, question_id, position, marks, created_at, updated_at)
      VALUES ('tq-1', 'c-1', 't-1', 'q-1', 1, 2, '2026-05-01', '2026-05-01');
  `);
}

describe('migration 0051 (test review and groups)', () => {
  it('gives every test no review and all-or-nothing ordering, every link no group, and keeps the rest', async () => {
    const db = await openTestDatabase({ migrateTo: 50 });
    await insertTestWithQuestions(db);
    const testsBefore = await db.client.all('SELECT * FROM tests');
    const linksBefore = await db.client.all('SELECT * FROM test_questions');

    const state = await migrate(db.client, { target: 51, nowIso });
    expect(state.databaseVersion).toBe(51);
    expect(await db.client.all('SELECT * FROM tests')).toEqual(
      testsBefore.map((r) => ({
        ...(r as object),
        review_release: 'none',
        ordering_credit: 'all_or_nothing',
      })),
    );
    expect(await db.client.all('SELECT * FROM test_questions')).toEqual(
      linksBefore.map((r) => ({ ...(r as object), group_id: null })),
    );
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 50 });
    await insertTestWithQuestions(db);
    await migrate(db.client, { target: 51, nowIso });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 51');
    expect((await migrate(db.client, { target: 51, nowIso })).databaseVersion).toBe(51);
  });
});
