import { type Migration, sqlStep } from './types';

/**
 * How often a student started each audio clip of a question in an attempt,
 * for listening items with a play limit. One row per attempt, question and
 * clip (its id derived from the three, like an answer's), written with its
 * audit row like an answer save, so the count survives a crash.
 */
export const migration0053: Migration = {
  version: 53,
  name: 'media_plays',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS attempt_media_plays (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      attempt_id TEXT NOT NULL REFERENCES attempts(id),
      question_id TEXT NOT NULL,
      media_sha256 TEXT NOT NULL,
      plays INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_media_plays_attempt ON attempt_media_plays(attempt_id, question_id)',
    ),
  ],
};
