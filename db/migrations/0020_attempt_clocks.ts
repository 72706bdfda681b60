import { type Migration, sqlStep } from './types';

/**
 * The exam clock's heartbeat and the last-save receipt, in a narrow row of
 * their own. They change at every answer save and every few seconds; on the
 * attempts row (which also holds the drawn paper, tens of kilobytes for a
 * long test) each change rewrote and synced the whole row. The attempts row
 * keeps the final values, written when the attempt closes.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'attempt_clocks',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS attempt_clocks (
      attempt_id TEXT PRIMARY KEY REFERENCES attempts(id),
      client_id TEXT NOT NULL REFERENCES clients(id),
      elapsed_ms INTEGER NOT NULL DEFAULT 0,
      clock_persisted_at TEXT,
      last_saved_at TEXT,
      updated_at TEXT NOT NULL
    )`),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_attempt_clocks_client_id ON attempt_clocks(client_id)'),
    // Attempts already running carry their clock over.
    sqlStep(`INSERT OR IGNORE INTO attempt_clocks
      (attempt_id, client_id, elapsed_ms, clock_persisted_at, last_saved_at, updated_at)
      SELECT id, client_id, elapsed_ms, clock_persisted_at, last_saved_at,
        COALESCE(updated_at, started_at, created_at, '')
      FROM attempts
      WHERE status = 'in_progress' AND client_id IS NOT NULL`),
  ],
};
