import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { questions, testQuestions } from '../schema/index';
import type { TenantContext } from '../tenant';
import { liveImportRows } from '../repositories/staged-imports';
import { TEST_SEALED_PREFIX } from '../sealing/test-content';
import type { BankRow, BankStamp } from '@shared/search/bank-index';
import { searchableTextOf } from '@shared/search/searchable-text';

type RawBankRow = [
  rowid: number,
  id: string,
  clientId: string,
  text: string,
  options: string | null,
  tags: string | null,
  type: string,
  difficulty: string | null,
  deletedAt: string | null,
  updatedAt: string | null,
  versionId: string | null,
  bodyFormat: string | null,
];

const asText = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : null;

function toBankRow(r: RawBankRow): BankRow {
  const searchable = searchableTextOf(asText(r[3]) ?? '', asText(r[4]), asText(r[11]));
  return {
    id: r[1],
    clientId: r[2],
    text: searchable.stem,
    optionTexts: searchable.options,
    tags: asText(r[5]),
    type: asText(r[6]) ?? '',
    difficulty: asText(r[7]),
    deletedAt: asText(r[8]),
    updatedAt: asText(r[9]),
    versionId: asText(r[10]),
  };
}

// Rows as arrays, not objects: the build reads every question, and the driver's per-row cost is most of it.
// A staged import's questions stay out until the import is live (its final commit has the index
// compare every stamp again, as after a pull).
// A question of a sealed test stays out too: its content is sealed at rest, and a search
// index of it would be a plain copy (db/sealing/test-content.ts).
const LIVE = sql`${liveImportRows(questions.importId)} AND ${questions.questionText} NOT LIKE ${`${TEST_SEALED_PREFIX}%`}`;
const BANK_COLUMNS = sql`rowid, ${questions.id}, ${questions.clientId}, ${questions.questionText}, ${questions.options}, ${questions.tags}, ${questions.questionType}, ${questions.difficulty}, ${questions.deletedAt}, ${questions.updatedAt}, ${questions.currentVersionId}, ${questions.bodyFormat}`;

/**
 * One chunk of every organisation's questions in the local file, in rowid
 * order after `afterRowid`: the search index's build reads the file in
 * chunks so other work runs in between.
 */
export async function bankRowsAfter(
  db: Db,
  afterRowid: number,
  limit: number,
): Promise<{ rows: BankRow[]; lastRowid: number | null }> {
  const raw = await db.values<RawBankRow>(
    sql`SELECT ${BANK_COLUMNS} FROM ${questions} WHERE rowid > ${afterRowid} AND ${LIVE} ORDER BY rowid LIMIT ${limit}`,
  );
  const last = raw[raw.length - 1];
  return { rows: raw.map(toBankRow), lastRowid: last ? last[0] : null };
}

/** The rows of these questions, of whichever organisation, to bring the index up to date. */
export async function bankRowsByIds(db: Db, ids: readonly string[]): Promise<BankRow[]> {
  if (ids.length === 0) return [];
  const raw = await db.values<RawBankRow>(
    sql`SELECT ${BANK_COLUMNS} FROM ${questions} WHERE ${inArray(questions.id, [...ids])} AND ${LIVE}`,
  );
  return raw.map(toBankRow);
}

/**
 * Every question's id, last change, deletion and head version, in one
 * string the engine builds (one value to hand over instead of 100,000
 * rows): what a check after a pull compares with the index. Units and
 * records are split by the ASCII unit and record separators, which no id,
 * timestamp or version id holds; a NULL is written as char(30).
 */
export async function bankStamps(db: Db): Promise<Array<BankStamp & { id: string }>> {
  const rows = await db.values<[string | null]>(
    sql`SELECT group_concat(${questions.id} || char(31) || ifnull(${questions.updatedAt}, char(30)) || char(31) || ifnull(${questions.deletedAt}, char(30)) || char(31) || ifnull(${questions.currentVersionId}, char(30)), char(29)) FROM ${questions} WHERE ${LIVE}`,
  );
  const joined = rows[0]?.[0];
  if (!joined) return [];
  const orNull = (unit: string) => (unit === '\u001e' ? null : unit);
  return joined.split('\u001d').map((record) => {
    const [id = '', updatedAt = '', deletedAt = '', versionId = ''] = record.split('\u001f');
    return {
      id,
      updatedAt: orNull(updatedAt),
      deletedAt: orNull(deletedAt),
      versionId: orNull(versionId),
    };
  });
}

/** The ids of the live questions on one of the organisation's tests (the bank's test filter). */
export async function testQuestionIdSet(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<Set<string>> {
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
  return new Set(rows.map((r) => r.id));
}
