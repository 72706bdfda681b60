import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

describe('migration 0052 (media)', () => {
  it('adds the media and chunk tables with their indexes, and leaves the bank as it was', async () => {
    const db = await openTestDatabase({ migrateTo: 51 });
    await db.client.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q-1', 'c-1', 'One?', 'essay');
    `);
    const before = await db.client.all('SELECT * FROM questions');

    const state = await migrate(db.client, { target: 52, nowIso });
    expect(state.databaseVersion).toBe(52);
    expect(await db.client.all('SELECT * FROM questions')).toEqual(before);

    await db.client.run(
      "INSERT INTO media (id, client_id, sha256, mime, size, chunk_count, created_at) VALUES ('c-1:ab', 'c-1', 'ab', 'image/png', 3, 1, ?)",
      nowIso(),
    );
    await db.client.run(
      "INSERT INTO media_chunks (id, client_id, media_id, seq, data) VALUES ('c-1:ab:0', 'c-1', 'c-1:ab', 0, ?)",
      new Uint8Array([1, 2, 3]),
    );
    const chunk = (await db.client.get('SELECT data FROM media_chunks')) as { data: Uint8Array };
    expect([...new Uint8Array(chunk.data)]).toEqual([1, 2, 3]);
    const indexes = (await db.client.all(
      "SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'idx_media%'",
    )) as Array<{ name: string }>;
    expect(indexes.map((i) => i.name).sort()).toEqual([
      'idx_media_chunks_media',
      'idx_media_client_sha',
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 52 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 52');
    expect((await migrate(db.client, { target: 52, nowIso })).databaseVersion).toBe(52);
  });
});
