import { and, asc, eq, inArray } from 'drizzle-orm';
import { attemptStatusSchema, type AttemptStatus } from '@shared/domain/attempts';
import type { Db } from '../client';
import { attemptAnswers, attempts, profiles } from '../schema/index';
import type { TenantContext } from '../tenant';
import { getTestRow } from './tests';

export interface AnalysisAttemptRow {
  attemptId: string;
  status: AttemptStatus;
  paper: string | null;
}

/**
 * Every attempt at a test in the gradebook's order (by student name, then
 * attempt), with what item analysis needs of it: the query of
 * `gradebookAttempts` with fewer columns, so the attempts come in the same
 * order and the sums over them add up in the same order.
 */
export async function analysisAttempts(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<AnalysisAttemptRow[]> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({ attemptId: attempts.id, status: attempts.status, paper: attempts.paper })
    .from(attempts)
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .where(and(eq(attempts.testId, testId), eq(attempts.clientId, tenant.clientId)))
    .orderBy(asc(profiles.name), asc(attempts.attemptNo));
  return rows.map((r) => ({
    ...r,
    status: attemptStatusSchema.catch('in_progress').parse(r.status),
  }));
}

export interface AnswerCell {
  attemptId: string;
  questionId: string;
  answer: string | null;
  marks: number | null;
}

/** Ids per read: well under SQLite's limit on bound values. */
const IDS_PER_READ = 500;

/**
 * Every answer of these attempts of the organisation: what item analysis
 * reads for the attempts that have no answer summary (scored before there
 * were summaries).
 */
export async function answerCellsOf(
  db: Db,
  tenant: TenantContext,
  attemptIds: readonly string[],
): Promise<AnswerCell[]> {
  const out: AnswerCell[] = [];
  for (let i = 0; i < attemptIds.length; i += IDS_PER_READ) {
    const chunk = attemptIds.slice(i, i + IDS_PER_READ);
    const rows = await db
      .select({
        attemptId: attemptAnswers.attemptId,
        questionId: attemptAnswers.questionId,
        answer: attemptAnswers.studentAnswer,
        marks: attemptAnswers.marksObtained,
      })
      .from(attemptAnswers)
      .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
      .where(and(inArray(attempts.id, chunk), eq(attempts.clientId, tenant.clientId)));
    out.push(...rows);
  }
  return out;
}
