import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 60));

describe('migration 0060 (save receipt hash)', () => {
  it('adds the receipt column to the clocks of the previous version’s database and keeps every clock as it was', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    const c = db.client;
    await c.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
      INSERT INTO tests (id, client_id, test_name) VALUES ('t-1', 'c-1', 'Quiz');
      INSERT INTO attempts (id, student_id, test_id, status, client_id) VALUES ('a-1', 'p-1', 't-1', 'in_progress', 'c-1');
      INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, clock_persisted_at, last_saved_at, updated_at)
        VALUES ('a-1', 'c-1', 65000, '2026-06-01T08:01:05.000Z', '2026-06-01T08:01:00.000Z', '2026-06-01T08:01:05.000Z');
    `);

    const state = await migrate(c, { target: 60, nowIso });

    expect(state.databaseVersion).toBe(60);
    expect(await c.all('SELECT * FROM attempt_clocks')).toEqual([
      {
        attempt_id: 'a-1',
        client_id: 'c-1',
        elapsed_ms: 65000,
        clock_persisted_at: '2026-06-01T08:01:05.000Z',
        last_saved_at: '2026-06-01T08:01:00.000Z',
        updated_at: '2026-06-01T08:01:05.000Z',
        last_save_hash: null,
      },
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 60 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 60');
    const state = await migrate(db.client, { target: 60, nowIso });
    expect(state.databaseVersion).toBe(60);
    const columns = (await db.client.all('PRAGMA table_info(attempt_clocks)')) as Array<{
      name: string;
    }>;
    expect(columns.filter((col) => col.name === 'last_save_hash')).toHaveLength(1);
  });
});
