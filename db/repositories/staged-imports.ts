import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { notFound } from '@shared/api/result';
import { mediaRefsInText } from '@shared/content/media-refs';
import type { Db } from '../client';
import {
  media,
  mediaChunks,
  profiles,
  questions,
  questionVersions,
  stagedImports,
} from '../schema/index';
import { mediaIdOf } from './media';
import type { TenantContext } from '../tenant';

/**
 * Imports written in bounded transactions (each small enough to push) and
 * made live by one small commit. The rows carry `import_id`; while their
 * import is `staging` every read leaves them out (`liveImportRows`), so a
 * half-written import is invisible here and on every computer it syncs to.
 * An import that never goes live (a crash, a refusal, a cancel) is cleaned
 * away by the device that staged it, in bounded transactions too.
 */

export type StagedImportKind = 'questions' | 'people';

/**
 * The rows of live imports, and rows no import wrote. Written as IN over the
 * live imports, so a row whose import row is missing stays hidden.
 */
export function liveImportRows(importId: SQLiteColumn): SQL {
  return (
    or(
      isNull(importId),
      inArray(
        importId,
        sql`(select ${stagedImports.id} from ${stagedImports} where ${stagedImports.status} = 'live')`,
      ),
    ) ?? sql`1`
  );
}

export async function beginStagedImport(
  db: Db,
  tenant: TenantContext,
  staged: { id: string; kind: StagedImportKind; deviceId: string; nowIso: string },
): Promise<void> {
  await db.insert(stagedImports).values({
    id: staged.id,
    clientId: tenant.clientId,
    kind: staged.kind,
    deviceId: staged.deviceId,
    status: 'staging',
    createdBy: tenant.profileId,
    createdAt: staged.nowIso,
    updatedAt: staged.nowIso,
  });
}

/** The small final commit: the import's rows become visible at once, everywhere. */
export async function setImportLive(
  db: Db,
  tenant: TenantContext,
  id: string,
  nowIso: string,
): Promise<void> {
  const mine = and(
    eq(stagedImports.id, id),
    eq(stagedImports.clientId, tenant.clientId),
    eq(stagedImports.status, 'staging'),
  );
  const found = await db.select({ id: stagedImports.id }).from(stagedImports).where(mine).limit(1);
  if (found.length === 0) throw notFound('import');
  await db.update(stagedImports).set({ status: 'live', updatedAt: nowIso }).where(mine);
}

export interface UnfinishedImport {
  id: string;
  clientId: string;
  kind: StagedImportKind;
}

/** This device's imports that never went live, for the clean-up at start. */
export async function unfinishedImportsOfDevice(
  db: Db,
  deviceId: string,
): Promise<UnfinishedImport[]> {
  const rows = await db
    .select({ id: stagedImports.id, clientId: stagedImports.clientId, kind: stagedImports.kind })
    .from(stagedImports)
    .where(and(eq(stagedImports.deviceId, deviceId), eq(stagedImports.status, 'staging')));
  return rows.map((r) => ({ ...r, kind: r.kind === 'people' ? 'people' : 'questions' }));
}

/**
 * Deletes up to `limit` of a staged import's rows (questions with their
 * versions, or people); returns how many went. Call in a transaction of its
 * own, again until it returns 0.
 */
export async function deleteStagedRows(
  db: Db,
  scope: Pick<TenantContext, 'clientId'>,
  staged: { id: string; kind: StagedImportKind },
  limit: number,
  /** Gathers the `media:<sha256>` files the deleted questions show, for `deleteUnrecordedMediaChunks`. */
  mediaRefs?: Set<string>,
): Promise<number> {
  if (staged.kind === 'people') {
    const ids = (
      await db
        .select({ id: profiles.id })
        .from(profiles)
        .where(and(eq(profiles.importId, staged.id), eq(profiles.clientId, scope.clientId)))
        .limit(limit)
    ).map((r) => r.id);
    if (ids.length > 0) await db.delete(profiles).where(inArray(profiles.id, ids));
    return ids.length;
  }
  const rows = await db
    .select()
    .from(questions)
    .where(and(eq(questions.importId, staged.id), eq(questions.clientId, scope.clientId)))
    .limit(limit);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return 0;
  if (mediaRefs) for (const row of rows) mediaRefsInText(JSON.stringify(row), mediaRefs);
  await db.delete(questionVersions).where(inArray(questionVersions.questionId, ids));
  await db.delete(questions).where(inArray(questions.id, ids));
  return ids.length;
}

/**
 * Deletes the chunks of these files that no file row records: what an import
 * that never went live wrote for files it would have added. Chunks of a file
 * the organisation holds (its row exists) stay. Returns the chunks deleted.
 */
export async function deleteUnrecordedMediaChunks(
  db: Db,
  scope: Pick<TenantContext, 'clientId'>,
  sha256s: readonly string[],
): Promise<number> {
  if (sha256s.length === 0) return 0;
  const mediaIds = sha256s.map((sha) => mediaIdOf(scope.clientId, sha));
  const recorded = new Set(
    (
      await db
        .select({ id: media.id })
        .from(media)
        .where(and(eq(media.clientId, scope.clientId), inArray(media.id, mediaIds)))
    ).map((r) => r.id),
  );
  const orphans = mediaIds.filter((id) => !recorded.has(id));
  if (orphans.length === 0) return 0;
  const deleted = await db
    .delete(mediaChunks)
    .where(and(eq(mediaChunks.clientId, scope.clientId), inArray(mediaChunks.mediaId, orphans)))
    .returning({ id: mediaChunks.id });
  return deleted.length;
}

/** The import's own row, once its rows are gone. */
export async function dropStagedImport(
  db: Db,
  scope: Pick<TenantContext, 'clientId'>,
  id: string,
): Promise<void> {
  await db
    .delete(stagedImports)
    .where(
      and(
        eq(stagedImports.id, id),
        eq(stagedImports.clientId, scope.clientId),
        eq(stagedImports.status, 'staging'),
      ),
    );
}
