import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { attemptAnswers, attempts, profiles } from '../schema/index';
import type { TenantContext } from '../tenant';
import { FINISHED } from './gradebook';
import { getGradingRow } from './grading';
import { getTestRow } from './tests';

export interface RegradeAnswer {
  answerId: string;
  attemptId: string;
  questionId: string;
  answer: string | null;
  marks: number | null;
  gradedAt: string | null;
}

export interface RegradeAttempt {
  attemptId: string;
  studentName: string;
  status: string | null;
  score: number | null;
  paper: string | null;
}

/** The ids of a test's finished attempts, in a stable order: a regrade goes through them a part at a time. */
export async function finishedAttemptIds(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<string[]> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(
      and(
        eq(attempts.testId, testId),
        eq(attempts.clientId, tenant.clientId),
        inArray(attempts.status, [...FINISHED]),
      ),
    )
    .orderBy(asc(attempts.id));
  return rows.map((r) => r.id);
}

/**
 * Every finished attempt of a test (or those of `attemptIds` among them) and
 * every answer in them, for re-scoring.
 */
export async function regradeInput(
  db: Db,
  tenant: TenantContext,
  testId: string,
  attemptIds?: readonly string[],
): Promise<{ attempts: RegradeAttempt[]; answers: RegradeAnswer[] }> {
  await getTestRow(db, tenant, testId);
  const finished = and(
    eq(attempts.testId, testId),
    eq(attempts.clientId, tenant.clientId),
    inArray(attempts.status, [...FINISHED]),
    ...(attemptIds === undefined ? [] : [inArray(attempts.id, [...attemptIds])]),
  );
  const attemptRows = await db
    .select({
      attemptId: attempts.id,
      studentName: profiles.name,
      status: attempts.status,
      score: attempts.score,
      paper: attempts.paper,
    })
    .from(attempts)
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .where(finished);
  const answers = await db
    .select({
      answerId: attemptAnswers.id,
      attemptId: attemptAnswers.attemptId,
      questionId: attemptAnswers.questionId,
      answer: attemptAnswers.studentAnswer,
      marks: attemptAnswers.marksObtained,
      gradedAt: attemptAnswers.gradedAt,
    })
    .from(attemptAnswers)
    .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
    .where(and(finished, eq(attemptAnswers.clientId, tenant.clientId)));
  return { attempts: attemptRows, answers };
}

/** Writes a re-scored answer (an objective one; a grader's marks are never touched here). */
export async function setAnswerScore(
  db: Db,
  tenant: TenantContext,
  answerId: string,
  score: { marks: number | null; isCorrect: boolean | null; nowIso: string },
): Promise<void> {
  await getGradingRow(db, tenant, answerId);
  await db
    .update(attemptAnswers)
    .set({
      marksObtained: score.marks,
      isCorrect: score.isCorrect === null ? null : score.isCorrect ? 1 : 0,
      updatedAt: score.nowIso,
    })
    .where(and(eq(attemptAnswers.id, answerId), eq(attemptAnswers.clientId, tenant.clientId)));
}
