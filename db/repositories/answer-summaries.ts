import { and, eq } from 'drizzle-orm';
import { summariseAnswers } from '@shared/analysis/answer-summary';
import type { Db } from '../client';
import { attemptAnswers, attemptSummaries } from '../schema/index';
import type { TenantContext } from '../tenant';
import { getAttemptRow } from './attempts';
import { getTestRow } from './tests';

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

/** The answer summaries of a test's attempts, by attempt id. */
export async function answerSummariesOfTest(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<Map<string, string>> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({ attemptId: attemptSummaries.attemptId, summary: attemptSummaries.summary })
    .from(attemptSummaries)
    .where(
      and(eq(attemptSummaries.testId, testId), eq(attemptSummaries.clientId, tenant.clientId)),
    );
  return new Map(rows.map((r) => [r.attemptId, r.summary]));
}
