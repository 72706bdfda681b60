import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 105));

describe('migration 0105 (sealed tests)', () => {
  it('adds the sealed flag and the key wraps to the previous version’s tests, every test not sealed, and keeps the rest as it was', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    const c = db.client;
    await c.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO tests (id, client_id, test_name, start_code_required) VALUES
        ('t-1', 'c-1', 'Mock paper', 1),
        ('t-2', 'c-1', 'Quiz', 0);
    `);
    const before = (await c.all('SELECT * FROM tests ORDER BY id')) as Array<
      Record<string, unknown>
    >;

    const state = await migrate(c, { target: 105, nowIso });

    expect(state.databaseVersion).toBe(105);
    expect(await c.all('SELECT * FROM tests ORDER BY id')).toEqual(
      before.map((row) => ({ ...row, sealed: 0, sealed_key_wraps: null })),
    );
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 105 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 105');
    const state = await migrate(db.client, { target: 105, nowIso });
    expect(state.databaseVersion).toBe(105);
    const columns = (await db.client.all('PRAGMA table_info(tests)')) as Array<{ name: string }>;
    expect(columns.filter((col) => col.name === 'sealed')).toHaveLength(1);
    expect(columns.filter((col) => col.name === 'sealed_key_wraps')).toHaveLength(1);
  });
});
