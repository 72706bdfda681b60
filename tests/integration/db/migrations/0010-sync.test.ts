import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

describe('migration 10 (sync)', () => {
  it('adds the sync columns and set-aside table and keeps existing rows', async () => {
    const database = await openTestDatabase({ migrateTo: 2 });
    const { client } = database;
    expect(database.schema.databaseVersion).toBe(2);
    await client.exec("INSERT INTO clients (id, name) VALUES ('c1', 'Org')");
    await client.exec(
      "INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q1', 'c1', 'Q', 'essay')",
    );
    await client.exec(
      "INSERT INTO question_versions (id, client_id, question_id, version, question_text, question_type, created_at) VALUES ('v1', 'c1', 'q1', 1, 'Q', 'essay', '2026-06-01')",
    );
    await client.exec("INSERT INTO devices (id, client_id, name) VALUES ('d1', 'c1', 'Lab PC')");

    const state = await migrate(client, { nowIso: () => '2026-06-01T10:00:00Z', target: 10 });
    expect(state.databaseVersion).toBe(10);
    expect(await client.all('SELECT id, resolves FROM question_versions')).toEqual([
      { id: 'v1', resolves: null },
    ]);
    expect(await client.all('SELECT id, name, unenrolled_at, last_error FROM devices')).toEqual([
      { id: 'd1', name: 'Lab PC', unenrolled_at: null, last_error: null },
    ]);
    await client.exec(
      "INSERT INTO sync_set_aside (id, client_id, table_name, row_id, reason, row_json, created_at) VALUES ('s1', 'c1', 'profiles', 'p1', 'clash', '{}', '2026-06-01')",
    );
    expect(await client.all('SELECT id FROM sync_set_aside')).toEqual([{ id: 's1' }]);
    // Running it again changes nothing.
    expect((await migrate(client, { nowIso: () => 'later', target: 10 })).databaseVersion).toBe(10);
  });
});
