import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { attemptStatusSchema, type AttemptStatus } from '@shared/domain/attempts';
import type { Db } from '../client';
import { attemptAnswers, attempts, integrityEvents, profiles } from '../schema/index';
import type { TenantContext } from '../tenant';
import { getTestRow } from './tests';

/** Statuses of an attempt the student has finished. */
export const FINISHED: readonly AttemptStatus[] = ['submitted', 'needs_grading', 'graded'];

export interface GradebookAttempt {
  attemptId: string;
  studentId: string;
  studentName: string;
  studentEmail: string;
  attemptNo: number;
  status: AttemptStatus;
  score: number | null;
  totalMarks: number | null;
  startedAt: string | null;
  submittedAt: string | null;
  elapsedMs: number;
  deviceId: string | null;
  testVersion: number;
  paper: string | null;
}

/** Every attempt at one test, with who sat it; the gradebook's rows. */
export async function gradebookAttempts(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<GradebookAttempt[]> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({
      attemptId: attempts.id,
      studentId: attempts.studentId,
      studentName: profiles.name,
      studentEmail: profiles.email,
      attemptNo: attempts.attemptNo,
      status: attempts.status,
      score: attempts.score,
      totalMarks: attempts.totalMarks,
      startedAt: attempts.startedAt,
      submittedAt: attempts.submittedAt,
      elapsedMs: attempts.elapsedMs,
      deviceId: attempts.deviceId,
      testVersion: attempts.testVersion,
      paper: attempts.paper,
    })
    .from(attempts)
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .where(and(eq(attempts.testId, testId), eq(attempts.clientId, tenant.clientId)))
    .orderBy(asc(profiles.name), asc(attempts.attemptNo));
  return rows.map((r) => ({
    ...r,
    status: attemptStatusSchema.catch('in_progress').parse(r.status),
  }));
}

/** Integrity events per attempt of a test, by kind. */
export async function integrityCounts(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<Map<string, Record<string, number>>> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({ attemptId: integrityEvents.attemptId, kind: integrityEvents.kind, n: count() })
    .from(integrityEvents)
    .innerJoin(attempts, eq(attempts.id, integrityEvents.attemptId))
    .where(
      and(
        eq(attempts.testId, testId),
        eq(attempts.clientId, tenant.clientId),
        eq(integrityEvents.clientId, tenant.clientId),
      ),
    )
    .groupBy(integrityEvents.attemptId, integrityEvents.kind);
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const kinds = out.get(r.attemptId) ?? {};
    kinds[r.kind] = r.n;
    out.set(r.attemptId, kinds);
  }
  return out;
}

/** Answers still waiting for a grader, per finished attempt of a test. */
export async function pendingGradingCounts(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<Map<string, number>> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({ attemptId: attemptAnswers.attemptId, n: count() })
    .from(attemptAnswers)
    .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
    .where(
      and(
        eq(attempts.testId, testId),
        eq(attempts.clientId, tenant.clientId),
        inArray(attempts.status, [...FINISHED]),
        isNull(attemptAnswers.marksObtained),
      ),
    )
    .groupBy(attemptAnswers.attemptId);
  return new Map(rows.map((r) => [r.attemptId, r.n]));
}
