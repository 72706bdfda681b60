import { addColumn, type Migration, sqlStep } from './types';

/**
 * Signed audit chains. Each row names the payload its hash is over
 * (`hash_version`: 2 covers every column, `ip_address` included); rows from
 * before this migration keep NULL and are verified as they were hashed. The
 * public key each device signs its chain head with, enrolled under the
 * organisation's enrolment secret (`enrolment_mac`), and the newest signed
 * head of each device. Each device writes only its own rows of both tables.
 */
export const migration0085: Migration = {
  version: 85,
  name: 'signed_audit',
  steps: [
    addColumn('audit_logs', 'hash_version', 'INTEGER'),
    sqlStep(`CREATE TABLE IF NOT EXISTS device_keys (
      device_id TEXT PRIMARY KEY,
      client_id TEXT REFERENCES clients(id),
      public_key TEXT NOT NULL,
      registered_at TEXT NOT NULL,
      enrolment_mac TEXT
    )`),
    sqlStep(`CREATE TABLE IF NOT EXISTS audit_signed_heads (
      device_id TEXT PRIMARY KEY,
      client_id TEXT REFERENCES clients(id),
      seq INTEGER NOT NULL,
      hash TEXT NOT NULL,
      signed_at TEXT NOT NULL,
      signature TEXT NOT NULL
    )`),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_device_keys_client ON device_keys(client_id)'),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_audit_signed_heads_client ON audit_signed_heads(client_id)',
    ),
  ],
};
