import type { SyncClient } from '@db/client';

/**
 * The Exam Portal schema exactly as published (seeds/000), kept here on its own
 * so the migration tests compare the app's migrations with the source, not with
 * themselves. A database made by the Exam Portal looks like this.
 */
export const publishedTables = [
  `CREATE TABLE clients (
id TEXT PRIMARY KEY,
name TEXT NOT NULL,
address TEXT,
logo_url TEXT,
active_status INTEGER DEFAULT 1,
created_at TEXT DEFAULT CURRENT_TIMESTAMP,
updated_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE profiles (
id TEXT PRIMARY KEY,
name TEXT NOT NULL,
email TEXT UNIQUE NOT NULL,
client_id TEXT REFERENCES clients(id),
created_at TEXT DEFAULT CURRENT_TIMESTAMP,
updated_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE tests (
id TEXT PRIMARY KEY,
client_id TEXT NOT NULL REFERENCES clients(id),
test_name TEXT NOT NULL,
timer INTEGER,
shuffle INTEGER DEFAULT 0,
allow_review INTEGER DEFAULT 1,
status TEXT DEFAULT 'draft',
created_at TEXT DEFAULT CURRENT_TIMESTAMP,
updated_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE questions (
id TEXT PRIMARY KEY,
client_id TEXT NOT NULL REFERENCES clients(id),
question_text TEXT NOT NULL,
question_type TEXT NOT NULL,
options TEXT,
correct_answer TEXT,
marks INTEGER DEFAULT 1,
difficulty TEXT,
created_at TEXT DEFAULT CURRENT_TIMESTAMP,
updated_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE attempts (
id TEXT PRIMARY KEY,
student_id TEXT NOT NULL REFERENCES profiles(id),
test_id TEXT NOT NULL REFERENCES tests(id),
score REAL,
total_marks REAL,
started_at TEXT,
submitted_at TEXT,
status TEXT DEFAULT 'in_progress',
created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE attempt_answers (
id TEXT PRIMARY KEY,
attempt_id TEXT NOT NULL REFERENCES attempts(id),
question_id TEXT NOT NULL REFERENCES questions(id),
student_answer TEXT,
is_correct INTEGER,
marks_obtained REAL,
created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE subscription_plans (
id TEXT PRIMARY KEY,
name TEXT NOT NULL,
description TEXT,
monthly_price REAL,
features TEXT,
created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE client_subscriptions (
id TEXT PRIMARY KEY,
client_id TEXT NOT NULL REFERENCES clients(id),
plan_id TEXT NOT NULL REFERENCES subscription_plans(id),
status TEXT DEFAULT 'active',
start_date TEXT,
end_date TEXT,
created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
  `CREATE TABLE audit_logs (
id TEXT PRIMARY KEY,
user_id TEXT REFERENCES profiles(id),
action TEXT NOT NULL,
resource_type TEXT,
resource_id TEXT,
changes TEXT,
ip_address TEXT,
created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`,
] as const;

export const publishedIndexes = [
  'CREATE INDEX idx_profiles_client_id ON profiles(client_id)',
  'CREATE INDEX idx_tests_client_id ON tests(client_id)',
  'CREATE INDEX idx_questions_client_id ON questions(client_id)',
  'CREATE INDEX idx_attempts_student_id ON attempts(student_id)',
  'CREATE INDEX idx_attempts_test_id ON attempts(test_id)',
  'CREATE INDEX idx_attempt_answers_attempt_id ON attempt_answers(attempt_id)',
  'CREATE INDEX idx_audit_logs_user_id ON audit_logs(user_id)',
  'CREATE INDEX idx_audit_logs_created_at ON audit_logs(created_at)',
] as const;

export const seedTableNames = [
  'clients',
  'profiles',
  'tests',
  'questions',
  'attempts',
  'attempt_answers',
  'subscription_plans',
  'client_subscriptions',
  'audit_logs',
] as const;
export type SeedTable = (typeof seedTableNames)[number];

/**
 * Rows an Exam Portal database holds: two organisations, staff and students,
 * questions, tests, attempts with answers, plans, subscriptions and audit rows.
 * Some rows give every column, others leave the defaulted ones out.
 */
export const seedRowStatements: ReadonlyArray<readonly [sql: string, ...params: unknown[]]> = [
  [
    "INSERT INTO clients (id, name, address, logo_url, active_status, created_at, updated_at) VALUES ('c-1', 'Old College', '1 High St', 'https://x.example/l.png', 1, '2024-01-01 10:00:00', '2024-02-01 10:00:00')",
  ],
  ["INSERT INTO clients (id, name) VALUES ('c-2', 'Old School')"],
  [
    "INSERT INTO profiles (id, name, email, client_id, created_at, updated_at) VALUES ('p-1', 'Olive Old', 'olive@old.example', 'c-1', '2024-01-02 10:00:00', '2024-01-02 10:00:00')",
  ],
  [
    "INSERT INTO profiles (id, name, email, client_id) VALUES ('p-2', 'Oscar Old', 'oscar@old.example', 'c-1')",
  ],
  [
    "INSERT INTO profiles (id, name, email, client_id) VALUES ('p-3', 'Orla Other', 'orla@other.example', 'c-2')",
  ],
  ["INSERT INTO profiles (id, name, email) VALUES ('p-4', 'Nobody Yet', 'nobody@old.example')"],
  [
    "INSERT INTO tests (id, client_id, test_name, timer, shuffle, allow_review, status, created_at, updated_at) VALUES ('t-1', 'c-1', 'Old Test', 30, 1, 0, 'published', '2024-01-03 10:00:00', '2024-01-04 10:00:00')",
  ],
  ["INSERT INTO tests (id, client_id, test_name) VALUES ('t-2', 'c-2', 'Other Test')"],
  [
    "INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, marks, difficulty, created_at, updated_at) VALUES ('q-1', 'c-1', 'Two plus two?', 'single_choice', ?, ?, 2, 'easy', '2024-01-03 10:00:00', '2024-01-03 10:00:00')",
    JSON.stringify([
      { id: 'a', text: '4' },
      { id: 'b', text: '5' },
    ]),
    JSON.stringify({ optionId: 'a' }),
  ],
  [
    "INSERT INTO questions (id, client_id, question_text, question_type) VALUES ('q-2', 'c-1', 'Explain gravity.', 'essay')",
  ],
  [
    "INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer) VALUES ('q-3', 'c-2', 'Legacy free text', 'legacy_type', 'not json', 'not json')",
  ],
  [
    "INSERT INTO attempts (id, student_id, test_id, score, total_marks, started_at, submitted_at, status, created_at) VALUES ('a-1', 'p-2', 't-1', 1.5, 2, '2024-03-01 09:00:00', '2024-03-01 09:30:00', 'submitted', '2024-03-01 09:00:00')",
  ],
  ["INSERT INTO attempts (id, student_id, test_id) VALUES ('a-2', 'p-3', 't-2')"],
  [
    "INSERT INTO attempt_answers (id, attempt_id, question_id, student_answer, is_correct, marks_obtained, created_at) VALUES ('aa-1', 'a-1', 'q-1', '\"a\"', 1, 2, '2024-03-01 09:10:00')",
  ],
  [
    "INSERT INTO attempt_answers (id, attempt_id, question_id, student_answer) VALUES ('aa-2', 'a-1', 'q-2', 'Things fall down.')",
  ],
  ["INSERT INTO attempt_answers (id, attempt_id, question_id) VALUES ('aa-3', 'a-2', 'q-3')"],
  [
    "INSERT INTO subscription_plans (id, name, description, monthly_price, features, created_at) VALUES ('plan-1', 'Basic', 'Small', 9.5, '{\"max_students\":10}', '2024-01-01 00:00:00')",
  ],
  ["INSERT INTO subscription_plans (id, name) VALUES ('plan-2', 'Legacy')"],
  [
    "INSERT INTO client_subscriptions (id, client_id, plan_id, status, start_date, end_date, created_at) VALUES ('s-1', 'c-1', 'plan-1', 'past_due', '2024-01-01', '2025-01-01', '2024-01-01 00:00:00')",
  ],
  ["INSERT INTO client_subscriptions (id, client_id, plan_id) VALUES ('s-2', 'c-2', 'plan-2')"],
  [
    "INSERT INTO audit_logs (id, user_id, action, resource_type, resource_id, changes, ip_address, created_at) VALUES ('l-1', 'p-1', 'test.publish', 'test', 't-1', '{\"status\":[\"draft\",\"published\"]}', '10.0.0.5', '2024-01-04 10:00:00')",
  ],
  ["INSERT INTO audit_logs (id, user_id, action) VALUES ('l-2', 'p-3', 'login')"],
  ["INSERT INTO audit_logs (id, action) VALUES ('l-3', 'system.start')"],
];

export async function createPublishedSchema(client: SyncClient, withIndexes = true): Promise<void> {
  for (const sql of publishedTables) await client.exec(sql);
  if (withIndexes) for (const sql of publishedIndexes) await client.exec(sql);
}

export async function insertSeedRows(client: SyncClient): Promise<void> {
  for (const [sql, ...params] of seedRowStatements) await client.run(sql, ...params);
}

/** The rows of the seed tables, seed columns only, ordered by id. */
export async function readSeedRows(client: SyncClient): Promise<Record<SeedTable, unknown[]>> {
  const out = {} as Record<SeedTable, unknown[]>;
  for (const table of seedTableNames) {
    const columns = await seedColumnsOf(client, table);
    out[table] = (await client.all(
      `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY id`,
    )) as unknown[];
  }
  return out;
}

/** Column names of a table, in order. */
export async function columnsOf(client: SyncClient, table: string): Promise<string[]> {
  const rows = (await client.all(`PRAGMA table_info("${table}")`)) as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

const seedColumnCounts: Record<SeedTable, number> = {
  clients: 7,
  profiles: 6,
  tests: 9,
  questions: 10,
  attempts: 9,
  attempt_answers: 7,
  subscription_plans: 6,
  client_subscriptions: 7,
  audit_logs: 8,
};

async function seedColumnsOf(client: SyncClient, table: SeedTable): Promise<string[]> {
  return (await columnsOf(client, table)).slice(0, seedColumnCounts[table]);
}

export interface IndexShape {
  name: string;
  table: string;
  unique: boolean;
  columns: string[];
}

/** Every named (not automatic) index, with its table, columns and uniqueness. */
export async function indexesOf(client: SyncClient): Promise<IndexShape[]> {
  const indexes = (await client.all(
    "SELECT name, tbl_name AS tableName FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )) as Array<{ name: string; tableName: string }>;
  const out: IndexShape[] = [];
  for (const { name, tableName } of indexes) {
    if (/^(turso_|__turso)/.test(tableName)) continue;
    const list = (await client.all(`PRAGMA index_list("${tableName}")`)) as Array<{
      name: string;
      unique: number;
    }>;
    const cols = (await client.all(`PRAGMA index_info("${name}")`)) as Array<{ name: string }>;
    out.push({
      name,
      table: tableName,
      unique: list.find((i) => i.name === name)?.unique === 1,
      columns: cols.map((c) => c.name),
    });
  }
  return out;
}
