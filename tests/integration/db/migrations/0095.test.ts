import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 95));

describe('migration 0095 (sealed keys)', () => {
  it('adds the keyed duplicate hash to the previous version’s questions and the key wraps to its organisations, and keeps every key as it was', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    const c = db.client;
    await c.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO questions (id, client_id, question_text, question_type, correct_answer) VALUES
        ('q-1', 'c-1', 'Two and two?', 'numeric', '{"value":4,"tolerance":0,"toleranceMode":"absolute"}'),
        ('q-2', 'c-1', 'Write.', 'essay', NULL);
    `);
    const before = (await c.all('SELECT * FROM questions ORDER BY id')) as Array<
      Record<string, unknown>
    >;

    const state = await migrate(c, { target: 95, nowIso });

    expect(state.databaseVersion).toBe(95);
    // The plain keys stay readable as they are: the app seals them at its next start, not the migration.
    expect(await c.all('SELECT * FROM questions ORDER BY id')).toEqual(
      before.map((row) => ({ ...row, duplicate_mac: null })),
    );
    // The organisation gains an empty place for its key wraps; no wrap is made by the migration.
    expect(await c.all('SELECT id, content_key_wraps FROM clients')).toEqual([
      { id: 'c-1', content_key_wraps: null },
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 95 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 95');
    const state = await migrate(db.client, { target: 95, nowIso });
    expect(state.databaseVersion).toBe(95);
    const columns = (await db.client.all('PRAGMA table_info(questions)')) as Array<{
      name: string;
    }>;
    expect(columns.filter((col) => col.name === 'duplicate_mac')).toHaveLength(1);
    const clientColumns = (await db.client.all('PRAGMA table_info(clients)')) as Array<{
      name: string;
    }>;
    expect(clientColumns.filter((col) => col.name === 'content_key_wraps')).toHaveLength(1);
  });
});
