import { addColumn, type Migration, sqlStep } from './types';

/**
 * What the product needs on top of the published schema: roles and sign-in,
 * question versions, the test-question link, tenant scope on every table,
 * soft deletes, the exam clock, integrity events, the audit chain and devices.
 * The reason for each column is on its drizzle definition in db/schema.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'product_core',
  steps: [
    addColumn('profiles', 'role', "TEXT NOT NULL DEFAULT 'student'"),
    addColumn('profiles', 'password_hash', 'TEXT'),
    addColumn('profiles', 'active', 'INTEGER NOT NULL DEFAULT 1'),
    addColumn('profiles', 'failed_login_count', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('profiles', 'locked_until', 'TEXT'),
    addColumn('profiles', 'last_login_at', 'TEXT'),
    addColumn('profiles', 'pin_hash', 'TEXT'),
    addColumn('profiles', 'deleted_at', 'TEXT'),

    addColumn('client_subscriptions', 'updated_at', 'TEXT'),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_client_subscriptions_client_id ON client_subscriptions(client_id)',
    ),

    addColumn('tests', 'description', 'TEXT'),
    addColumn('tests', 'attempts_allowed', 'INTEGER NOT NULL DEFAULT 1'),
    addColumn('tests', 'available_from', 'TEXT'),
    addColumn('tests', 'available_until', 'TEXT'),
    addColumn('tests', 'start_code_required', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('tests', 'start_code_hash', 'TEXT'),
    addColumn('tests', 'show_score', "TEXT NOT NULL DEFAULT 'immediately'"),
    addColumn('tests', 'negative_marking', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('tests', 'pass_mark', 'REAL'),
    addColumn('tests', 'version', 'INTEGER NOT NULL DEFAULT 1'),
    addColumn('tests', 'created_by', 'TEXT'),
    addColumn('tests', 'published_at', 'TEXT'),
    addColumn('tests', 'deleted_at', 'TEXT'),

    addColumn('questions', 'current_version_id', 'TEXT'),
    addColumn('questions', 'version', 'INTEGER NOT NULL DEFAULT 1'),
    addColumn('questions', 'tags', 'TEXT'),
    addColumn('questions', 'settings', 'TEXT'),
    addColumn('questions', 'created_by', 'TEXT'),
    addColumn('questions', 'deleted_at', 'TEXT'),
    addColumn('questions', 'conflict', 'INTEGER NOT NULL DEFAULT 0'),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_questions_client_type ON questions(client_id, question_type)',
    ),

    sqlStep(`CREATE TABLE IF NOT EXISTS question_versions (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      question_id TEXT NOT NULL REFERENCES questions(id),
      version INTEGER NOT NULL,
      parent_version_id TEXT,
      question_text TEXT NOT NULL,
      question_type TEXT NOT NULL,
      options TEXT,
      correct_answer TEXT,
      marks INTEGER NOT NULL DEFAULT 1,
      difficulty TEXT,
      tags TEXT,
      settings TEXT,
      created_by TEXT,
      device_id TEXT,
      created_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_question_versions_question_id ON question_versions(question_id, version)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_question_versions_client_id ON question_versions(client_id)',
    ),

    sqlStep(`CREATE TABLE IF NOT EXISTS test_questions (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      test_id TEXT NOT NULL REFERENCES tests(id),
      question_id TEXT NOT NULL REFERENCES questions(id),
      question_version_id TEXT,
      position INTEGER NOT NULL,
      marks REAL NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_test_questions_test_id ON test_questions(test_id, position)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_test_questions_question_id ON test_questions(question_id)',
    ),

    addColumn('attempts', 'client_id', 'TEXT REFERENCES clients(id)'),
    addColumn('attempts', 'device_id', 'TEXT'),
    addColumn('attempts', 'attempt_no', 'INTEGER NOT NULL DEFAULT 1'),
    addColumn('attempts', 'test_version', 'INTEGER NOT NULL DEFAULT 1'),
    addColumn('attempts', 'shuffle_seed', 'TEXT'),
    addColumn('attempts', 'paper', 'TEXT'),
    addColumn('attempts', 'time_limit_ms', 'INTEGER'),
    addColumn('attempts', 'extra_time_ms', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('attempts', 'elapsed_ms', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('attempts', 'clock_persisted_at', 'TEXT'),
    addColumn('attempts', 'last_saved_at', 'TEXT'),
    addColumn('attempts', 'submitted_by', 'TEXT'),
    addColumn('attempts', 'resume_code_hash', 'TEXT'),
    addColumn('attempts', 'updated_at', 'TEXT'),
    // Attempts from before this migration take their tenant from their test; without it
    // every tenant-scoped read would hide them.
    sqlStep(
      'UPDATE attempts SET client_id = (SELECT tests.client_id FROM tests WHERE tests.id = attempts.test_id) WHERE client_id IS NULL',
    ),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_attempts_client_id ON attempts(client_id, status)'),

    addColumn('attempt_answers', 'client_id', 'TEXT REFERENCES clients(id)'),
    addColumn('attempt_answers', 'question_version_id', 'TEXT'),
    addColumn('attempt_answers', 'flagged', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('attempt_answers', 'updated_at', 'TEXT'),
    addColumn('attempt_answers', 'grader_comment', 'TEXT'),
    addColumn('attempt_answers', 'graded_by', 'TEXT'),
    addColumn('attempt_answers', 'graded_at', 'TEXT'),
    // Old answers take their tenant from their attempt (filled just above).
    sqlStep(
      'UPDATE attempt_answers SET client_id = (SELECT attempts.client_id FROM attempts WHERE attempts.id = attempt_answers.attempt_id) WHERE client_id IS NULL',
    ),
    sqlStep(
      'CREATE UNIQUE INDEX IF NOT EXISTS idx_attempt_answers_attempt_question ON attempt_answers(attempt_id, question_id)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_answers_client_id ON attempt_answers(client_id)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_answers_question_id ON attempt_answers(question_id)',
    ),

    sqlStep(`CREATE TABLE IF NOT EXISTS integrity_events (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      attempt_id TEXT NOT NULL REFERENCES attempts(id),
      kind TEXT NOT NULL,
      detail TEXT,
      device_id TEXT,
      occurred_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_integrity_events_attempt_id ON integrity_events(attempt_id)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_integrity_events_client_id ON integrity_events(client_id)',
    ),

    addColumn('audit_logs', 'client_id', 'TEXT REFERENCES clients(id)'),
    addColumn('audit_logs', 'device_id', 'TEXT'),
    addColumn('audit_logs', 'seq', 'INTEGER'),
    addColumn('audit_logs', 'prev_hash', 'TEXT'),
    addColumn('audit_logs', 'hash', 'TEXT'),
    // Old audit rows belong to their author's organisation (rows without an author stay unscoped).
    // They are not chained: device_id and seq stay null.
    sqlStep(
      'UPDATE audit_logs SET client_id = (SELECT profiles.client_id FROM profiles WHERE profiles.id = audit_logs.user_id) WHERE client_id IS NULL AND user_id IS NOT NULL',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_audit_logs_client_id ON audit_logs(client_id, created_at)',
    ),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_audit_logs_device_seq ON audit_logs(device_id, seq)'),

    sqlStep(`CREATE TABLE IF NOT EXISTS devices (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT 'exam',
      app_version TEXT,
      schema_version INTEGER,
      enrolled_at TEXT,
      last_push_at TEXT,
      last_pull_at TEXT,
      pending_changes INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT
    )`),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_devices_client_id ON devices(client_id)'),
  ],
};
