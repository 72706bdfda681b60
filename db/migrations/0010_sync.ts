import { addColumn, type Migration, sqlStep } from './types';

/**
 * What sync needs on top of the product schema: version links that settle a
 * question conflict, the state of un-enrolled devices, and a place for rows
 * the server refused so nothing is lost silently. The reason for each column
 * is on its drizzle definition in db/schema.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'sync',
  steps: [
    addColumn('question_versions', 'resolves', 'TEXT'),
    addColumn('devices', 'unenrolled_at', 'TEXT'),
    addColumn('devices', 'last_error', 'TEXT'),
    sqlStep(`CREATE TABLE IF NOT EXISTS sync_set_aside (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      device_id TEXT,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      reason TEXT NOT NULL,
      row_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_sync_set_aside_client_id ON sync_set_aside(client_id, resolved_at)',
    ),
  ],
};
