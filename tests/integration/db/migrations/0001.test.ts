import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '@db/migrate';
import { appTables } from '../../../helpers/db-snapshot';
import {
  createPublishedSchema,
  indexesOf,
  insertSeedRows,
  publishedIndexes,
  readSeedRows,
  seedTableNames,
} from '../../../helpers/seed-schema';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** `CREATE INDEX name ON table(a, b)` -> its shape. */
const publishedIndexShapes = publishedIndexes.map((sql) => {
  const m = /^CREATE INDEX (\w+) ON (\w+)\(([^)]+)\)$/.exec(sql);
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`cannot read ${sql}`);
  return { name: m[1], table: m[2], unique: false, columns: m[3].split(',').map((c) => c.trim()) };
});

async function migrationRows(db: Awaited<ReturnType<typeof openTestDatabase>>): Promise<unknown[]> {
  return db.client.all('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
}

describe('migration 0001 (the published Exam Portal schema)', () => {
  it('on an empty database creates the nine tables and eight indexes, and records itself', async () => {
    const db = await openTestDatabase({ migrateTo: 0 });
    expect(await appTables(db.client)).toEqual(['schema_migrations']);

    const state = await migrate(db.client, { target: 1, nowIso });

    expect(state).toEqual({ databaseVersion: 1, appVersion: latestSchemaVersion, outdated: false });
    expect(await appTables(db.client)).toEqual([...seedTableNames, 'schema_migrations'].sort());
    expect(await indexesOf(db.client)).toEqual(
      [...publishedIndexShapes].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(await migrationRows(db)).toEqual([
      { version: 1, name: 'exam_portal', applied_at: '2026-06-01T09:00:00.000Z' },
    ]);
  });

  it('fills the published defaults on rows that leave them out', async () => {
    const db = await openTestDatabase({ migrateTo: 1 });
    await insertSeedRows(db.client);
    const client = (await db.client.get("SELECT * FROM clients WHERE id = 'c-2'")) as Record<
      string,
      unknown
    >;
    expect(client.active_status).toBe(1);
    expect(client.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const test = (await db.client.get(
      "SELECT shuffle, allow_review, status FROM tests WHERE id = 't-2'",
    )) as unknown;
    expect(test).toEqual({ shuffle: 0, allow_review: 1, status: 'draft' });
    const question = (await db.client.get(
      "SELECT marks FROM questions WHERE id = 'q-2'",
    )) as unknown;
    expect(question).toEqual({ marks: 1 });
    const attempt = (await db.client.get(
      "SELECT status FROM attempts WHERE id = 'a-2'",
    )) as unknown;
    expect(attempt).toEqual({ status: 'in_progress' });
    const sub = (await db.client.get(
      "SELECT status FROM client_subscriptions WHERE id = 's-2'",
    )) as unknown;
    expect(sub).toEqual({ status: 'active' });
  });

  it('adopts a database the Exam Portal made: its rows stay exactly as they were', async () => {
    const db = await openTestDatabase({ skipMigrations: true });
    await createPublishedSchema(db.client);
    await insertSeedRows(db.client);
    const before = await readSeedRows(db.client);

    const state = await migrate(db.client, { target: 1, nowIso });

    expect(state.databaseVersion).toBe(1);
    expect(await readSeedRows(db.client)).toEqual(before);
    expect(before.attempts).toHaveLength(2);
    expect(await indexesOf(db.client)).toHaveLength(publishedIndexes.length);
  });

  it('adds the published indexes to an Exam Portal database that lacks them', async () => {
    const db = await openTestDatabase({ skipMigrations: true });
    await createPublishedSchema(db.client, false);
    await insertSeedRows(db.client);
    const before = await readSeedRows(db.client);
    expect(await indexesOf(db.client)).toEqual([]);

    await migrate(db.client, { target: 1, nowIso });

    expect((await indexesOf(db.client)).map((i) => i.name)).toEqual(
      publishedIndexShapes.map((i) => i.name).sort(),
    );
    expect(await readSeedRows(db.client)).toEqual(before);
  });
});
