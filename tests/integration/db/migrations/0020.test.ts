import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** An organisation, a student, a test and two attempts, one running and one submitted. */
async function insertAttempts(db: Awaited<ReturnType<typeof openTestDatabase>>): Promise<void> {
  const c = db.client;
  await c.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
    INSERT INTO tests (id, client_id, test_name) VALUES ('t-1', 'c-1', 'Quiz');
    INSERT INTO attempts (id, student_id, test_id, status, client_id, started_at, elapsed_ms,
      clock_persisted_at, last_saved_at, updated_at, paper)
      VALUES ('a-1', 'p-1', 't-1', 'in_progress', 'c-1', '2026-06-01T08:00:00.000Z', 65000,
        '2026-06-01T08:01:05.000Z', '2026-06-01T08:01:00.000Z', '2026-06-01T08:01:05.000Z', '{}');
    INSERT INTO attempts (id, student_id, test_id, status, client_id, started_at, submitted_at, elapsed_ms)
      VALUES ('a-2', 'p-1', 't-1', 'graded', 'c-1', '2026-05-01T08:00:00.000Z', '2026-05-01T08:30:00.000Z', 1800000);
  `);
}

describe('migration 0020 (attempt clocks)', () => {
  it('moves the clock of running attempts into its own table and leaves the attempts as they were', async () => {
    const db = await openTestDatabase({ migrateTo: 2 });
    await insertAttempts(db);
    const before = await db.client.all('SELECT * FROM attempts ORDER BY id');

    const state = await migrate(db.client, { target: 20, nowIso });

    expect(state.databaseVersion).toBe(20);
    expect(await db.client.all('SELECT * FROM attempt_clocks')).toEqual([
      {
        attempt_id: 'a-1',
        client_id: 'c-1',
        elapsed_ms: 65000,
        clock_persisted_at: '2026-06-01T08:01:05.000Z',
        last_saved_at: '2026-06-01T08:01:00.000Z',
        updated_at: '2026-06-01T08:01:05.000Z',
      },
    ]);
    expect(await db.client.all('SELECT * FROM attempts ORDER BY id')).toEqual(before);
    expect(
      await db.client.all(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND name = 'idx_attempt_clocks_client_id'",
      ),
    ).toEqual([{ name: 'idx_attempt_clocks_client_id' }]);
  });

  it('can run twice without changing anything', async () => {
    const db = await openTestDatabase({ migrateTo: 2 });
    await insertAttempts(db);
    await migrate(db.client, { target: 20, nowIso });
    const once = await db.client.all('SELECT * FROM attempt_clocks');
    await db.client.exec('DELETE FROM schema_migrations WHERE version = 20');
    await migrate(db.client, { target: 20, nowIso });
    expect(await db.client.all('SELECT * FROM attempt_clocks')).toEqual(once);
  });
});
