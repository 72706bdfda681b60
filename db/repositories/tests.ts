import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import { storedOf } from './question-mapping';
import { isAnswerable, isObjective } from '@shared/domain/questions';
import {
  defaultOrderingCredit,
  defaultReviewRelease,
  orderingCreditSchema,
  reviewReleaseSchema,
  showScoreSchema,
  testStatusSchema,
  type TestDetail,
  type TestQuestionEntry,
  type TestSettings,
  type TestStatus,
  type TestSummary,
  type TestUsingQuestion,
} from '@shared/domain/tests';
import type { Db } from '../client';
import { fromBool, toBool } from '../rows';
import { questions, testQuestions, tests } from '../schema/index';
import type { TenantContext } from '../tenant';
import { liveImportRows } from './staged-imports';

type TestRow = typeof tests.$inferSelect;

export function toTestSummary(
  row: TestRow,
  stats: { questionCount: number; totalMarks: number },
): TestSummary {
  return {
    id: row.id,
    name: row.testName,
    description: row.description,
    status: testStatusSchema.catch('draft').parse(row.status),
    timerMinutes: row.timer,
    shuffle: toBool(row.shuffle),
    allowReview: toBool(row.allowReview, true),
    attemptsAllowed: row.attemptsAllowed,
    availableFrom: row.availableFrom,
    availableUntil: row.availableUntil,
    startCodeRequired: toBool(row.startCodeRequired),
    showScore: showScoreSchema.catch('immediately').parse(row.showScore),
    negativeMarking: toBool(row.negativeMarking),
    passMark: row.passMark,
    expectedTotalMarks: row.expectedTotalMarks,
    reviewRelease: reviewReleaseSchema.catch(defaultReviewRelease).parse(row.reviewRelease),
    orderingCredit: orderingCreditSchema.catch(defaultOrderingCredit).parse(row.orderingCredit),
    sealed: toBool(row.sealed),
    version: row.version,
    questionCount: stats.questionCount,
    totalMarks: stats.totalMarks,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function settingsToColumns(s: TestSettings) {
  return {
    testName: s.name,
    description: s.description,
    timer: s.timerMinutes,
    shuffle: fromBool(s.shuffle),
    allowReview: fromBool(s.allowReview),
    attemptsAllowed: s.attemptsAllowed,
    availableFrom: s.availableFrom,
    availableUntil: s.availableUntil,
    startCodeRequired: fromBool(s.startCodeRequired),
    showScore: s.showScore,
    negativeMarking: fromBool(s.negativeMarking),
    passMark: s.passMark,
    expectedTotalMarks: s.expectedTotalMarks,
    // Absent keeps what the test has (the column's default for a new one).
    ...(s.reviewRelease !== undefined && { reviewRelease: s.reviewRelease }),
    ...(s.orderingCredit !== undefined && { orderingCredit: s.orderingCredit }),
  };
}

export async function getTestRow(db: Db, tenant: TenantContext, id: string): Promise<TestRow> {
  const rows = await db
    .select()
    .from(tests)
    .where(and(eq(tests.id, id), eq(tests.clientId, tenant.clientId), isNull(tests.deletedAt)))
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('test');
  return row;
}

async function statsFor(
  db: Db,
  tenant: TenantContext,
  testIds: string[],
): Promise<Map<string, { questionCount: number; totalMarks: number }>> {
  const out = new Map<string, { questionCount: number; totalMarks: number }>();
  if (testIds.length === 0) return out;
  const rows = await db
    .select({
      testId: testQuestions.testId,
      n: sql<number>`count(*)`,
      marks: sql<number>`coalesce(sum(${testQuestions.marks}), 0)`,
    })
    .from(testQuestions)
    .innerJoin(questions, eq(questions.id, testQuestions.questionId))
    .where(
      and(
        eq(testQuestions.clientId, tenant.clientId),
        inArray(testQuestions.testId, testIds),
        isNull(testQuestions.deletedAt),
        // A description is read, not answered: it is no question in the count.
        ne(questions.questionType, 'description'),
      ),
    )
    .groupBy(testQuestions.testId);
  for (const r of rows) out.set(r.testId, { questionCount: r.n, totalMarks: r.marks });
  return out;
}

export async function listTests(
  db: Db,
  tenant: TenantContext,
  filter: { status?: TestStatus | undefined } = {},
): Promise<TestSummary[]> {
  const conditions: SQL[] = [eq(tests.clientId, tenant.clientId), isNull(tests.deletedAt)];
  if (filter.status) conditions.push(eq(tests.status, filter.status));
  const rows = await db
    .select()
    .from(tests)
    .where(and(...conditions))
    .orderBy(desc(tests.updatedAt));
  const stats = await statsFor(
    db,
    tenant,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toTestSummary(r, stats.get(r.id) ?? { questionCount: 0, totalMarks: 0 }));
}

export async function listTestQuestions(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<TestQuestionEntry[]> {
  const rows = await db
    .select({ link: testQuestions, question: questions })
    .from(testQuestions)
    .innerJoin(questions, eq(questions.id, testQuestions.questionId))
    .where(
      and(
        eq(testQuestions.testId, testId),
        eq(testQuestions.clientId, tenant.clientId),
        isNull(testQuestions.deletedAt),
      ),
    )
    .orderBy(asc(testQuestions.position));
  return rows.map(({ link, question }) => {
    const stored = storedOf('questions', question);
    return {
      id: link.id,
      questionId: link.questionId,
      questionVersionId: link.questionVersionId,
      position: link.position,
      marks: link.marks,
      type: stored.type,
      text: stored.text,
      difficulty: stored.difficulty,
      hasKey: !isObjective(stored.type) || stored.key !== null,
      groupId: link.groupId,
    };
  });
}

export async function getTest(db: Db, tenant: TenantContext, id: string): Promise<TestDetail> {
  const row = await getTestRow(db, tenant, id);
  const entries = await listTestQuestions(db, tenant, id);
  const totalMarks = entries.reduce((sum, e) => sum + e.marks, 0);
  const questionCount = entries.filter((e) => isAnswerable(e.type)).length;
  return {
    ...toTestSummary(row, { questionCount, totalMarks }),
    questions: entries,
  };
}

export async function insertTest(
  db: Db,
  tenant: TenantContext,
  id: string,
  settings: TestSettings,
  nowIso: string,
): Promise<TestDetail> {
  await db.insert(tests).values({
    id,
    clientId: tenant.clientId,
    ...settingsToColumns(settings),
    status: 'draft',
    version: 1,
    createdBy: tenant.profileId,
    createdAt: nowIso,
    updatedAt: nowIso,
  });
  return getTest(db, tenant, id);
}

export async function updateTestRow(
  db: Db,
  tenant: TenantContext,
  id: string,
  values: Partial<typeof tests.$inferInsert>,
  nowIso: string,
): Promise<void> {
  await getTestRow(db, tenant, id);
  await db
    .update(tests)
    .set({ ...values, updatedAt: nowIso })
    .where(and(eq(tests.id, id), eq(tests.clientId, tenant.clientId)));
}

export interface TestQuestionInput {
  questionId: string;
  marks: number;
  questionVersionId?: string | null | undefined;
  groupId?: string | null | undefined;
}

/**
 * Replaces the ordered question list of a test. Links that leave are soft-deleted
 * (a delete must sync), links that stay keep their id.
 */
export async function replaceTestQuestions(
  db: Db,
  tenant: TenantContext,
  testId: string,
  entries: readonly TestQuestionInput[],
  newId: () => string,
  nowIso: string,
): Promise<void> {
  // The test and every question must be the caller's, or the links would reach into another tenant.
  await getTestRow(db, tenant, testId);
  const wanted = [...new Set(entries.map((e) => e.questionId))];
  if (wanted.length > 0) {
    const found = await db
      .select({ id: questions.id })
      .from(questions)
      .where(
        and(
          eq(questions.clientId, tenant.clientId),
          inArray(questions.id, wanted),
          liveImportRows(questions.importId),
        ),
      );
    if (found.length !== wanted.length) throw notFound('question');
  }
  const current = await db
    .select()
    .from(testQuestions)
    .where(
      and(
        eq(testQuestions.testId, testId),
        eq(testQuestions.clientId, tenant.clientId),
        isNull(testQuestions.deletedAt),
      ),
    );
  const byQuestion = new Map(current.map((l) => [l.questionId, l]));
  const keep = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const existing = byQuestion.get(entry.questionId);
    if (existing) {
      keep.add(existing.id);
      await db
        .update(testQuestions)
        .set({
          position: index + 1,
          marks: entry.marks,
          ...(entry.questionVersionId !== undefined && {
            questionVersionId: entry.questionVersionId,
          }),
          groupId: entry.groupId ?? null,
          updatedAt: nowIso,
        })
        .where(eq(testQuestions.id, existing.id));
    } else {
      await db.insert(testQuestions).values({
        id: newId(),
        clientId: tenant.clientId,
        testId,
        questionId: entry.questionId,
        questionVersionId: entry.questionVersionId ?? null,
        position: index + 1,
        marks: entry.marks,
        groupId: entry.groupId ?? null,
        createdAt: nowIso,
        updatedAt: nowIso,
      });
    }
  }
  for (const link of current) {
    if (!keep.has(link.id)) {
      await db
        .update(testQuestions)
        .set({ deletedAt: nowIso, updatedAt: nowIso })
        .where(eq(testQuestions.id, link.id));
    }
  }
}

/** The organisation's tests that list a question (deleted tests and removed entries aside). */
export async function listTestsUsingQuestion(
  db: Db,
  tenant: TenantContext,
  questionId: string,
): Promise<TestUsingQuestion[]> {
  const rows = await db
    .selectDistinct({ id: tests.id, name: tests.testName, status: tests.status })
    .from(testQuestions)
    .innerJoin(tests, eq(tests.id, testQuestions.testId))
    .where(
      and(
        eq(testQuestions.questionId, questionId),
        eq(testQuestions.clientId, tenant.clientId),
        eq(tests.clientId, tenant.clientId),
        isNull(testQuestions.deletedAt),
        isNull(tests.deletedAt),
      ),
    )
    .orderBy(asc(tests.testName));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: testStatusSchema.catch('draft').parse(r.status),
  }));
}
