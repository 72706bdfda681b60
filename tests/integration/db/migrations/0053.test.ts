import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

describe('migration 0053 (media plays)', () => {
  it('adds the play counts table beside the attempts, which stay as they were', async () => {
    const db = await openTestDatabase({ migrateTo: 52 });
    await db.client.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
      INSERT INTO tests (id, client_id, test_name) VALUES ('t-1', 'c-1', 'Quiz');
      INSERT INTO attempts (id, student_id, test_id, status, client_id) VALUES ('a-1', 'p-1', 't-1', 'in_progress', 'c-1');
    `);
    const before = await db.client.all('SELECT * FROM attempts');

    const state = await migrate(db.client, { target: 53, nowIso });
    expect(state.databaseVersion).toBe(53);
    expect(await db.client.all('SELECT * FROM attempts')).toEqual(before);
    await db.client.run(
      "INSERT INTO attempt_media_plays (id, client_id, attempt_id, question_id, media_sha256, plays, created_at, updated_at) VALUES ('x', 'c-1', 'a-1', 'q-1', 'ab', 2, ?, ?)",
      nowIso(),
      nowIso(),
    );
    expect(await db.client.all('SELECT attempt_id, plays FROM attempt_media_plays')).toEqual([
      { attempt_id: 'a-1', plays: 2 },
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 53 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 53');
    expect((await migrate(db.client, { target: 53, nowIso })).databaseVersion).toBe(53);
  });
});
