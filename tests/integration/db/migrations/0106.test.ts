import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 106));

describe('migration 0106 (sealed media)', () => {
  it('adds the sealed copies table, empty, and keeps the previous version’s media as it was', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    const c = db.client;
    await c.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO media (id, client_id, sha256, mime, size, chunk_count, created_at)
        VALUES ('c-1:abc', 'c-1', 'abc', 'image/png', 3, 1, '2026-05-01T09:00:00.000Z');
      INSERT INTO media_chunks (id, client_id, media_id, seq, data) VALUES ('c-1:abc:0', 'c-1', 'c-1:abc', 0, x'010203');
    `);
    const before = {
      media: await c.all('SELECT * FROM media'),
      chunks: await c.all('SELECT * FROM media_chunks'),
    };

    const state = await migrate(c, { target: 106, nowIso });

    expect(state.databaseVersion).toBe(106);
    expect({
      media: await c.all('SELECT * FROM media'),
      chunks: await c.all('SELECT * FROM media_chunks'),
    }).toEqual(before);
    expect(await c.all('SELECT * FROM sealed_media_chunks')).toEqual([]);
    const columns = (await c.all('PRAGMA table_info(sealed_media_chunks)')) as Array<{
      name: string;
    }>;
    expect(columns.map((col) => col.name)).toEqual([
      'id',
      'client_id',
      'test_id',
      'sha256',
      'seq',
      'data',
    ]);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 106 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 106');
    const state = await migrate(db.client, { target: 106, nowIso });
    expect(state.databaseVersion).toBe(106);
  });
});
