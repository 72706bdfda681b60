import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { attempts, testQuestions, tests } from '../schema/index';
import type { TenantContext } from '../tenant';
import { getTestRow } from './tests';

/** How many attempts a test has, by status. */
export async function attemptCountsForTest(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<{ total: number; inProgress: number }> {
  await getTestRow(db, tenant, testId);
  const rows = await db
    .select({ status: attempts.status, n: count() })
    .from(attempts)
    .where(and(eq(attempts.testId, testId), eq(attempts.clientId, tenant.clientId)))
    .groupBy(attempts.status);
  return {
    total: rows.reduce((sum, r) => sum + r.n, 0),
    inProgress: rows.find((r) => r.status === 'in_progress')?.n ?? 0,
  };
}

/** Points each of a test's questions at the version it will be sat on. */
export async function pinTestQuestions(
  db: Db,
  tenant: TenantContext,
  testId: string,
  versions: ReadonlyMap<string, string | null>,
  nowIso: string,
): Promise<void> {
  await getTestRow(db, tenant, testId);
  for (const [questionId, versionId] of versions) {
    await db
      .update(testQuestions)
      .set({ questionVersionId: versionId, updatedAt: nowIso })
      .where(
        and(
          eq(testQuestions.testId, testId),
          eq(testQuestions.questionId, questionId),
          eq(testQuestions.clientId, tenant.clientId),
          isNull(testQuestions.deletedAt),
        ),
      );
  }
}

export async function softDeleteTest(
  db: Db,
  tenant: TenantContext,
  testId: string,
  nowIso: string,
): Promise<void> {
  await getTestRow(db, tenant, testId);
  await db
    .update(tests)
    .set({ deletedAt: nowIso, updatedAt: nowIso })
    .where(and(eq(tests.id, testId), eq(tests.clientId, tenant.clientId)));
}
