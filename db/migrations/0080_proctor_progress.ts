import { type Migration, sqlStep } from './types';

/**
 * Indexes for the proctor console's progress read, which runs every few
 * seconds over the whole centre's synced rows (600 attempts of 40 questions
 * and a term's history took about a second without them):
 * - the answers given per attempt, counted from the index alone (a row whose
 *   only change is a review flag has no answer and is not in it);
 * - the attempts that ended recently, found without reading the older ones;
 * - integrity events per attempt and kind, counted from the index alone.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'proctor_progress',
  steps: [
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_answers_given ON attempt_answers(attempt_id, client_id) WHERE student_answer IS NOT NULL',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempts_client_submitted ON attempts(client_id, submitted_at)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_integrity_events_attempt_kind ON integrity_events(attempt_id, client_id, kind)',
    ),
  ],
};
