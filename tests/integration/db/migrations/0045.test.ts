import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

describe('migration 0045 (bounded writes)', () => {
  it('adds staged imports and push seals; questions and people already there stay live', async () => {
    const db = await openTestDatabase({ migrateTo: 40 });
    const c = db.client;
    await c.run("INSERT INTO clients (id, name) VALUES ('c1', 'Org')");
    await c.run(
      "INSERT INTO profiles (id, name, email, client_id) VALUES ('p1', 'Sam', 's@x', 'c1')",
    );
    await c.run(
      "INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q1', 'c1', 'Why?', 'essay')",
    );

    const state = await migrate(c, { target: 45, nowIso });
    expect(state.databaseVersion).toBe(45);

    expect(await c.all('SELECT id, import_id FROM questions')).toEqual([
      { id: 'q1', import_id: null },
    ]);
    expect(await c.all('SELECT id, import_id FROM profiles')).toEqual([
      { id: 'p1', import_id: null },
    ]);
    expect(await c.all('SELECT * FROM staged_imports')).toEqual([]);
    expect(await c.all('SELECT * FROM sync_push_seals')).toEqual([]);
    expect(
      await c.all(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('idx_staged_imports_device', 'idx_questions_import_id', 'idx_profiles_import_id') ORDER BY name",
      ),
    ).toEqual([
      { name: 'idx_profiles_import_id' },
      { name: 'idx_questions_import_id' },
      { name: 'idx_staged_imports_device' },
    ]);
    await c.run(
      "INSERT INTO staged_imports (id, client_id, kind, device_id, created_at, updated_at) VALUES ('i1', 'c1', 'questions', 'd1', 'x', 'x')",
    );
    expect(await c.all("SELECT status FROM staged_imports WHERE id = 'i1'")).toEqual([
      { status: 'staging' },
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 45 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 45');
    const state = await migrate(db.client, { target: 45, nowIso });
    expect(state.databaseVersion).toBe(45);
  });
});
