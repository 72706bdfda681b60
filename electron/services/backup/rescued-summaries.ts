import type { Db } from '@db/client';
import type { RescueTables } from '@db/backup/rescue-rows';
import { writeAnswerSummary } from '@db/repositories/answer-summaries';

/**
 * Reports read a scored attempt's answer summary where it has one. After a
 * rescue added or replaced an attempt's rows, its summary is written again
 * from its answers as they are now (or removed, where they cannot be
 * summarised), in the same transaction, so no report reads an older one.
 */
export async function rewriteRescuedSummaries(
  tx: Db,
  clientId: string,
  tables: RescueTables,
  changedAttempts: ReadonlySet<string>,
  nowIso: string,
): Promise<void> {
  for (const attempt of tables.attempts) {
    const id = attempt.id;
    const studentId = attempt.student_id;
    if (typeof id !== 'string' || typeof studentId !== 'string' || !changedAttempts.has(id)) {
      continue;
    }
    await writeAnswerSummary(tx, { clientId, profileId: studentId, role: 'student' }, id, nowIso);
  }
}
