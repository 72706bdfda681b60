import { type Migration, sqlStep } from './types';

/**
 * Guessing limits that hold across sign-outs, restarts and wall-clock changes:
 * wrong tries per computer and per target, and each computer's app uptime, the
 * clock the lockouts run on. Both are keyed by device, so computers never
 * write each other's rows; they sync so the proctor console of any computer in
 * the centre sees every lockout.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'guess_guards',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS guess_guards (
      id TEXT PRIMARY KEY,
      client_id TEXT REFERENCES clients(id),
      device_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      target TEXT NOT NULL,
      failures INTEGER NOT NULL DEFAULT 0,
      lockouts INTEGER NOT NULL DEFAULT 0,
      locked_until_uptime_ms INTEGER,
      locked_until_estimate TEXT,
      last_locked_at TEXT,
      updated_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_guess_guards_target ON guess_guards(kind, target, device_id)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_guess_guards_client ON guess_guards(client_id, last_locked_at)',
    ),
    sqlStep(`CREATE TABLE IF NOT EXISTS device_uptime (
      device_id TEXT PRIMARY KEY,
      uptime_ms INTEGER NOT NULL,
      wall_at TEXT NOT NULL
    )`),
  ],
};
