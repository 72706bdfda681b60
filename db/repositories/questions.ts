import { plainTextOf } from '@shared/content/plain-text';
import {
  and,
  count,
  desc,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  like,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import type {
  QuestionRecord,
  QuestionSummary,
  QuestionVersionRecord,
  StoredQuestion,
} from '@shared/domain/bank';
import type { Difficulty, QuestionContent, QuestionType } from '@shared/domain/questions';
import type { Db } from '../client';
import { toBool } from '../rows';
import { questions, questionVersions, testQuestions } from '../schema/index';
import type { TenantContext } from '../tenant';
import {
  contentToColumns,
  listedColumnsToStored,
  openedText,
  sealedColumns,
  sealingTestOfRow,
  storedOf,
  type ListedColumns,
} from './question-mapping';
import { duplicateMacOf } from './question-import';
import { liveImportRows } from './staged-imports';

type QuestionRow = typeof questions.$inferSelect;
type VersionRow = typeof questionVersions.$inferSelect;

export function toQuestionRecord(row: QuestionRow): QuestionRecord {
  return {
    ...storedOf('questions', row),
    id: row.id,
    versionId: row.currentVersionId,
    version: row.version,
    deletedAt: row.deletedAt,
    conflict: toBool(row.conflict),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    sealedTestId: sealingTestOfRow(row),
  };
}

/** The columns of a question row a bank list reads. */
type ListedRow = ListedColumns &
  Pick<QuestionRow, 'id' | 'clientId' | 'version' | 'deletedAt' | 'conflict' | 'updatedAt'>;

const listedColumns = {
  id: questions.id,
  clientId: questions.clientId,
  questionText: questions.questionText,
  questionType: questions.questionType,
  marks: questions.marks,
  difficulty: questions.difficulty,
  tags: questions.tags,
  bodyFormat: questions.bodyFormat,
  version: questions.version,
  deletedAt: questions.deletedAt,
  conflict: questions.conflict,
  updatedAt: questions.updatedAt,
};

export function toQuestionSummary(row: ListedRow): QuestionSummary {
  const stored = listedColumnsToStored({
    ...row,
    questionText: openedText({ clientId: row.clientId, questionId: row.id }, row.questionText),
  });
  return {
    id: row.id,
    type: stored.type,
    // Lists and pickers show the stem as text: a rich stem's markup is not for them.
    text: plainTextOf(stored.format, stored.text),
    marks: stored.marks,
    difficulty: stored.difficulty,
    tags: stored.tags,
    version: row.version,
    deletedAt: row.deletedAt,
    conflict: toBool(row.conflict),
    updatedAt: row.updatedAt,
  };
}

export function toVersionRecord(row: VersionRow): QuestionVersionRecord {
  return {
    ...storedOf('question_versions', row),
    id: row.id,
    questionId: row.questionId,
    version: row.version,
    parentVersionId: row.parentVersionId,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    deviceId: row.deviceId,
  };
}

async function getRow(db: Db, tenant: TenantContext, id: string): Promise<QuestionRow> {
  const rows = await db
    .select()
    .from(questions)
    .where(
      and(
        eq(questions.id, id),
        eq(questions.clientId, tenant.clientId),
        liveImportRows(questions.importId),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('question');
  return row;
}

export async function getQuestion(
  db: Db,
  tenant: TenantContext,
  id: string,
): Promise<QuestionRecord> {
  return toQuestionRecord(await getRow(db, tenant, id));
}

export interface QuestionFilter {
  search?: string | undefined;
  type?: QuestionType | undefined;
  difficulty?: Difficulty | undefined;
  tag?: string | undefined;
  /** Only questions linked to this test. */
  testId?: string | undefined;
  /** live (default), deleted, or all. */
  state?: 'live' | 'deleted' | 'all' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * Some option's text is like `pattern`: the objects with a text in the
 * options' JSON array, as shared/search/searchable-text.ts reads them. The
 * nested CASEs keep malformed JSON and options that are not objects away
 * from the JSON functions, which would fail the whole query on them.
 */
function optionTextLike(pattern: string): SQL {
  return sql`exists (select 1 from json_each(case when json_valid(${questions.options}) then case when json_type(${questions.options}) = 'array' then ${questions.options} end end) as o where case when o.type = 'object' then case when json_type(o.value, '$.text') = 'text' then json_extract(o.value, '$.text') end end like ${pattern})`;
}

export function filterConditions(tenant: TenantContext, filter: QuestionFilter): SQL[] {
  // A staged import's questions stay out of every list until the import is live.
  const conditions: SQL[] = [
    eq(questions.clientId, tenant.clientId),
    liveImportRows(questions.importId),
  ];
  const state = filter.state ?? 'live';
  if (state === 'live') conditions.push(isNull(questions.deletedAt));
  if (state === 'deleted') conditions.push(isNotNull(questions.deletedAt));
  if (filter.type) conditions.push(eq(questions.questionType, filter.type));
  if (filter.difficulty) conditions.push(eq(questions.difficulty, filter.difficulty));
  if (filter.tag) conditions.push(like(questions.tags, `%${JSON.stringify(filter.tag)}%`));
  if (filter.search) {
    const pattern = `%${filter.search.trim().replace(/[%_\\]/g, '')}%`;
    const match = or(
      like(questions.questionText, pattern),
      like(questions.tags, pattern),
      optionTextLike(pattern),
    );
    if (match) conditions.push(match);
  }
  if (filter.testId) {
    conditions.push(
      // exists() puts no parentheses around raw SQL; the subquery needs its own.
      exists(
        sql`(select 1 from ${testQuestions} where ${testQuestions.questionId} = ${questions.id} and ${testQuestions.testId} = ${filter.testId} and ${testQuestions.clientId} = ${tenant.clientId} and ${testQuestions.deletedAt} is null)`,
      ),
    );
  }
  return conditions;
}

export async function listQuestions(
  db: Db,
  tenant: TenantContext,
  filter: QuestionFilter = {},
): Promise<{ items: QuestionSummary[]; total: number }> {
  const where = and(...filterConditions(tenant, filter));
  const limit = filter.limit ?? 200;
  const offset = filter.offset ?? 0;
  // Sort and page on ids alone (the sorter then holds two narrow columns, not whole
  // rows), then read the page's rows by primary key: a 10,000-question bank stays instant.
  const page = await db
    .select({ id: questions.id })
    .from(questions)
    .where(where)
    .orderBy(desc(questions.updatedAt), desc(questions.id))
    .limit(limit)
    .offset(offset);
  const items = await questionSummariesInOrder(
    db,
    tenant,
    page.map((r) => r.id),
  );
  // A first page that is not full is the whole result; only a longer one needs counting.
  const total =
    offset === 0 && items.length < limit
      ? items.length
      : ((await db.select({ n: count() }).from(questions).where(where))[0]?.n ?? 0);
  return { items, total };
}

/** The summaries of these questions of the organisation, in the order given (a page of the bank). */
export async function questionSummariesInOrder(
  db: Db,
  tenant: TenantContext,
  ids: readonly string[],
): Promise<QuestionSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(listedColumns)
    .from(questions)
    // The tenant check is written as an expression so the planner fetches by primary key
    // instead of scanning the organisation's index for the listed ids.
    .where(
      and(inArray(questions.id, [...ids]), sql`(${questions.clientId} || '') = ${tenant.clientId}`),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toQuestionSummary(row)] : [];
  });
}

export async function getQuestionsByIds(
  db: Db,
  tenant: TenantContext,
  ids: readonly string[],
): Promise<QuestionRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(questions)
    // As in listQuestions: fetch by primary key, with the tenant checked on each row.
    .where(
      and(inArray(questions.id, [...ids]), sql`(${questions.clientId} || '') = ${tenant.clientId}`),
    );
  return rows.map(toQuestionRecord);
}

export interface VersionMeta {
  versionId: string;
  nowIso: string;
  deviceId: string;
  /** A new question written straight into a sealed test: its content is never stored plain. */
  sealingTest?: string | null;
}

export async function insertQuestion(
  db: Db,
  tenant: TenantContext,
  id: string,
  content: QuestionContent | StoredQuestion,
  meta: VersionMeta,
): Promise<QuestionRecord> {
  const columns = contentToColumns(content);
  const owner = { clientId: tenant.clientId, questionId: id };
  const sealingTest = meta.sealingTest ?? null;
  await db.insert(questions).values({
    id,
    clientId: tenant.clientId,
    ...sealedColumns(owner, columns, sealingTest),
    duplicateMac: duplicateMacOf(tenant.clientId, columns),
    currentVersionId: meta.versionId,
    version: 1,
    createdBy: tenant.profileId,
    createdAt: meta.nowIso,
    updatedAt: meta.nowIso,
  });
  await db.insert(questionVersions).values({
    id: meta.versionId,
    clientId: tenant.clientId,
    questionId: id,
    version: 1,
    parentVersionId: null,
    ...sealedColumns(owner, columns, sealingTest),
    marks: columns.marks ?? 1,
    createdBy: tenant.profileId,
    deviceId: meta.deviceId,
    createdAt: meta.nowIso,
  });
  return getQuestion(db, tenant, id);
}

/** Saves a new version and points the head at it. Earlier versions stay for attempts that used them. */
export async function saveQuestionVersion(
  db: Db,
  tenant: TenantContext,
  id: string,
  content: QuestionContent | StoredQuestion,
  meta: VersionMeta,
): Promise<{ before: QuestionRecord; after: QuestionRecord; sealingTest: string | null }> {
  const beforeRow = await getRow(db, tenant, id);
  const columns = contentToColumns(content);
  const version = beforeRow.version + 1;
  // A question of a sealed test stays sealed under that test when it is edited.
  const sealingTest = sealingTestOfRow(beforeRow);
  await db.insert(questionVersions).values({
    id: meta.versionId,
    clientId: tenant.clientId,
    questionId: id,
    version,
    parentVersionId: beforeRow.currentVersionId,
    ...sealedColumns({ clientId: tenant.clientId, questionId: id }, columns, sealingTest),
    marks: columns.marks ?? 1,
    createdBy: tenant.profileId,
    deviceId: meta.deviceId,
    createdAt: meta.nowIso,
  });
  await db
    .update(questions)
    .set({
      ...sealedColumns({ clientId: tenant.clientId, questionId: id }, columns, sealingTest),
      duplicateMac: duplicateMacOf(tenant.clientId, columns),
      currentVersionId: meta.versionId,
      version,
      updatedAt: meta.nowIso,
    })
    .where(and(eq(questions.id, id), eq(questions.clientId, tenant.clientId)));
  return {
    before: toQuestionRecord(beforeRow),
    after: await getQuestion(db, tenant, id),
    sealingTest,
  };
}

/** The sealed test whose key seals a question's content; null for a question of no sealed test. */
export async function sealingTestOfQuestion(
  db: Db,
  tenant: TenantContext,
  id: string,
): Promise<string | null> {
  return sealingTestOfRow(await getRow(db, tenant, id));
}

export async function setQuestionDeleted(
  db: Db,
  tenant: TenantContext,
  id: string,
  deletedAt: string | null,
  nowIso: string,
): Promise<{ before: QuestionRecord; after: QuestionRecord }> {
  const before = await getRow(db, tenant, id);
  await db
    .update(questions)
    .set({ deletedAt, updatedAt: nowIso })
    .where(and(eq(questions.id, id), eq(questions.clientId, tenant.clientId)));
  return { before: toQuestionRecord(before), after: await getQuestion(db, tenant, id) };
}

export async function listQuestionVersions(
  db: Db,
  tenant: TenantContext,
  questionId: string,
): Promise<QuestionVersionRecord[]> {
  await getRow(db, tenant, questionId);
  const rows = await db
    .select()
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.questionId, questionId),
        eq(questionVersions.clientId, tenant.clientId),
      ),
    )
    .orderBy(desc(questionVersions.version), desc(questionVersions.createdAt));
  return rows.map(toVersionRecord);
}

export async function getQuestionVersion(
  db: Db,
  tenant: TenantContext,
  versionId: string,
): Promise<QuestionVersionRecord> {
  const rows = await db
    .select()
    .from(questionVersions)
    .where(and(eq(questionVersions.id, versionId), eq(questionVersions.clientId, tenant.clientId)))
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('questionVersion');
  return toVersionRecord(row);
}
