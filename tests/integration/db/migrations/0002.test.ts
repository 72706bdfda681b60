import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate, readSchemaVersion } from '@db/migrate';
import { getAttempt, listAttempts } from '@db/repositories/attempts';
import { chainRows, listAudit } from '@db/repositories/audit-logs';
import { appTables, rowCount } from '../../../helpers/db-snapshot';
import {
  columnsOf,
  indexesOf,
  insertSeedRows,
  readSeedRows,
  seedTableNames,
  type IndexShape,
} from '../../../helpers/seed-schema';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** What every added column holds on a row that existed before the migration, by table and row id. */
const addedColumnsOnOldRows: Record<string, Record<string, Record<string, unknown>>> = {
  profiles: {
    'p-1': {
      role: 'student',
      password_hash: null,
      active: 1,
      failed_login_count: 0,
      locked_until: null,
      last_login_at: null,
      pin_hash: null,
      deleted_at: null,
    },
  },
  client_subscriptions: { 's-1': { updated_at: null } },
  tests: {
    't-1': {
      description: null,
      attempts_allowed: 1,
      available_from: null,
      available_until: null,
      start_code_required: 0,
      start_code_hash: null,
      show_score: 'immediately',
      negative_marking: 0,
      pass_mark: null,
      version: 1,
      created_by: null,
      published_at: null,
      deleted_at: null,
    },
  },
  questions: {
    'q-1': {
      current_version_id: null,
      version: 1,
      tags: null,
      settings: null,
      created_by: null,
      deleted_at: null,
      conflict: 0,
    },
  },
  attempts: {
    // The tenant of an old attempt is its test's organisation.
    'a-1': {
      client_id: 'c-1',
      device_id: null,
      attempt_no: 1,
      test_version: 1,
      shuffle_seed: null,
      paper: null,
      time_limit_ms: null,
      extra_time_ms: 0,
      elapsed_ms: 0,
      clock_persisted_at: null,
      last_saved_at: null,
      submitted_by: null,
      resume_code_hash: null,
      updated_at: null,
    },
    'a-2': { client_id: 'c-2' },
  },
  attempt_answers: {
    'aa-1': {
      client_id: 'c-1',
      question_version_id: null,
      flagged: 0,
      updated_at: null,
      grader_comment: null,
      graded_by: null,
      graded_at: null,
    },
    'aa-3': { client_id: 'c-2' },
  },
  audit_logs: {
    // The tenant of an old audit row is its author's organisation; old rows are not chained.
    'l-1': { client_id: 'c-1', device_id: null, seq: null, prev_hash: null, hash: null },
    'l-2': { client_id: 'c-2' },
    'l-3': { client_id: null },
  },
};

/** Tables migration 0002 creates: column -> NOT NULL. */
const newTables: Record<string, Record<string, boolean>> = {
  question_versions: {
    id: false,
    client_id: true,
    question_id: true,
    version: true,
    parent_version_id: false,
    question_text: true,
    question_type: true,
    options: false,
    correct_answer: false,
    marks: true,
    difficulty: false,
    tags: false,
    settings: false,
    created_by: false,
    device_id: false,
    created_at: true,
  },
  test_questions: {
    id: false,
    client_id: true,
    test_id: true,
    question_id: true,
    question_version_id: false,
    position: true,
    marks: true,
    created_at: true,
    updated_at: true,
    deleted_at: false,
  },
  integrity_events: {
    id: false,
    client_id: true,
    attempt_id: true,
    kind: true,
    detail: false,
    device_id: false,
    occurred_at: true,
  },
  devices: {
    id: false,
    client_id: true,
    name: true,
    role: true,
    app_version: false,
    schema_version: false,
    enrolled_at: false,
    last_push_at: false,
    last_pull_at: false,
    pending_changes: true,
    updated_at: false,
  },
};

const ix = (name: string, table: string, columns: string[], unique = false): IndexShape => ({
  name,
  table,
  columns,
  unique,
});

const newIndexes: IndexShape[] = [
  ix('idx_client_subscriptions_client_id', 'client_subscriptions', ['client_id']),
  ix('idx_questions_client_type', 'questions', ['client_id', 'question_type']),
  ix('idx_question_versions_question_id', 'question_versions', ['question_id', 'version']),
  ix('idx_question_versions_client_id', 'question_versions', ['client_id']),
  ix('idx_test_questions_test_id', 'test_questions', ['test_id', 'position']),
  ix('idx_test_questions_question_id', 'test_questions', ['question_id']),
  ix('idx_attempts_client_id', 'attempts', ['client_id', 'status']),
  ix(
    'idx_attempt_answers_attempt_question',
    'attempt_answers',
    ['attempt_id', 'question_id'],
    true,
  ),
  ix('idx_attempt_answers_client_id', 'attempt_answers', ['client_id']),
  ix('idx_attempt_answers_question_id', 'attempt_answers', ['question_id']),
  ix('idx_integrity_events_attempt_id', 'integrity_events', ['attempt_id']),
  ix('idx_integrity_events_client_id', 'integrity_events', ['client_id']),
  ix('idx_audit_logs_client_id', 'audit_logs', ['client_id', 'created_at']),
  ix('idx_audit_logs_device_seq', 'audit_logs', ['device_id', 'seq']),
  ix('idx_devices_client_id', 'devices', ['client_id']),
];

async function version1WithRows() {
  const db = await openTestDatabase({ migrateTo: 1 });
  await insertSeedRows(db.client);
  return db;
}

describe('migration 0002 (product core)', () => {
  it('keeps every old row and column value', async () => {
    const db = await version1WithRows();
    const before = await readSeedRows(db.client);

    const state = await migrate(db.client, { target: 2, nowIso });

    expect(state).toEqual({ databaseVersion: 2, appVersion: latestSchemaVersion, outdated: false });
    expect(await readSeedRows(db.client)).toEqual(before);
    for (const table of seedTableNames) {
      expect(await rowCount(db.client, table), table).toBe(before[table].length);
    }
  });

  it('adds the product columns, with their defaults (and the tenant) on old rows', async () => {
    const db = await version1WithRows();
    await migrate(db.client, { target: 2, nowIso });
    for (const [table, rows] of Object.entries(addedColumnsOnOldRows)) {
      for (const [id, expected] of Object.entries(rows)) {
        const row = (await db.client.get(`SELECT * FROM "${table}" WHERE id = ?`, id)) as Record<
          string,
          unknown
        >;
        const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, row[k]]));
        expect(actual, `${table} ${id}`).toEqual(expected);
      }
    }
  });

  it('creates the product tables, empty, with their NOT NULL rules', async () => {
    const db = await version1WithRows();
    const tablesBefore = await appTables(db.client);
    await migrate(db.client, { target: 2, nowIso });

    const added = (await appTables(db.client)).filter((t) => !tablesBefore.includes(t));
    expect(added).toEqual(Object.keys(newTables).sort());
    for (const [table, columns] of Object.entries(newTables)) {
      const info = (await db.client.all(`PRAGMA table_info("${table}")`)) as Array<{
        name: string;
        notnull: number;
      }>;
      expect(Object.fromEntries(info.map((c) => [c.name, c.notnull === 1])), table).toEqual(
        columns,
      );
      expect(await rowCount(db.client, table)).toBe(0);
    }
  });

  it('creates the product indexes on the right columns', async () => {
    const db = await version1WithRows();
    const namesBefore = (await indexesOf(db.client)).map((i) => i.name);
    await migrate(db.client, { target: 2, nowIso });

    const added = (await indexesOf(db.client)).filter((i) => !namesBefore.includes(i.name));
    const byName = (a: IndexShape, b: IndexShape) => a.name.localeCompare(b.name);
    expect(added.sort(byName)).toEqual([...newIndexes].sort(byName));
  });

  it('records itself once, after 0001', async () => {
    const db = await version1WithRows();
    await migrate(db.client, { target: 2, nowIso });
    expect(
      await db.client.all('SELECT version, name FROM schema_migrations ORDER BY version'),
    ).toEqual([
      { version: 1, name: 'exam_portal' },
      { version: 2, name: 'product_core' },
    ]);
  });

  it('is all or nothing: when a step fails the database stays at version 1, untouched', async () => {
    const db = await version1WithRows();
    // The Exam Portal allowed two answers to one question in one attempt; 0002's unique index does not.
    await db.client.run(
      "INSERT INTO attempt_answers (id, attempt_id, question_id, student_answer) VALUES ('aa-dup', 'a-1', 'q-1', '\"b\"')",
    );
    const before = await readSeedRows(db.client);
    const columnsBefore = await columnsOf(db.client, 'profiles');

    await expect(migrate(db.client, { target: 2, nowIso })).rejects.toThrow(/UNIQUE/i);

    expect(await readSchemaVersion(db.client)).toBe(1);
    expect(await columnsOf(db.client, 'profiles')).toEqual(columnsBefore);
    expect(await appTables(db.client)).not.toContain('question_versions');
    expect(await readSeedRows(db.client)).toEqual(before);
  });
});

describe('an upgraded Exam Portal database, read through the repositories', () => {
  it('shows each organisation its old attempts and audit history, and keeps history out of the chain', async () => {
    const db = await version1WithRows();
    // Upgraded as the app upgrades on open: to the latest version, which today's repositories read.
    await migrate(db.client, { nowIso });
    const tenant = { clientId: 'c-1', profileId: 'p-1', role: 'admin' } as const;

    const attempts = await listAttempts(db.db, tenant);
    expect(attempts.map((a) => a.id)).toEqual(['a-1']);
    expect(await getAttempt(db.db, tenant, 'a-1')).toMatchObject({
      testName: 'Old Test',
      studentName: 'Oscar Old',
    });
    expect((await listAudit(db.db, tenant)).map((e) => e.id)).toEqual(['l-1']);
    expect(await chainRows(db.db, tenant)).toEqual([]);
  });
});
