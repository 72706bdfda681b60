import { and, eq, isNull } from 'drizzle-orm';
import type { QuestionContent } from '@shared/domain/questions';
import { estimateRowBytes } from '@shared/sync/push-limits';
import type { Db } from '../client';
import { questions, questionVersions } from '../schema/index';
import type { TenantContext } from '../tenant';
import { contentToColumns } from './question-mapping';
import { liveImportRows } from './staged-imports';

/** Rows per INSERT: a few hundred keeps each statement well under SQLite's variable limit. */
const BATCH = 200;

export interface ImportRow {
  id: string;
  versionId: string;
  content: QuestionContent;
}

/** Estimated push body of one imported question: its head and its first version, each the same columns. */
export function importRowBytes(row: ImportRow): number {
  return (
    2 * estimateRowBytes({ id: row.id, versionId: row.versionId, ...contentToColumns(row.content) })
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
        ...c,
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
        ...c,
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

/** Fingerprints of the organisation's live questions. */
export async function liveFingerprints(db: Db, tenant: TenantContext): Promise<Set<string>> {
  const rows = await db
    .select({
      questionType: questions.questionType,
      questionText: questions.questionText,
      options: questions.options,
      correctAnswer: questions.correctAnswer,
    })
    .from(questions)
    .where(
      and(
        eq(questions.clientId, tenant.clientId),
        isNull(questions.deletedAt),
        liveImportRows(questions.importId),
      ),
    );
  return new Set(rows.map(questionFingerprint));
}
