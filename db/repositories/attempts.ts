import { and, desc, eq, type SQL } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import { attemptStatusSchema, type AttemptSummary } from '@shared/domain/attempts';
import {
  defaultReviewRelease,
  reviewReleaseSchema,
  scoreVisibleToStudent,
  showScoreSchema,
} from '@shared/domain/tests';
import { passedOf } from '@shared/review/attempt-outcome';
import { reviewVisible } from '@shared/review/question-review';
import type { Db } from '../client';
import { attempts, profiles, tests } from '../schema/index';
import type { TenantContext } from '../tenant';

export type AttemptRow = typeof attempts.$inferSelect;

/** Tenant scope, plus: a student only ever sees their own attempts. */
export function attemptScope(tenant: TenantContext): SQL[] {
  const conditions: SQL[] = [eq(attempts.clientId, tenant.clientId)];
  if (tenant.role === 'student') conditions.push(eq(attempts.studentId, tenant.profileId));
  return conditions;
}

/**
 * A student sees their score only when the test's setting allows it (staff always do).
 * `showScore` is the test's setting; omitted, the score is shown.
 */
export function toAttemptSummary(
  row: AttemptRow,
  testName: string,
  studentName: string,
  viewer?: {
    role: TenantContext['role'];
    showScore: string | null;
    passMark?: number | null;
    reviewRelease?: string | null;
  },
): AttemptSummary {
  const status = row.status ?? 'in_progress';
  const showScore = showScoreSchema.catch('immediately').parse(viewer?.showScore);
  const hidden = viewer?.role === 'student' && !scoreVisibleToStudent(showScore, status);
  const release = reviewReleaseSchema.catch(defaultReviewRelease).parse(viewer?.reviewRelease);
  return {
    id: row.id,
    testId: row.testId,
    testName,
    studentId: row.studentId,
    studentName,
    status: attemptStatusSchema.catch('in_progress').parse(row.status),
    attemptNo: row.attemptNo,
    score: hidden ? null : row.score,
    totalMarks: hidden ? null : row.totalMarks,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    deviceId: row.deviceId,
    passed: hidden ? null : passedOf(row.score, row.totalMarks, viewer?.passMark ?? null, status),
    reviewAvailable: reviewVisible(release, showScore, status),
  };
}

export async function getAttemptRow(
  db: Db,
  tenant: TenantContext,
  id: string,
): Promise<AttemptRow> {
  const rows = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.id, id), ...attemptScope(tenant)))
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('attempt');
  return row;
}

export interface AttemptFilter {
  testId?: string | undefined;
  studentId?: string | undefined;
  status?: string | undefined;
}

export async function listAttempts(
  db: Db,
  tenant: TenantContext,
  filter: AttemptFilter = {},
): Promise<AttemptSummary[]> {
  const conditions = attemptScope(tenant);
  if (filter.testId) conditions.push(eq(attempts.testId, filter.testId));
  if (filter.studentId) conditions.push(eq(attempts.studentId, filter.studentId));
  if (filter.status) conditions.push(eq(attempts.status, filter.status));
  const rows = await db
    .select({
      attempt: attempts,
      testName: tests.testName,
      showScore: tests.showScore,
      passMark: tests.passMark,
      reviewRelease: tests.reviewRelease,
      studentName: profiles.name,
    })
    .from(attempts)
    .innerJoin(tests, eq(tests.id, attempts.testId))
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .where(and(...conditions))
    .orderBy(desc(attempts.startedAt));
  return rows.map((r) =>
    toAttemptSummary(r.attempt, r.testName, r.studentName, {
      role: tenant.role,
      showScore: r.showScore,
      passMark: r.passMark,
      reviewRelease: r.reviewRelease,
    }),
  );
}

export async function getAttempt(
  db: Db,
  tenant: TenantContext,
  id: string,
): Promise<AttemptSummary> {
  const rows = await db
    .select({
      attempt: attempts,
      testName: tests.testName,
      showScore: tests.showScore,
      passMark: tests.passMark,
      reviewRelease: tests.reviewRelease,
      studentName: profiles.name,
    })
    .from(attempts)
    .innerJoin(tests, eq(tests.id, attempts.testId))
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .where(and(eq(attempts.id, id), ...attemptScope(tenant)))
    .limit(1);
  const r = rows[0];
  if (!r) throw notFound('attempt');
  return toAttemptSummary(r.attempt, r.testName, r.studentName, {
    role: tenant.role,
    showScore: r.showScore,
    passMark: r.passMark,
    reviewRelease: r.reviewRelease,
  });
}
