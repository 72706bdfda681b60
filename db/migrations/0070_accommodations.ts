import { addColumn, type Migration, sqlStep } from './types';

/**
 * Accommodations and student display settings: the per-student (and
 * per-student-per-test) overrides staff grant, the rest breaks a proctor
 * approves, what an attempt was given when it started (on its clock row), and each student's text
 * size, spacing, contrast and theme. Every table carries `client_id` and
 * syncs like the rest. The reason for each column is on its drizzle definition
 * in db/schema/accommodations.ts and db/schema/delivery.ts.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'accommodations',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS accommodations (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      student_id TEXT NOT NULL REFERENCES profiles(id),
      test_id TEXT REFERENCES tests(id),
      time_multiplier REAL,
      extra_minutes INTEGER,
      available_from TEXT,
      available_until TEXT,
      extra_attempts INTEGER,
      rest_break_minutes INTEGER,
      note TEXT,
      created_by TEXT,
      created_at TEXT NOT NULL,
      updated_by TEXT,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_accommodations_student ON accommodations(client_id, student_id)',
    ),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_accommodations_test ON accommodations(test_id)'),
    sqlStep(`CREATE TABLE IF NOT EXISTS attempt_breaks (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      attempt_id TEXT NOT NULL REFERENCES attempts(id),
      status TEXT NOT NULL,
      requested_at TEXT,
      approved_at TEXT,
      approved_by TEXT,
      started_at TEXT,
      ended_at TEXT,
      ended_by TEXT,
      used_ms INTEGER NOT NULL DEFAULT 0,
      device_id TEXT,
      updated_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_breaks_attempt ON attempt_breaks(attempt_id, client_id)',
    ),
    sqlStep(`CREATE TABLE IF NOT EXISTS display_settings (
      profile_id TEXT PRIMARY KEY REFERENCES profiles(id),
      client_id TEXT NOT NULL REFERENCES clients(id),
      text_size TEXT NOT NULL DEFAULT 'standard',
      line_spacing TEXT NOT NULL DEFAULT 'standard',
      contrast TEXT NOT NULL DEFAULT 'standard',
      theme TEXT NOT NULL DEFAULT 'light',
      updated_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_display_settings_client_id ON display_settings(client_id)',
    ),
    // On the clock's narrow row, not on attempts: set at the start, and break time at every tick.
    addColumn('attempt_clocks', 'accommodation_ms', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('attempt_clocks', 'break_allowance_ms', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('attempt_clocks', 'break_used_ms', 'INTEGER NOT NULL DEFAULT 0'),
  ],
};
