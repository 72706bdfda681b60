import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import type { Db } from '../client';
import {
  attemptAnswers,
  attempts,
  profiles,
  questions,
  questionVersions,
  tests,
} from '../schema/index';
import type { TenantContext } from '../tenant';
import { openedText } from './question-mapping';
import { getAttemptRow } from './attempts';
import { FINISHED } from './gradebook';
import { getTestRow } from './tests';

export interface GradingRow {
  answerId: string;
  attemptId: string;
  testId: string;
  testName: string;
  studentName: string;
  questionId: string;
  questionVersionId: string | null;
  studentAnswer: string | null;
  marksObtained: number | null;
  graderComment: string | null;
  gradedAt: string | null;
  gradedBy: string | null;
  attemptStatus: string | null;
  paper: string | null;
}

const gradingColumns = {
  answerId: attemptAnswers.id,
  attemptId: attemptAnswers.attemptId,
  testId: attempts.testId,
  testName: tests.testName,
  studentName: profiles.name,
  questionId: attemptAnswers.questionId,
  questionVersionId: attemptAnswers.questionVersionId,
  studentAnswer: attemptAnswers.studentAnswer,
  marksObtained: attemptAnswers.marksObtained,
  graderComment: attemptAnswers.graderComment,
  gradedAt: attemptAnswers.gradedAt,
  gradedBy: attemptAnswers.gradedBy,
  attemptStatus: attempts.status,
  paper: attempts.paper,
};

/**
 * Essay answers of finished attempts, oldest submission first: those still to
 * grade, or (with `includeGraded`) every one, for a second look.
 */
export async function gradingRows(
  db: Db,
  tenant: TenantContext,
  filter: { testId?: string | undefined; includeGraded?: boolean | undefined },
): Promise<GradingRow[]> {
  if (filter.testId) await getTestRow(db, tenant, filter.testId);
  const conditions: SQL[] = [
    eq(attempts.clientId, tenant.clientId),
    eq(attemptAnswers.clientId, tenant.clientId),
    inArray(attempts.status, [...FINISHED]),
    eq(questions.questionType, 'essay'),
  ];
  if (filter.testId) conditions.push(eq(attempts.testId, filter.testId));
  if (!filter.includeGraded) conditions.push(isNull(attemptAnswers.gradedAt));
  return db
    .select(gradingColumns)
    .from(attemptAnswers)
    .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
    .innerJoin(tests, eq(tests.id, attempts.testId))
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .innerJoin(questions, eq(questions.id, attemptAnswers.questionId))
    .where(and(...conditions))
    .orderBy(asc(attempts.submittedAt), asc(attemptAnswers.id));
}

export async function getGradingRow(
  db: Db,
  tenant: TenantContext,
  answerId: string,
): Promise<GradingRow> {
  const rows = await db
    .select(gradingColumns)
    .from(attemptAnswers)
    .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
    .innerJoin(tests, eq(tests.id, attempts.testId))
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .where(
      and(
        eq(attemptAnswers.id, answerId),
        eq(attemptAnswers.clientId, tenant.clientId),
        eq(attempts.clientId, tenant.clientId),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('answer');
  return row;
}

/** The text and word limits of the exact version an answer was given to (or the current one). */
export async function questionTextsFor(
  db: Db,
  tenant: TenantContext,
  refs: ReadonlyArray<{ questionId: string; questionVersionId: string | null }>,
): Promise<Map<string, { text: string; settings: string | null; marks: number }>> {
  const out = new Map<string, { text: string; settings: string | null; marks: number }>();
  const versionIds = [
    ...new Set(refs.flatMap((r) => (r.questionVersionId ? [r.questionVersionId] : []))),
  ];
  const questionIds = [...new Set(refs.map((r) => r.questionId))];
  if (versionIds.length > 0) {
    const rows = await db
      .select({
        id: questionVersions.id,
        questionId: questionVersions.questionId,
        text: questionVersions.questionText,
        settings: questionVersions.settings,
        marks: questionVersions.marks,
      })
      .from(questionVersions)
      .where(
        and(
          eq(questionVersions.clientId, tenant.clientId),
          inArray(questionVersions.id, versionIds),
        ),
      );
    for (const r of rows) {
      const text = openedText({ clientId: tenant.clientId, questionId: r.questionId }, r.text);
      out.set(r.id, { text, settings: r.settings, marks: r.marks });
    }
  }
  if (questionIds.length > 0) {
    const rows = await db
      .select({
        id: questions.id,
        text: questions.questionText,
        settings: questions.settings,
        marks: questions.marks,
      })
      .from(questions)
      .where(and(eq(questions.clientId, tenant.clientId), inArray(questions.id, questionIds)));
    for (const r of rows) {
      const text = openedText({ clientId: tenant.clientId, questionId: r.id }, r.text);
      out.set(r.id, { text, settings: r.settings, marks: r.marks ?? 1 });
    }
  }
  return out;
}

export async function setAnswerGrade(
  db: Db,
  tenant: TenantContext,
  answerId: string,
  grade: { marks: number; comment: string | null; nowIso: string },
): Promise<void> {
  await getGradingRow(db, tenant, answerId);
  await db
    .update(attemptAnswers)
    .set({
      marksObtained: grade.marks,
      graderComment: grade.comment,
      gradedBy: tenant.profileId,
      gradedAt: grade.nowIso,
      updatedAt: grade.nowIso,
    })
    .where(and(eq(attemptAnswers.id, answerId), eq(attemptAnswers.clientId, tenant.clientId)));
}

/** The sum of an attempt's marks and how many answers still wait for a grader. */
export async function attemptTally(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
): Promise<{ sum: number; pending: number }> {
  await getAttemptRow(db, tenant, attemptId);
  const rows = await db
    .select({
      sum: sql<number>`coalesce(sum(${attemptAnswers.marksObtained}), 0)`,
      pending: sql<number>`coalesce(sum(case when ${attemptAnswers.marksObtained} is null then 1 else 0 end), 0)`,
    })
    .from(attemptAnswers)
    .where(
      and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.clientId, tenant.clientId)),
    );
  return { sum: rows[0]?.sum ?? 0, pending: rows[0]?.pending ?? 0 };
}

export async function setAttemptResult(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
  result: { score: number; status: string; nowIso: string },
): Promise<void> {
  await getAttemptRow(db, tenant, attemptId);
  await db
    .update(attempts)
    .set({ score: result.score, status: result.status, updatedAt: result.nowIso })
    .where(and(eq(attempts.id, attemptId), eq(attempts.clientId, tenant.clientId)));
}
