import { type Migration, sqlStep } from './types';

/**
 * Reports that stay fast at 10,000 attempts: each scored attempt has a
 * summary of its answers (marks, answered or not, options picked), written
 * with its score, so item analysis reads one row per attempt instead of
 * every answer; and the answers still waiting for a grader have an index of
 * their own, so the gradebook counts them without visiting the graded ones.
 * The summary has a table of its own, as the clock has (0020): the attempts
 * row, which holds the drawn paper, is not rewritten for it. Attempts scored
 * before this version have no summary and are read from their answers.
 */
export const migration0031: Migration = {
  version: 31,
  name: 'report_summaries',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS attempt_summaries (
      attempt_id TEXT PRIMARY KEY REFERENCES attempts(id),
      client_id TEXT NOT NULL REFERENCES clients(id),
      test_id TEXT NOT NULL REFERENCES tests(id),
      summary TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_summaries_test_id ON attempt_summaries(test_id)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_answers_ungraded ON attempt_answers(attempt_id) WHERE marks_obtained IS NULL',
    ),
  ],
};
