import { addColumn, type Migration, sqlStep } from './types';

/**
 * Writes that stay small enough to push: imports staged in bounded
 * transactions behind one row that makes them live, and the seal rows that
 * end a push request (db/sync/push-seal.ts). The reason for each column is
 * on its drizzle definition in db/schema.
 */
export const migration0045: Migration = {
  version: 45,
  name: 'bounded_writes',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS staged_imports (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      kind TEXT NOT NULL,
      device_id TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'staging',
      created_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_staged_imports_device ON staged_imports(device_id, status)',
    ),
    addColumn('questions', 'import_id', 'TEXT'),
    addColumn('profiles', 'import_id', 'TEXT'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_questions_import_id ON questions(import_id)'),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_profiles_import_id ON profiles(import_id)'),
    sqlStep(`CREATE TABLE IF NOT EXISTS sync_push_seals (
      slot INTEGER PRIMARY KEY,
      n INTEGER NOT NULL DEFAULT 0
    )`),
  ],
};
