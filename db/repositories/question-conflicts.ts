import { and, eq, inArray, sql } from 'drizzle-orm';
import { conflict as conflictError, notFound } from '@shared/api/result';
import type { QuestionRecord, StoredQuestion } from '@shared/domain/bank';
import type { ConflictedQuestion } from '@shared/domain/sync';
import type { QuestionContent } from '@shared/domain/questions';
import { conflictState, type VersionNode } from '@shared/sync/question-versions';
import type { Db } from '../client';
import { parseJson } from '../rows';
import { questions, questionVersions } from '../schema/index';
import type { TenantContext } from '../tenant';
import type { OrgScope } from './devices';
import { duplicateMacOf } from './question-import';
import {
  contentToColumns,
  openedColumns,
  sealedColumns,
  sealingTestOfRow,
} from './question-mapping';
import { getQuestion, toVersionRecord, type VersionMeta } from './questions';

type VersionRow = typeof questionVersions.$inferSelect;

export function toVersionNode(row: VersionRow): VersionNode {
  const resolves = parseJson<unknown>(row.resolves, []);
  return {
    id: row.id,
    parentVersionId: row.parentVersionId,
    resolves: Array.isArray(resolves)
      ? resolves.filter((r): r is string => typeof r === 'string')
      : [],
    version: row.version,
    createdAt: row.createdAt,
  };
}

/**
 * Questions whose versions fork (two edits from one parent) or that are
 * flagged: the only ones whose conflict state can change after a pull.
 */
export async function questionsToReconcile(
  db: Db,
): Promise<Array<{ id: string; clientId: string }>> {
  return db
    .select({ id: questions.id, clientId: questions.clientId })
    .from(questions)
    .where(
      sql`${questions.conflict} = 1 OR ${questions.id} IN (SELECT ${questionVersions.questionId} FROM ${questionVersions} GROUP BY ${questionVersions.questionId}, ${questionVersions.parentVersionId} HAVING count(*) > 1)`,
    );
}

export async function versionRowsOf(
  db: Db,
  scope: OrgScope,
  questionId: string,
): Promise<VersionRow[]> {
  return db
    .select()
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.questionId, questionId),
        eq(questionVersions.clientId, scope.clientId),
      ),
    );
}

/** The head columns copied from a version: its answer key (and a sealed test's content) opened and sealed again for the head row. */
function headCopyOf(version: VersionRow, head: { id: string; clientId: string }) {
  const columns = columnsOfVersion(openedColumns('question_versions', version));
  return {
    ...sealedColumns(
      { clientId: head.clientId, questionId: head.id },
      columns,
      sealingTestOfRow(version),
    ),
    duplicateMac: duplicateMacOf(head.clientId, columns),
  };
}

function columnsOfVersion(v: VersionRow) {
  return {
    questionText: v.questionText,
    questionType: v.questionType,
    options: v.options,
    correctAnswer: v.correctAnswer,
    marks: v.marks,
    difficulty: v.difficulty,
    tags: v.tags,
    settings: v.settings,
    bodyFormat: v.bodyFormat,
    feedback: v.feedback,
    typeParts: v.typeParts,
  };
}

export interface ReconcileOutcome {
  changed: boolean;
  conflict: boolean;
  headVersionId: string | null;
  before: { conflict: boolean; headVersionId: string | null };
}

/**
 * Brings a question's row in line with its versions: the conflict flag, and
 * the head columns copied from the head every device agrees on. Writes only
 * what differs, so devices that reconcile the same rows write nothing twice.
 * `deleted_at` is never touched here: a deletion stays a deletion.
 */
export async function reconcileQuestion(
  db: Db,
  scope: OrgScope,
  questionId: string,
  nowIso: string,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ReconcileOutcome> {
  const rows = await db
    .select()
    .from(questions)
    .where(and(eq(questions.id, questionId), eq(questions.clientId, scope.clientId)))
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('question');
  const versions = await versionRowsOf(db, scope, questionId);
  const state = conflictState(versions.map(toVersionNode));
  const head = state.head ? versions.find((v) => v.id === state.head?.id) : undefined;
  const before = { conflict: row.conflict === 1, headVersionId: row.currentVersionId };
  const wantConflict = state.conflict ? 1 : 0;
  const headChanged = head !== undefined && head.id !== row.currentVersionId;
  if (row.conflict === wantConflict && !headChanged) {
    return {
      changed: false,
      conflict: state.conflict,
      headVersionId: row.currentVersionId,
      before,
    };
  }
  if (dryRun) {
    return { changed: true, conflict: state.conflict, headVersionId: head?.id ?? null, before };
  }
  await db
    .update(questions)
    .set({
      conflict: wantConflict,
      ...(headChanged
        ? {
            ...headCopyOf(head, { id: questionId, clientId: scope.clientId }),
            currentVersionId: head.id,
            version: Math.max(row.version, head.version),
            updatedAt: nowIso,
          }
        : {}),
    })
    .where(and(eq(questions.id, questionId), eq(questions.clientId, scope.clientId)));
  return {
    changed: true,
    conflict: state.conflict,
    headVersionId: head?.id ?? row.currentVersionId,
    before,
  };
}

export async function listConflictedQuestions(
  db: Db,
  tenant: TenantContext,
): Promise<ConflictedQuestion[]> {
  const rows = await db
    .select()
    .from(questions)
    .where(and(eq(questions.clientId, tenant.clientId), eq(questions.conflict, 1)));
  if (rows.length === 0) return [];
  const versions = await db
    .select()
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.clientId, tenant.clientId),
        inArray(
          questionVersions.questionId,
          rows.map((r) => r.id),
        ),
      ),
    );
  return rows.map((row) => {
    const own = versions.filter((v) => v.questionId === row.id);
    const { heads } = conflictState(own.map(toVersionNode));
    const byId = new Map(own.map((v) => [v.id, v]));
    return {
      id: row.id,
      text: row.questionText,
      version: row.version,
      updatedAt: row.updatedAt,
      heads: heads.flatMap((h) => {
        const v = byId.get(h.id);
        return v ? [toVersionRecord(v)] : [];
      }),
    };
  });
}

/**
 * Saves the version that settles a conflict: continues from the kept head and
 * lists the others as resolved, then points the question at it.
 */
export async function saveResolvingVersion(
  db: Db,
  tenant: TenantContext,
  questionId: string,
  keepVersionId: string,
  content: QuestionContent | StoredQuestion | null,
  meta: VersionMeta,
): Promise<{ before: QuestionRecord; after: QuestionRecord; resolved: string[] }> {
  const before = await getQuestion(db, tenant, questionId);
  const versions = await versionRowsOf(db, tenant, questionId);
  const state = conflictState(versions.map(toVersionNode));
  if (!state.conflict) throw conflictError('questions.notInConflict');
  const kept = versions.find((v) => v.id === keepVersionId);
  if (!kept || !state.heads.some((h) => h.id === keepVersionId)) {
    throw notFound('competingVersion');
  }
  const resolved = state.heads
    .filter((h) => h.id !== keepVersionId)
    .map((h) => h.id)
    .sort();
  const columns = content
    ? contentToColumns(content)
    : columnsOfVersion(openedColumns('question_versions', kept));
  const version = Math.max(...versions.map((v) => v.version)) + 1;
  // A question of a sealed test stays sealed under that test whichever version is kept.
  const sealingTest =
    sealingTestOfRow(kept) ?? versions.map(sealingTestOfRow).find((t) => t !== null) ?? null;
  await db.insert(questionVersions).values({
    id: meta.versionId,
    clientId: tenant.clientId,
    questionId,
    version,
    parentVersionId: keepVersionId,
    resolves: JSON.stringify(resolved),
    ...sealedColumns({ clientId: tenant.clientId, questionId: questionId }, columns, sealingTest),
    marks: columns.marks ?? 1,
    createdBy: tenant.profileId,
    deviceId: meta.deviceId,
    createdAt: meta.nowIso,
  });
  await db
    .update(questions)
    .set({
      ...sealedColumns({ clientId: tenant.clientId, questionId }, columns, sealingTest),
      duplicateMac: duplicateMacOf(tenant.clientId, columns),
      currentVersionId: meta.versionId,
      version,
      conflict: 0,
      updatedAt: meta.nowIso,
    })
    .where(and(eq(questions.id, questionId), eq(questions.clientId, tenant.clientId)));
  return { before, after: await getQuestion(db, tenant, questionId), resolved };
}
