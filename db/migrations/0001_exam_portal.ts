import { type Migration, sqlStep } from './types';

/** The Exam Portal schema as published: nine tables and eight indexes. */
export const migration0001: Migration = {
  version: 1,
  name: 'exam_portal',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS clients (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      address TEXT,
      logo_url TEXT,
      active_status INTEGER DEFAULT 1,
      created_at TEXT DEFAULT CURRENT_TIMESTAMP,
      updated_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS profiles (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT UNIQUE NOT NULL,
      client_id TEXT REFERENCES clients(id),
      created_at TEXT DEFAULT CURRENT_TIMESTAMP,
      updated_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS tests (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      test_name TEXT NOT NULL,
      timer INTEGER,
      shuffle INTEGER DEFAULT 0,
      allow_review INTEGER DEFAULT 1,
      status TEXT DEFAULT 'draft',
      created_at TEXT DEFAULT CURRENT_TIMESTAMP,
      updated_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS questions (
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
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS attempts (
      id TEXT PRIMARY KEY,
      student_id TEXT NOT NULL REFERENCES profiles(id),
      test_id TEXT NOT NULL REFERENCES tests(id),
      score REAL,
      total_marks REAL,
      started_at TEXT,
      submitted_at TEXT,
      status TEXT DEFAULT 'in_progress',
      created_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS attempt_answers (
      id TEXT PRIMARY KEY,
      attempt_id TEXT NOT NULL REFERENCES attempts(id),
      question_id TEXT NOT NULL REFERENCES questions(id),
      student_answer TEXT,
      is_correct INTEGER,
      marks_obtained REAL,
      created_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS subscription_plans (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT,
      monthly_price REAL,
      features TEXT,
      created_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS client_subscriptions (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      plan_id TEXT NOT NULL REFERENCES subscription_plans(id),
      status TEXT DEFAULT 'active',
      start_date TEXT,
      end_date TEXT,
      created_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS audit_logs (
      id TEXT PRIMARY KEY,
      user_id TEXT REFERENCES profiles(id),
      action TEXT NOT NULL,
      resource_type TEXT,
      resource_id TEXT,
      changes TEXT,
      ip_address TEXT,
      created_at TEXT DEFAULT CURRENT_TIMESTAMP
    )`),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_profiles_client_id ON profiles(client_id)'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_tests_client_id ON tests(client_id)'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_questions_client_id ON questions(client_id)'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_attempts_student_id ON attempts(student_id)'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_attempts_test_id ON attempts(test_id)'),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_answers_attempt_id ON attempt_answers(attempt_id)',
    ),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_audit_logs_user_id ON audit_logs(user_id)'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_audit_logs_created_at ON audit_logs(created_at)'),
  ],
};
