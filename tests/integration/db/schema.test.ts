import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../helpers/test-db';

/** The nine tables of the published schema, with their columns as published. */
const seedTables: Record<
  string,
  Array<[name: string, type: string, notnull: 0 | 1, dflt: string | null, pk: 0 | 1]>
> = {
  clients: [
    ['id', 'TEXT', 0, null, 1],
    ['name', 'TEXT', 1, null, 0],
    ['address', 'TEXT', 0, null, 0],
    ['logo_url', 'TEXT', 0, null, 0],
    ['active_status', 'INTEGER', 0, '1', 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
    ['updated_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  profiles: [
    ['id', 'TEXT', 0, null, 1],
    ['name', 'TEXT', 1, null, 0],
    ['email', 'TEXT', 1, null, 0],
    ['client_id', 'TEXT', 0, null, 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
    ['updated_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  tests: [
    ['id', 'TEXT', 0, null, 1],
    ['client_id', 'TEXT', 1, null, 0],
    ['test_name', 'TEXT', 1, null, 0],
    ['timer', 'INTEGER', 0, null, 0],
    ['shuffle', 'INTEGER', 0, '0', 0],
    ['allow_review', 'INTEGER', 0, '1', 0],
    ['status', 'TEXT', 0, "'draft'", 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
    ['updated_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  questions: [
    ['id', 'TEXT', 0, null, 1],
    ['client_id', 'TEXT', 1, null, 0],
    ['question_text', 'TEXT', 1, null, 0],
    ['question_type', 'TEXT', 1, null, 0],
    ['options', 'TEXT', 0, null, 0],
    ['correct_answer', 'TEXT', 0, null, 0],
    ['marks', 'INTEGER', 0, '1', 0],
    ['difficulty', 'TEXT', 0, null, 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
    ['updated_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  attempts: [
    ['id', 'TEXT', 0, null, 1],
    ['student_id', 'TEXT', 1, null, 0],
    ['test_id', 'TEXT', 1, null, 0],
    ['score', 'REAL', 0, null, 0],
    ['total_marks', 'REAL', 0, null, 0],
    ['started_at', 'TEXT', 0, null, 0],
    ['submitted_at', 'TEXT', 0, null, 0],
    ['status', 'TEXT', 0, "'in_progress'", 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  attempt_answers: [
    ['id', 'TEXT', 0, null, 1],
    ['attempt_id', 'TEXT', 1, null, 0],
    ['question_id', 'TEXT', 1, null, 0],
    ['student_answer', 'TEXT', 0, null, 0],
    ['is_correct', 'INTEGER', 0, null, 0],
    ['marks_obtained', 'REAL', 0, null, 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  subscription_plans: [
    ['id', 'TEXT', 0, null, 1],
    ['name', 'TEXT', 1, null, 0],
    ['description', 'TEXT', 0, null, 0],
    ['monthly_price', 'REAL', 0, null, 0],
    ['features', 'TEXT', 0, null, 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  client_subscriptions: [
    ['id', 'TEXT', 0, null, 1],
    ['client_id', 'TEXT', 1, null, 0],
    ['plan_id', 'TEXT', 1, null, 0],
    ['status', 'TEXT', 0, "'active'", 0],
    ['start_date', 'TEXT', 0, null, 0],
    ['end_date', 'TEXT', 0, null, 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
  audit_logs: [
    ['id', 'TEXT', 0, null, 1],
    ['user_id', 'TEXT', 0, null, 0],
    ['action', 'TEXT', 1, null, 0],
    ['resource_type', 'TEXT', 0, null, 0],
    ['resource_id', 'TEXT', 0, null, 0],
    ['changes', 'TEXT', 0, null, 0],
    ['ip_address', 'TEXT', 0, null, 0],
    ['created_at', 'TEXT', 0, 'CURRENT_TIMESTAMP', 0],
  ],
};

const seedForeignKeys: Record<string, Array<[from: string, table: string, to: string]>> = {
  profiles: [['client_id', 'clients', 'id']],
  tests: [['client_id', 'clients', 'id']],
  questions: [['client_id', 'clients', 'id']],
  attempts: [
    ['student_id', 'profiles', 'id'],
    ['test_id', 'tests', 'id'],
  ],
  attempt_answers: [
    ['attempt_id', 'attempts', 'id'],
    ['question_id', 'questions', 'id'],
  ],
  client_subscriptions: [
    ['client_id', 'clients', 'id'],
    ['plan_id', 'subscription_plans', 'id'],
  ],
  audit_logs: [['user_id', 'profiles', 'id']],
};

const seedIndexes: Array<[table: string, index: string, columns: string[]]> = [
  ['profiles', 'idx_profiles_client_id', ['client_id']],
  ['tests', 'idx_tests_client_id', ['client_id']],
  ['questions', 'idx_questions_client_id', ['client_id']],
  ['attempts', 'idx_attempts_student_id', ['student_id']],
  ['attempts', 'idx_attempts_test_id', ['test_id']],
  ['attempt_answers', 'idx_attempt_answers_attempt_id', ['attempt_id']],
  ['audit_logs', 'idx_audit_logs_user_id', ['user_id']],
  ['audit_logs', 'idx_audit_logs_created_at', ['created_at']],
];

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

describe('schema on the live database', () => {
  it('has the nine seed tables with the seed columns, types, defaults, NOT NULL and keys', async () => {
    const { client } = await openTestDatabase();
    for (const [table, expected] of Object.entries(seedTables)) {
      const info = (await client.all(`PRAGMA table_info(${table})`)) as ColumnInfo[];
      const byName = new Map(info.map((c) => [c.name, c]));
      for (const [name, type, notnull, dflt, pk] of expected) {
        const col = byName.get(name);
        expect(col, `${table}.${name}`).toBeDefined();
        expect({
          table,
          name,
          type: col?.type,
          notnull: col?.notnull,
          dflt: col?.dflt_value,
          pk: col?.pk,
        }).toEqual({
          table,
          name,
          type,
          notnull,
          dflt,
          pk,
        });
      }
      // The seed's columns come first and in the seed's order; additions are appended.
      expect(info.slice(0, expected.length).map((c) => c.name)).toEqual(expected.map((e) => e[0]));
    }
  });

  it('keeps the seed foreign keys', async () => {
    const { client } = await openTestDatabase();
    for (const [table, fks] of Object.entries(seedForeignKeys)) {
      const list = (await client.all(`PRAGMA foreign_key_list(${table})`)) as Array<{
        from: string;
        table: string;
        to: string;
      }>;
      for (const [from, target, to] of fks) {
        expect(
          list.map((f) => `${f.from}->${f.table}.${f.to}`),
          table,
        ).toContain(`${from}->${target}.${to}`);
      }
    }
  });

  it('keeps the UNIQUE on profiles.email', async () => {
    const { client } = await openTestDatabase();
    const indexes = (await client.all('PRAGMA index_list(profiles)')) as Array<{
      name: string;
      unique: number;
    }>;
    const uniqueCols: string[] = [];
    for (const idx of indexes.filter((i) => i.unique === 1)) {
      const cols = (await client.all(`PRAGMA index_info(${JSON.stringify(idx.name)})`)) as Array<{
        name: string;
      }>;
      uniqueCols.push(cols.map((c) => c.name).join(','));
    }
    expect(uniqueCols).toContain('email');
  });

  it('has the eight seed indexes on the seed columns', async () => {
    const { client } = await openTestDatabase();
    for (const [table, index, columns] of seedIndexes) {
      const list = (await client.all(`PRAGMA index_list(${table})`)) as Array<{ name: string }>;
      expect(
        list.map((i) => i.name),
        table,
      ).toContain(index);
      const cols = (await client.all(`PRAGMA index_info(${index})`)) as Array<{ name: string }>;
      expect(cols.map((c) => c.name)).toEqual(columns);
    }
  });

  it('turns foreign keys on', async () => {
    const { client } = await openTestDatabase();
    const row = (await client.get('PRAGMA foreign_keys')) as { foreign_keys: number };
    expect(row.foreign_keys).toBe(1);
    await expect(
      client.run(
        "INSERT INTO profiles (id, name, email, client_id) VALUES ('p', 'P', 'p@x', 'no-such-client')",
      ),
    ).rejects.toThrow(/FOREIGN KEY/i);
  });
});
