import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { attemptAnswers, attempts } from '../schema/index';
import type { TenantContext } from '../tenant';
import { FINISHED } from './gradebook';
import { getTestRow } from './tests';

export interface AnswerCell {
  attemptId: string;
  questionId: string;
  answer: string | null;
  marks: number | null;
}

/**
 * Every answer of every finished attempt at a test, as a flat list: the input
 * of item analysis. One narrow query, since a busy test has 100,000 of them.
 */
export async function answerMatrix(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<AnswerCell[]> {
  await getTestRow(db, tenant, testId);
  return db
    .select({
      attemptId: attemptAnswers.attemptId,
      questionId: attemptAnswers.questionId,
      answer: attemptAnswers.studentAnswer,
      marks: attemptAnswers.marksObtained,
    })
    .from(attemptAnswers)
    .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
    .where(
      and(
        eq(attempts.testId, testId),
        eq(attempts.clientId, tenant.clientId),
        inArray(attempts.status, [...FINISHED]),
      ),
    );
}
