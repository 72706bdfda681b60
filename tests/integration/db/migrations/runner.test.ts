import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { createTestCore, signedIn } from '../../../helpers/core';
import { changedTables, snapshotDatabase } from '../../../helpers/db-snapshot';
import { insertSeedRows } from '../../../helpers/seed-schema';
import { openTestDatabase } from '../../../helpers/test-db';
import { tempDir } from '../../../helpers/temp-dir';

const nowIso = () => '2026-06-01T09:00:00.000Z';

async function schemaText(db: Awaited<ReturnType<typeof openTestDatabase>>): Promise<unknown[]> {
  return db.client.all(
    "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
  );
}

describe('the migration runner', () => {
  it('knows every migration, in rising order (each area numbers within its own range)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(versions.slice(0, 2)).toEqual([1, 2]);
    expect(latestSchemaVersion).toBe(Math.max(...versions));
  });

  it('stops at the target version', async () => {
    const db = await openTestDatabase({ migrateTo: 1 });
    expect(db.schema).toEqual({
      databaseVersion: 1,
      appVersion: latestSchemaVersion,
      outdated: false,
    });
    const profileColumns = (await db.client.all('PRAGMA table_info(profiles)')) as Array<{
      name: string;
    }>;
    expect(profileColumns.map((c) => c.name)).not.toContain('role');
  });

  it('running it again changes nothing', async () => {
    const db = await openTestDatabase({ migrateTo: 1 });
    await insertSeedRows(db.client);
    await migrate(db.client, { nowIso });
    const schema = await schemaText(db);
    const data = await snapshotDatabase(db.client);

    const later = () => '2026-07-01T00:00:00.000Z';
    const again = await migrate(db.client, { nowIso: later });
    const third = await migrate(db.client, { nowIso: later });

    expect(again).toEqual({
      databaseVersion: latestSchemaVersion,
      appVersion: latestSchemaVersion,
      outdated: false,
    });
    expect(third).toEqual(again);
    expect(await schemaText(db)).toEqual(schema);
    expect(changedTables(data, await snapshotDatabase(db.client))).toEqual([]);
  });

  it('every step can be replayed on a database that already has it', async () => {
    const db = await openTestDatabase({ migrateTo: 1 });
    await insertSeedRows(db.client);
    await migrate(db.client, { nowIso });
    const data = await snapshotDatabase(db.client);
    const replay = {
      version: latestSchemaVersion + 1,
      name: 'replay_everything',
      steps: migrations.flatMap((m) => m.steps),
    };
    const state = await migrate(db.client, { nowIso, migrations: [...migrations, replay] });
    expect(state.databaseVersion).toBe(replay.version);
    const after = await snapshotDatabase(db.client);
    expect(changedTables(data, after)).toEqual(['schema_migrations']);
  });

  it('reports a database from a newer app as outdated, and applies nothing', async () => {
    const db = await openTestDatabase();
    await db.client.run(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from_a_newer_app', '2026-09-01T00:00:00.000Z')",
      latestSchemaVersion + 5,
    );
    const schema = await schemaText(db);

    const state = await migrate(db.client, { nowIso });

    expect(state).toEqual({
      databaseVersion: latestSchemaVersion + 5,
      appVersion: latestSchemaVersion,
      outdated: true,
    });
    expect(await schemaText(db)).toEqual(schema);
  });

  it('an outdated database opens read-only: reads work, changes are refused, the app says why', async () => {
    const dataDir = tempDir('exam-outdated-');
    const first = await createTestCore({ dataDir });
    await first.database.client.run(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from_a_newer_app', '2026-09-01T00:00:00.000Z')",
      latestSchemaVersion + 1,
    );
    await first.close();

    const core = await createTestCore({ dataDir });
    expect(core.database.schema.outdated).toBe(true);
    const author = await signedIn(core, 'author');
    const info = await author.ok('app.info', {});
    expect(info).toMatchObject({ updateRequired: true, schemaVersion: latestSchemaVersion + 1 });
    expect((await author.ok('questions.list', {})).total).toBeGreaterThan(0);

    const before = await snapshotDatabase(core.database.client);
    const result = await author.call('tests.create', { settings: { name: 'Blocked' } });
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    expect(result.ok ? '' : result.error.message).toMatch(/newer version/);
    expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);

    // Ending a session is never refused.
    const signOut = await author.call('auth.signOut', {});
    expect(signOut.ok ? 'ok' : signOut.error).toBe('ok');
  });
});
