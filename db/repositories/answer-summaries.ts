import { and, eq, inArray } from 'drizzle-orm';
import { summariseAnswers } from '@shared/analysis/answer-summary';
import type { Db } from '../client';
import { attemptAnswers, attemptSummaries } from '../schema/index';
import type { TenantContext } from '../tenant';
import { getAttemptRow } from './attempts';

/** Ids per read: well under SQLite's limit on bound values. */
const IDS_PER_READ = 500;

/**
 * Writes the summary of an attempt's answers as they are now (see
 * shared/analysis/answer-summary.ts). Every change of a scored attempt's
 * marks calls it in the same transaction: scoring at the close, a grader's
 * marks, a regrade. An attempt whose marks cannot be summarised exactly has
 * its summary removed, so reports read its answers instead.
 */
export async function writeAnswerSummary(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
  nowIso: string,
): Promise<void> {
  const attempt = await getAttemptRow(db, tenant, attemptId);
  const rows = await db
    .select({
      questionId: attemptAnswers.questionId,
      answer: attemptAnswers.studentAnswer,
      marks: attemptAnswers.marksObtained,
    })
    .from(attemptAnswers)
    .where(eq(attemptAnswers.attemptId, attemptId));
  const summary = summariseAnswers(rows);
  if (summary === null) {
    await db
      .delete(attemptSummaries)
      .where(
        and(
          eq(attemptSummaries.attemptId, attemptId),
          eq(attemptSummaries.clientId, tenant.clientId),
        ),
      );
    return;
  }
  await db
    .insert(attemptSummaries)
    .values({
      attemptId,
      clientId: tenant.clientId,
      testId: attempt.testId,
      summary,
      updatedAt: nowIso,
    })
    .onConflictDoUpdate({
      target: attemptSummaries.attemptId,
      set: { summary, updatedAt: nowIso },
      setWhere: eq(attemptSummaries.clientId, tenant.clientId),
    });
}

/**
 * The answer summaries of these attempts of the organisation, by attempt id.
 * Item analysis reads them a chunk of attempts at a time, so a test's
 * summaries are never all held at once.
 */
export async function answerSummariesOfAttempts(
  db: Db,
  tenant: TenantContext,
  attemptIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < attemptIds.length; i += IDS_PER_READ) {
    const rows = await db
      .select({ attemptId: attemptSummaries.attemptId, summary: attemptSummaries.summary })
      .from(attemptSummaries)
      .where(
        and(
          inArray(attemptSummaries.attemptId, attemptIds.slice(i, i + IDS_PER_READ)),
          eq(attemptSummaries.clientId, tenant.clientId),
        ),
      );
    for (const r of rows) out.set(r.attemptId, r.summary);
  }
  return out;
}
