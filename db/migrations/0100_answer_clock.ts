import { addColumn, type Migration, sqlStep } from './types';

/**
 * The answer save carries the attempt's clock on the answer row it writes
 * anyway, instead of updating the attempt's clock row too: a row change fewer
 * on the wire for every save.
 * - `elapsed_ms`: the attempt's elapsed time at this answer's last save. The
 *   persisted clock of a running attempt is the later of its clock row (the
 *   5-second heartbeat, written when no save persisted the time) and its
 *   newest save (see `persistedClock` in db/repositories/attempt-clock.ts).
 * - `save_hash`: the hash of that save's audit row, its receipt in the
 *   device's chain, which `attempt_clocks.last_save_hash` held before; older
 *   rows' receipts stay where they are and still verify.
 * Both are null on every row an older app wrote. The index finds an
 * attempt's newest save in one search, for the resume and the proctor console.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'answer_clock',
  steps: [
    addColumn('attempt_answers', 'elapsed_ms', 'INTEGER'),
    addColumn('attempt_answers', 'save_hash', 'TEXT'),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_attempt_answers_newest_save ON attempt_answers(attempt_id, client_id, elapsed_ms, updated_at)',
    ),
  ],
};
