import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

describe('migration 0045 (bounded writes)', () => {
  it('adds staged imports, the import id on questions and people, and the seal rows, keeping all data', async () => {
    const db = await openTestDatabase({ migrateTo: 40 });
    const c = db.client;
    await c.run("INSERT INTO clients (id, name) VALUES ('c1', 'Org')");
    await c.run(
      "INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q1', 'c1', 'Why?', 'essay')",
    );
    await c.run(
      "INSERT INTO profiles (id, name, email, client_id) VALUES ('p1', 'Ada', 'ada@x.example', 'c1')",
    );

    const state = await migrate(c, { target: 45, nowIso });
    expect(state.databaseVersion).toBe(45);

    expect(await c.get("SELECT question_text, import_id FROM questions WHERE id = 'q1'")).toEqual({
      question_text: 'Why?',
      import_id: null,
    });
    expect(await c.get("SELECT email, import_id FROM profiles WHERE id = 'p1'")).toEqual({
      email: 'ada@x.example',
      import_id: null,
    });
    const columns = async (table: string) =>
      ((await c.all(`PRAGMA table_info(${table})`)) as Array<{ name: string }>).map((r) => r.name);
    expect(await columns('staged_imports')).toEqual([
      'id',
      'client_id',
      'kind',
      'device_id',
      'status',
      'created_by',
      'created_at',
      'updated_at',
    ]);
    expect(await columns('sync_push_seals')).toEqual(['slot', 'n']);
    const indexes = (await c.all("SELECT name FROM sqlite_schema WHERE type = 'index'")) as Array<{
      name: string;
    }>;
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'idx_staged_imports_device',
        'idx_questions_import_id',
        'idx_profiles_import_id',
      ]),
    );
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 45 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 45');
    const state = await migrate(db.client, { target: 45, nowIso });
    expect(state.databaseVersion).toBe(45);
  });
});
