import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { QuestionContent } from '@shared/domain/questions';
import { estimateRowBytes } from '@shared/sync/push-limits';
import type { Db } from '../client';
import { questions, questionVersions } from '../schema/index';
import type { TenantContext } from '../tenant';
import { keyedHash, MAC_LENGTH, sealedLength } from '../sealing/content-cipher';
import { contentToColumns, openedColumns, sealedColumns } from './question-mapping';
import { liveImportRows } from './staged-imports';

/** Rows per INSERT: a few hundred keeps each statement well under SQLite's variable limit. */
const BATCH = 200;

export interface ImportRow {
  id: string;
  versionId: string;
  content: QuestionContent;
}

/** Estimated push body of one imported question: its head and its first version, each the same columns, the key sealed. */
export function importRowBytes(row: ImportRow): number {
  const columns = contentToColumns(row.content);
  const sealedKey =
    columns.correctAnswer === null ? null : 'k'.repeat(sealedLength(columns.correctAnswer));
  return (
    2 *
    estimateRowBytes({
      id: row.id,
      versionId: row.versionId,
      ...columns,
      correctAnswer: sealedKey,
      duplicateMac: 'm'.repeat(MAC_LENGTH),
    })
  );
}

/**
 * Inserts many new questions (head and first version) in multi-row statements.
 * Call inside a transaction; `meta.importId` stages them (hidden until that
 * import is live); `onBatch` reports progress.
 */
export async function insertQuestionBatch(
  db: Db,
  tenant: TenantContext,
  rows: readonly ImportRow[],
  meta: { nowIso: string; deviceId: string; importId?: string | undefined },
  onBatch?: (done: number) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    const columns = chunk.map((r) => ({ r, c: contentToColumns(r.content) }));
    await db.insert(questions).values(
      columns.map(({ r, c }) => ({
        id: r.id,
        clientId: tenant.clientId,
        ...sealedColumns({ clientId: tenant.clientId, questionId: r.id }, c),
        duplicateMac: duplicateMacOf(tenant.clientId, c),
        currentVersionId: r.versionId,
        version: 1,
        createdBy: tenant.profileId,
        createdAt: meta.nowIso,
        updatedAt: meta.nowIso,
        importId: meta.importId ?? null,
      })),
    );
    await db.insert(questionVersions).values(
      columns.map(({ r, c }) => ({
        id: r.versionId,
        clientId: tenant.clientId,
        questionId: r.id,
        version: 1,
        parentVersionId: null,
        ...sealedColumns({ clientId: tenant.clientId, questionId: r.id }, c),
        marks: c.marks ?? 1,
        createdBy: tenant.profileId,
        deviceId: meta.deviceId,
        createdAt: meta.nowIso,
      })),
    );
    if (onBatch) await onBatch(Math.min(start + BATCH, rows.length));
  }
}

/** What makes two questions the same for duplicate detection: type, text, options and key. */
export function questionFingerprint(c: {
  questionType: string;
  questionText: string;
  options: string | null;
  correctAnswer: string | null;
}): string {
  return JSON.stringify([
    c.questionType,
    c.questionText.trim().toLowerCase(),
    c.options,
    c.correctAnswer,
  ]);
}

/**
 * The comparison key as stored: a keyed hash (HMAC under a subkey of the
 * organisation key) of the fingerprint, so the stored column gives away
 * neither the answer key nor a way to test guesses of it.
 */
export function duplicateMacOf(
  tenant: string,
  c: Parameters<typeof questionFingerprint>[0],
): string {
  return keyedHash(tenant, questionFingerprint(c));
}

const liveRowsOf = (tenant: TenantContext) =>
  and(
    eq(questions.clientId, tenant.clientId),
    isNull(questions.deletedAt),
    liveImportRows(questions.importId),
  );

/**
 * Fingerprints of the organisation's live questions, their keys opened in main
 * (in memory only; what is stored is the keyed hash below). `withoutMacOnly`:
 * only rows written before the keyed hash existed.
 */
export async function liveFingerprints(
  db: Db,
  tenant: TenantContext,
  { withoutMacOnly = false }: { withoutMacOnly?: boolean } = {},
): Promise<Set<string>> {
  const rows = await db
    .select({
      id: questions.id,
      clientId: questions.clientId,
      questionType: questions.questionType,
      questionText: questions.questionText,
      options: questions.options,
      correctAnswer: questions.correctAnswer,
    })
    .from(questions)
    .where(
      withoutMacOnly ? and(liveRowsOf(tenant), isNull(questions.duplicateMac)) : liveRowsOf(tenant),
    );
  return new Set(rows.map((row) => questionFingerprint(openedColumns('questions', row))));
}

/** The keyed hashes import duplicate detection compares against: as stored, or made for rows older than the column. */
export async function liveDuplicateMacs(db: Db, tenant: TenantContext): Promise<Set<string>> {
  const stored = await db
    .select({ mac: questions.duplicateMac })
    .from(questions)
    .where(and(liveRowsOf(tenant), isNotNull(questions.duplicateMac)));
  const older = await liveFingerprints(db, tenant, { withoutMacOnly: true });
  return new Set([
    ...stored.flatMap((r) => (r.mac === null ? [] : [r.mac])),
    ...[...older].map((fp) => keyedHash(tenant.clientId, fp)),
  ]);
}
