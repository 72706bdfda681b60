import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';
/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 90));

async function insertOrganisationAndSettings(
  db: Awaited<ReturnType<typeof openTestDatabase>>,
): Promise<void> {
  await db.client.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
    INSERT INTO display_settings (profile_id, client_id, text_size, theme, updated_at)
      VALUES ('p-1', 'c-1', 'large', 'dark', '2026-05-01T08:00:00.000Z');
  `);
}

describe('migration 0090 (languages)', () => {
  it('adds a language to organisations and display settings, null on every existing row', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertOrganisationAndSettings(db);
    const before = {
      clients: await db.client.all('SELECT * FROM clients'),
      settings: await db.client.all('SELECT * FROM display_settings'),
    };

    const state = await migrate(db.client, { target: 90, nowIso });

    expect(state.databaseVersion).toBe(90);
    const clients = (await db.client.all('SELECT * FROM clients')) as Array<
      Record<string, unknown>
    >;
    const settings = (await db.client.all('SELECT * FROM display_settings')) as Array<
      Record<string, unknown>
    >;
    expect(clients).toEqual(before.clients.map((row) => ({ ...(row as object), language: null })));
    expect(settings).toEqual(
      before.settings.map((row) => ({ ...(row as object), language: null })),
    );
    await db.client.run("UPDATE clients SET language = 'ar' WHERE id = 'c-1'");
    expect(await db.client.get("SELECT language FROM clients WHERE id = 'c-1'")).toEqual({
      language: 'ar',
    });
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertOrganisationAndSettings(db);
    await migrate(db.client, { target: 90, nowIso });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 90');
    const state = await migrate(db.client, { target: 90, nowIso });
    expect(state.databaseVersion).toBe(90);
    expect(await db.client.get('SELECT count(*) AS n FROM display_settings')).toEqual({ n: 1 });
  });
});
