import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';
/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 70));

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

/** A running attempt with its clock row, and a finished one, as an older app left them. */
async function insertAttempts(db: Db): Promise<void> {
  await db.client.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
    INSERT INTO tests (id, client_id, test_name, timer) VALUES ('t-1', 'c-1', 'Quiz', 30);
    INSERT INTO attempts (id, student_id, test_id, status, client_id, started_at, time_limit_ms, extra_time_ms, elapsed_ms) VALUES
      ('a-1', 'p-1', 't-1', 'in_progress', 'c-1', '2026-06-01T08:00:00.000Z', 1800000, 300000, 60000),
      ('a-2', 'p-1', 't-1', 'graded', 'c-1', '2026-05-01T08:00:00.000Z', 1800000, 0, 1700000);
    INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, clock_persisted_at, updated_at) VALUES
      ('a-1', 'c-1', 65000, '2026-06-01T08:01:05.000Z', '2026-06-01T08:01:05.000Z');
  `);
}

const columns = async (db: Db, table: string) =>
  ((await db.client.all(`PRAGMA table_info(${table})`)) as Array<{ name: string }>).map(
    (r) => r.name,
  );

describe('migration 0070 (accommodations)', () => {
  it('adds accommodations, rest breaks and display settings, and gives existing attempts none', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertAttempts(db);
    const before = (await db.client.all(
      'SELECT id, status, time_limit_ms, extra_time_ms, elapsed_ms FROM attempts ORDER BY id',
    )) as unknown[];

    const state = await migrate(db.client, { target: 70, nowIso });

    expect(state.databaseVersion).toBe(70);
    expect(
      await db.client.all(
        'SELECT id, status, time_limit_ms, extra_time_ms, elapsed_ms FROM attempts ORDER BY id',
      ),
    ).toEqual(before);
    // Attempts started before accommodations existed were given none, and took no break.
    expect(
      await db.client.get(
        "SELECT elapsed_ms, accommodation_ms, break_allowance_ms, break_used_ms FROM attempt_clocks WHERE attempt_id = 'a-1'",
      ),
    ).toEqual({ elapsed_ms: 65_000, accommodation_ms: 0, break_allowance_ms: 0, break_used_ms: 0 });
    expect(await columns(db, 'accommodations')).toEqual([
      'id',
      'client_id',
      'student_id',
      'test_id',
      'time_multiplier',
      'extra_minutes',
      'available_from',
      'available_until',
      'extra_attempts',
      'rest_break_minutes',
      'note',
      'created_by',
      'created_at',
      'updated_by',
      'updated_at',
      'deleted_at',
    ]);
    expect(await columns(db, 'attempt_breaks')).toEqual([
      'id',
      'client_id',
      'attempt_id',
      'status',
      'requested_at',
      'approved_at',
      'approved_by',
      'started_at',
      'ended_at',
      'ended_by',
      'used_ms',
      'device_id',
      'updated_at',
    ]);
    expect(await columns(db, 'display_settings')).toEqual([
      'profile_id',
      'client_id',
      'text_size',
      'line_spacing',
      'contrast',
      'theme',
      'updated_at',
    ]);
    const indexes = (await db.client.all(
      "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND name IN ('idx_accommodations_student', 'idx_accommodations_test', 'idx_attempt_breaks_attempt', 'idx_display_settings_client_id') ORDER BY name",
    )) as Array<{ name: string; tbl_name: string }>;
    expect(indexes).toEqual([
      { name: 'idx_accommodations_student', tbl_name: 'accommodations' },
      { name: 'idx_accommodations_test', tbl_name: 'accommodations' },
      { name: 'idx_attempt_breaks_attempt', tbl_name: 'attempt_breaks' },
      { name: 'idx_display_settings_client_id', tbl_name: 'display_settings' },
    ]);
    // The new rows belong to an organisation like every other synced row.
    await db.client.run(
      "INSERT INTO accommodations (id, client_id, student_id, test_id, time_multiplier, created_at, updated_at) VALUES ('ac-1', 'c-1', 'p-1', 't-1', 1.5, '2026-06-01', '2026-06-01')",
    );
    await expect(
      db.client.run(
        "INSERT INTO accommodations (id, client_id, student_id, created_at, updated_at) VALUES ('ac-2', NULL, 'p-1', '2026-06-01', '2026-06-01')",
      ),
    ).rejects.toThrow(/NOT NULL/);
    await db.client.run(
      "INSERT INTO display_settings (profile_id, client_id, updated_at) VALUES ('p-1', 'c-1', '2026-06-01')",
    );
    expect(await db.client.get("SELECT * FROM display_settings WHERE profile_id = 'p-1'")).toEqual({
      profile_id: 'p-1',
      client_id: 'c-1',
      text_size: 'standard',
      line_spacing: 'standard',
      contrast: 'standard',
      theme: 'light',
      updated_at: '2026-06-01',
    });
  });

  it('is applied to a database that already has the later migrations (a number below the highest)', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertAttempts(db);
    // Every later migration except those that build on 70's own tables (90 adds a column to
    // display_settings), which no database can hold without 70.
    const buildsOn70 = new Set([90]);
    await migrate(db.client, {
      nowIso,
      migrations: migrations.filter((m) => m.version !== 70 && !buildsOn70.has(m.version)),
    });
    expect(await columns(db, 'attempt_clocks')).not.toContain('accommodation_ms');
    const state = await migrate(db.client, { nowIso });
    expect(state.databaseVersion).toBe(Math.max(...migrations.map((m) => m.version)));
    expect(await columns(db, 'attempt_clocks')).toContain('accommodation_ms');
    expect(await db.client.get('SELECT count(*) AS n FROM accommodations')).toEqual({ n: 0 });
    expect(
      (await db.client.all(
        'SELECT version FROM schema_migrations WHERE version = 70',
      )) as unknown[],
    ).toHaveLength(1);
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertAttempts(db);
    await migrate(db.client, { target: 70, nowIso });
    await db.client.run(
      "INSERT INTO attempt_breaks (id, client_id, attempt_id, status, used_ms, updated_at) VALUES ('b-1', 'c-1', 'a-1', 'ended', 5000, '2026-06-01')",
    );
    await db.client.run('DELETE FROM schema_migrations WHERE version = 70');
    const state = await migrate(db.client, { target: 70, nowIso });
    expect(state.databaseVersion).toBe(70);
    expect(await db.client.get('SELECT count(*) AS n FROM attempt_breaks')).toEqual({ n: 1 });
  });
});
