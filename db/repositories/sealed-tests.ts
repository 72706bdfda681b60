import { and, count, eq, inArray, isNotNull, isNull, like, ne, notLike, or } from 'drizzle-orm';
import { mediaRefsInText } from '@shared/content/media-refs';
import type { Db } from '../client';
import { toBool } from '../rows';
import { questions, questionVersions, testQuestions, tests } from '../schema/index';
import { TEST_SEALED_PREFIX } from '../sealing/test-content';
import type { TenantContext } from '../tenant';
import type { OrgScope } from './devices';
import { keyOwnerOf, openedColumns, sealedColumns, type QuestionTable } from './question-mapping';

/** A sealed test's row as main reads it to hold its key and decide its release. */
export interface TestSealing {
  id: string;
  clientId: string;
  sealed: boolean;
  wraps: string | null;
  availableFrom: string | null;
  startCodeRequired: boolean;
}

const sealingColumns = {
  id: tests.id,
  clientId: tests.clientId,
  sealed: tests.sealed,
  wraps: tests.sealedKeyWraps,
  availableFrom: tests.availableFrom,
  startCodeRequired: tests.startCodeRequired,
};

const toSealing = (r: {
  id: string;
  clientId: string;
  sealed: number;
  wraps: string | null;
  availableFrom: string | null;
  startCodeRequired: number;
}): TestSealing => ({
  ...r,
  sealed: toBool(r.sealed),
  startCodeRequired: toBool(r.startCodeRequired),
});

/** Every sealed test in the local file, of whichever organisation: main holds their keys. */
export async function sealedTestsHere(db: Db): Promise<TestSealing[]> {
  const rows = await db
    .select(sealingColumns)
    .from(tests)
    .where(and(eq(tests.sealed, 1), isNotNull(tests.sealedKeyWraps)));
  return rows.map(toSealing);
}

/** One test's sealing, read without the deleted filter (an attempt outlives its test); null when the organisation has no such test. */
export async function testSealingOf(
  db: Db,
  scope: OrgScope,
  testId: string,
): Promise<TestSealing | null> {
  const rows = await db
    .select(sealingColumns)
    .from(tests)
    .where(and(eq(tests.id, testId), eq(tests.clientId, scope.clientId)))
    .limit(1);
  const row = rows[0];
  return row ? toSealing(row) : null;
}

/** Marks a test sealed with its key's wraps, or not sealed (no wraps). */
export async function setTestSealing(
  db: Db,
  tenant: TenantContext,
  testId: string,
  sealing: { sealed: boolean; wraps: string | null },
  nowIso: string,
): Promise<void> {
  await db
    .update(tests)
    .set({ sealed: sealing.sealed ? 1 : 0, sealedKeyWraps: sealing.wraps, updatedAt: nowIso })
    .where(and(eq(tests.id, testId), eq(tests.clientId, tenant.clientId)));
}

/** The questions a test lists now. */
export async function questionIdsOfTest(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: testQuestions.questionId })
    .from(testQuestions)
    .where(
      and(
        eq(testQuestions.testId, testId),
        eq(testQuestions.clientId, tenant.clientId),
        isNull(testQuestions.deletedAt),
      ),
    );
  return rows.map((r) => r.id);
}

/** Other live tests that list any of these questions, by name. */
export async function otherTestsListing(
  db: Db,
  tenant: TenantContext,
  testId: string,
  questionIds: readonly string[],
): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ name: tests.testName })
    .from(testQuestions)
    .innerJoin(tests, eq(tests.id, testQuestions.testId))
    .where(
      and(
        eq(testQuestions.clientId, tenant.clientId),
        inArray(testQuestions.questionId, [...questionIds]),
        ne(testQuestions.testId, testId),
        isNull(testQuestions.deletedAt),
        isNull(tests.deletedAt),
      ),
    );
  return rows.map((r) => r.name).sort();
}

/** The questions among these whose content another test's key seals. */
export async function sealedByOtherTest(
  db: Db,
  tenant: TenantContext,
  testId: string,
  questionIds: readonly string[],
): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const rows = await db
    .select({ id: questions.id, text: questions.questionText })
    .from(questions)
    .where(
      and(
        eq(questions.clientId, tenant.clientId),
        inArray(questions.id, [...questionIds]),
        like(questions.questionText, `${TEST_SEALED_PREFIX}%`),
      ),
    );
  return rows.filter((r) => !r.text.startsWith(`${TEST_SEALED_PREFIX}${testId}:`)).map((r) => r.id);
}

type ContentRow = {
  id: string;
  clientId: string;
  questionId?: string;
  questionText: string;
  options: string | null;
  correctAnswer: string | null;
  feedback: string | null;
  typeParts: string | null;
};

const contentSelection = {
  id: questions.id,
  clientId: questions.clientId,
  questionText: questions.questionText,
  options: questions.options,
  correctAnswer: questions.correctAnswer,
  feedback: questions.feedback,
  typeParts: questions.typeParts,
};
const versionContentSelection = {
  id: questionVersions.id,
  clientId: questionVersions.clientId,
  questionId: questionVersions.questionId,
  questionText: questionVersions.questionText,
  options: questionVersions.options,
  correctAnswer: questionVersions.correctAnswer,
  feedback: questionVersions.feedback,
  typeParts: questionVersions.typeParts,
};

/** The content columns a row takes: sealed under a test (or plain when `sealingTest` is null). */
function contentWrite(table: QuestionTable, row: ContentRow, sealingTest: string | null) {
  const opened = openedColumns(table, row);
  const written = sealedColumns(keyOwnerOf(table, row), opened, sealingTest);
  return {
    questionText: written.questionText,
    options: written.options,
    feedback: written.feedback,
    typeParts: written.typeParts,
  };
}

async function rewriteContent(
  db: Db,
  heads: readonly ContentRow[],
  versions: readonly ContentRow[],
  sealingTest: string | null,
): Promise<void> {
  for (const row of heads) {
    await db
      .update(questions)
      .set(contentWrite('questions', row, sealingTest))
      .where(and(eq(questions.id, row.id), eq(questions.clientId, row.clientId)));
  }
  for (const row of versions) {
    await db
      .update(questionVersions)
      .set(contentWrite('question_versions', row, sealingTest))
      .where(and(eq(questionVersions.id, row.id), eq(questionVersions.clientId, row.clientId)));
  }
}

/**
 * Seals the content of these questions (their head and every version) under
 * the test's key, where it is still plain. The plain text written before is
 * gone from the rows; see README (Security) for what an earlier copy keeps.
 */
export async function sealQuestionContent(
  db: Db,
  tenant: TenantContext,
  testId: string,
  questionIds: readonly string[],
): Promise<number> {
  if (questionIds.length === 0) return 0;
  const ids = [...questionIds];
  const stillPlain = (
    column: typeof questions.questionText | typeof questionVersions.questionText,
  ) => notLike(column, `${TEST_SEALED_PREFIX}%`);
  const heads = await db
    .select(contentSelection)
    .from(questions)
    .where(
      and(
        eq(questions.clientId, tenant.clientId),
        inArray(questions.id, ids),
        stillPlain(questions.questionText),
      ),
    );
  const versions = await db
    .select(versionContentSelection)
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.clientId, tenant.clientId),
        inArray(questionVersions.questionId, ids),
        stillPlain(questionVersions.questionText),
      ),
    );
  await rewriteContent(db, heads, versions, testId);
  return heads.length + versions.length;
}

/** Every row a test's key seals (heads, versions and copies), as stored. */
async function rowsSealedUnder(db: Db, tenant: Pick<TenantContext, 'clientId'>, testId: string) {
  const prefix = `${TEST_SEALED_PREFIX}${testId}:%`;
  const heads = await db
    .select(contentSelection)
    .from(questions)
    .where(and(eq(questions.clientId, tenant.clientId), like(questions.questionText, prefix)));
  const versions = await db
    .select(versionContentSelection)
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.clientId, tenant.clientId),
        like(questionVersions.questionText, prefix),
      ),
    );
  return { heads, versions };
}

/**
 * Opens in place every row a test's key seals (heads, versions and copies):
 * the test is no longer sealed, so its questions read as any other.
 */
export async function unsealQuestionContent(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<number> {
  const { heads, versions } = await rowsSealedUnder(db, tenant, testId);
  await rewriteContent(db, heads, versions, null);
  return heads.length + versions.length;
}

/** The media files (by SHA-256) that the rows a test's key seals show, in any content column. */
export async function mediaShownByTest(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
): Promise<string[]> {
  const { heads, versions } = await rowsSealedUnder(db, tenant, testId);
  const refs = new Set<string>();
  const collect = (row: ContentRow) => {
    for (const text of [row.questionText, row.options, row.feedback, row.typeParts]) {
      if (text !== null) mediaRefsInText(text, refs);
    }
  };
  heads.forEach((row) => collect(openedColumns('questions', row)));
  versions.forEach((row) => collect(openedColumns('question_versions', row)));
  return [...refs].sort();
}

/**
 * How many question rows (heads and versions) that no test's key seals show
 * this media file: while there is one, the file's bytes stay in clear too.
 */
export async function plainRowsShowingMedia(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<number> {
  const ref = `%media:${sha256}%`;
  const shows = (t: typeof questions | typeof questionVersions) =>
    and(
      eq(t.clientId, tenant.clientId),
      notLike(t.questionText, `${TEST_SEALED_PREFIX}%`),
      or(
        like(t.questionText, ref),
        like(t.options, ref),
        like(t.feedback, ref),
        like(t.typeParts, ref),
      ),
    );
  const heads = await db.select({ n: count() }).from(questions).where(shows(questions));
  const versions = await db
    .select({ n: count() })
    .from(questionVersions)
    .where(shows(questionVersions));
  return (heads[0]?.n ?? 0) + (versions[0]?.n ?? 0);
}
