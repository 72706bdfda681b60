import { and, eq, isNotNull, isNull, like, notLike, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { SEALED_PREFIX } from '../sealing/content-cipher';
import { questions, questionVersions } from '../schema/index';
import type { OrgScope } from './devices';
import { duplicateMacOf } from './question-import';
import { keyOwnerOf, openedColumns, sealedColumns, type QuestionTable } from './question-mapping';

type QuestionRow = typeof questions.$inferSelect;
type VersionRow = typeof questionVersions.$inferSelect;

/** A row written before sealing: its answer key still plain, or (a head) no keyed hash yet. */
export type UnsealedRow =
  { table: 'questions'; row: QuestionRow } | { table: 'question_versions'; row: VersionRow };

const stillPlain = (
  column: typeof questions.correctAnswer | typeof questionVersions.correctAnswer,
) => and(isNotNull(column), notLike(column, `${SEALED_PREFIX}%`));

/**
 * Up to `limit` rows of one organisation that the upgrade at start has still
 * to seal, heads first. Read outside a transaction; each batch is then
 * written in transactions the push bounds allow.
 */
export async function unsealedRows(db: Db, scope: OrgScope, limit: number): Promise<UnsealedRow[]> {
  const heads = await db
    .select()
    .from(questions)
    .where(
      and(
        eq(questions.clientId, scope.clientId),
        or(stillPlain(questions.correctAnswer), isNull(questions.duplicateMac)),
      ),
    )
    .limit(limit);
  if (heads.length >= limit) return heads.map((row) => ({ table: 'questions', row }));
  const versions = await db
    .select()
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.clientId, scope.clientId),
        stillPlain(questionVersions.correctAnswer),
      ),
    )
    .limit(limit - heads.length);
  return [
    ...heads.map((row): UnsealedRow => ({ table: 'questions', row })),
    ...versions.map((row): UnsealedRow => ({ table: 'question_versions', row })),
  ];
}

/** The row as the upgrade writes it back: key sealed (the head also gets its keyed hash). */
export function sealedRowOf(item: UnsealedRow): Record<string, unknown> {
  const table: QuestionTable = item.table;
  const opened = openedColumns(table, item.row);
  const sealed = sealedColumns(keyOwnerOf(table, item.row), opened);
  return item.table === 'questions'
    ? { ...sealed, duplicateMac: duplicateMacOf(item.row.clientId, opened) }
    : sealed;
}

/**
 * Seals the answer keys of the given rows in place. Only a row whose key is
 * still what was read is changed, so an edit that landed in between (a pull,
 * an author's save) is never overwritten with the older key.
 */
export async function sealRows(db: Db, items: readonly UnsealedRow[]): Promise<void> {
  for (const item of items) {
    const sealed = sealedRowOf(item);
    const sameKey = (
      column: typeof questions.correctAnswer | typeof questionVersions.correctAnswer,
    ) => (item.row.correctAnswer === null ? isNull(column) : eq(column, item.row.correctAnswer));
    if (item.table === 'questions') {
      await db
        .update(questions)
        .set({
          correctAnswer: sealed.correctAnswer as string | null,
          duplicateMac: sealed.duplicateMac as string,
        })
        .where(
          and(
            eq(questions.id, item.row.id),
            eq(questions.clientId, item.row.clientId),
            sameKey(questions.correctAnswer),
          ),
        );
    } else {
      await db
        .update(questionVersions)
        .set({ correctAnswer: sealed.correctAnswer as string | null })
        .where(
          and(
            eq(questionVersions.id, item.row.id),
            eq(questionVersions.clientId, item.row.clientId),
            sameKey(questionVersions.correctAnswer),
          ),
        );
    }
  }
}

/** How many rows of an organisation still hold a plain answer key (0 once the upgrade is done). */
export async function plainKeyCount(db: Db, scope: OrgScope): Promise<number> {
  const [heads] = await db
    .select({ n: sql<number>`count(*)` })
    .from(questions)
    .where(and(eq(questions.clientId, scope.clientId), stillPlain(questions.correctAnswer)));
  const [versions] = await db
    .select({ n: sql<number>`count(*)` })
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.clientId, scope.clientId),
        stillPlain(questionVersions.correctAnswer),
      ),
    );
  return (heads?.n ?? 0) + (versions?.n ?? 0);
}

/** One sealed answer key of an organisation, to check a key an enrolment brings against; null when none is sealed. */
export async function oneSealedKey(
  db: Db,
  scope: OrgScope,
): Promise<{ questionId: string; sealed: string } | null> {
  const rows = await db
    .select({ id: questions.id, correctAnswer: questions.correctAnswer })
    .from(questions)
    .where(
      and(
        eq(questions.clientId, scope.clientId),
        like(questions.correctAnswer, `${SEALED_PREFIX}%`),
      ),
    )
    .limit(1);
  const row = rows[0];
  return row?.correctAnswer ? { questionId: row.id, sealed: row.correctAnswer } : null;
}
