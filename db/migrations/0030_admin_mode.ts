import { addColumn, type Migration, sqlStep } from './types';

/**
 * Admin mode: the total an author means a test to be worth (checked on publish),
 * a per-device head of the audit chain (so a deleted last row is evident), and
 * the indexes the bank list and the gradebook read by.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'admin_mode',
  steps: [
    addColumn('tests', 'expected_total_marks', 'REAL'),
    sqlStep(`CREATE TABLE IF NOT EXISTS audit_chain_heads (
      device_id TEXT PRIMARY KEY,
      client_id TEXT REFERENCES clients(id),
      seq INTEGER NOT NULL,
      hash TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`),
    // Rows written before the heads existed: the head is the newest row of each device.
    sqlStep(`INSERT OR IGNORE INTO audit_chain_heads (device_id, client_id, seq, hash, updated_at)
      SELECT a.device_id, a.client_id, a.seq, a.hash, COALESCE(a.created_at, '')
      FROM audit_logs a
      WHERE a.device_id IS NOT NULL AND a.hash IS NOT NULL
        AND a.seq = (SELECT MAX(b.seq) FROM audit_logs b WHERE b.device_id = a.device_id)`),
    // Live questions newest first, paged on this index alone; counting live questions reads only it.
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_questions_live ON questions(client_id, deleted_at, updated_at, id)',
    ),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_attempts_test_status ON attempts(test_id, status)'),
  ],
};
