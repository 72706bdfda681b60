import { textMatching } from '../../helpers/matchers';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrations } from '@db/migrations/index';
import { addColumn, sqlStep, type Migration } from '@db/migrations/types';
import { migrateRemote } from '@main/services/sync/remote-migrate';
import { startSyncServer } from '../../helpers/sync-server';
import { enrolledPair, syncOk } from './support/devices';

/** A migration from a newer app than this one. */
const fromNewerApp: Migration = {
  version: 999,
  name: 'from_a_newer_app',
  steps: [
    addColumn('questions', 'newer_app_note', 'TEXT'),
    sqlStep('CREATE TABLE IF NOT EXISTS newer_app_things (id TEXT PRIMARY KEY)'),
  ],
};

describe('schema safety across devices', () => {
  it('an app older than the tenant schema refuses to write and says to update', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const report = await migrateRemote({
      url: server.url,
      token: 'admin-token',
      nowIso: '2026-06-02T08:00:00Z',
      migrations: [...migrations, fromNewerApp],
    });
    expect(report).toMatchObject({
      before: latestSchemaVersion,
      after: 999,
      applied: [{ version: 999 }],
    });
    // Idempotent: a second run applies nothing.
    expect(
      (
        await migrateRemote({
          url: server.url,
          token: 't',
          nowIso: 'x',
          migrations: [...migrations, fromNewerApp],
        })
      ).applied,
    ).toEqual([]);

    await syncOk(a);
    const refused = await a.admin.call('organisation.update', { address: 'Written by an old app' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: textMatching(/update the app/i) },
    });
    const status = await a.core.sync.status();
    expect(status.updateRequired).toBe(true);
    expect((await a.admin.ok('app.info', {})).updateRequired).toBe(true);
    // Reading still works, and the other device is refused too once it pulls.
    expect((await a.admin.ok('questions.list', {})).total).toBeGreaterThan(0);
    await syncOk(b);
    expect(
      (
        await b.admin.call('questions.delete', {
          id: (await b.admin.ok('questions.list', { limit: 1 })).items[0]!.id,
        })
      ).ok,
    ).toBe(false);
    expect(await server.query('SELECT address FROM clients')).not.toContainEqual({
      address: 'Written by an old app',
    });
  });

  it('migrating an enrolled tenant reaches the devices on their next pull', async () => {
    const server = await startSyncServer();
    const { a } = await enrolledPair(server);
    const additive: Migration = {
      version: 11,
      name: 'additive_for_test',
      steps: [addColumn('tests', 'room_note', 'TEXT')],
    };
    await migrateRemote({
      url: server.url,
      token: 't',
      nowIso: '2026-06-02T08:00:00Z',
      migrations: [...migrations, additive],
    });
    await syncOk(a);
    const columns = (await a.core.database.client.all('PRAGMA table_info(tests)')) as Array<{
      name: string;
    }>;
    expect(columns.map((c) => c.name)).toContain('room_note');
  });
});
