import { and, asc, count, eq, sql } from 'drizzle-orm';
import { paperSchema, type Paper } from '@shared/delivery/paper';
import type { Db } from '../client';
import { parseJson } from '../rows';
import { attempts, media, mediaChunks } from '../schema/index';
import type { TenantContext } from '../tenant';

/**
 * Stored media: one row per file, its bytes in numbered chunk rows. Ids are
 * derived from the organisation and the SHA-256, so the same file stored
 * twice (or on two computers of one organisation) is the same rows.
 */

export type MediaRow = typeof media.$inferSelect;

export const mediaIdOf = (clientId: string, sha256: string): string => `${clientId}:${sha256}`;
const chunkIdOf = (mediaId: string, seq: number): string => `${mediaId}:${seq}`;

/** The organisation's media file with this hash, or null. */
export async function findMedia(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<MediaRow | null> {
  const rows = await db
    .select()
    .from(media)
    .where(
      and(eq(media.id, mediaIdOf(tenant.clientId, sha256)), eq(media.clientId, tenant.clientId)),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** Bytes of media the organisation stores, for its plan's quota. */
export async function mediaBytesUsed(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
): Promise<number> {
  const rows = await db
    .select({ bytes: sql<number>`coalesce(sum(${media.size}), 0)` })
    .from(media)
    .where(eq(media.clientId, tenant.clientId));
  return rows[0]?.bytes ?? 0;
}

/** Writes chunks of a file (call in a transaction of a bounded number); rows already there stay. */
export async function insertMediaChunks(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
  chunks: ReadonlyArray<{ seq: number; data: Buffer }>,
): Promise<void> {
  if (chunks.length === 0) return;
  const mediaId = mediaIdOf(tenant.clientId, sha256);
  await db
    .insert(mediaChunks)
    .values(
      chunks.map((c) => ({
        id: chunkIdOf(mediaId, c.seq),
        clientId: tenant.clientId,
        mediaId,
        seq: c.seq,
        data: c.data,
      })),
    )
    .onConflictDoNothing({ target: mediaChunks.id });
}

/** How many of a file's chunks the organisation holds. */
export async function storedChunkCount(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(mediaChunks)
    .where(
      and(
        eq(mediaChunks.mediaId, mediaIdOf(tenant.clientId, sha256)),
        eq(mediaChunks.clientId, tenant.clientId),
      ),
    );
  return rows[0]?.n ?? 0;
}

export interface NewMedia {
  sha256: string;
  mime: string;
  size: number;
  chunkCount: number;
  nowIso: string;
}

/** Records a file whose chunks are all stored; the same file recorded twice is one row. */
export async function insertMedia(db: Db, tenant: TenantContext, m: NewMedia): Promise<void> {
  await db
    .insert(media)
    .values({
      id: mediaIdOf(tenant.clientId, m.sha256),
      clientId: tenant.clientId,
      sha256: m.sha256,
      mime: m.mime,
      size: m.size,
      chunkCount: m.chunkCount,
      createdAt: m.nowIso,
      createdBy: tenant.profileId,
    })
    .onConflictDoNothing({ target: media.id });
}

/** A file's bytes in order, or null when the organisation has no such file or not all of it yet. */
export async function readMediaBytes(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<{ row: MediaRow; chunks: Buffer[] } | null> {
  const row = await findMedia(db, tenant, sha256);
  if (!row) return null;
  const chunks = await db
    .select({ seq: mediaChunks.seq, data: mediaChunks.data })
    .from(mediaChunks)
    .where(and(eq(mediaChunks.mediaId, row.id), eq(mediaChunks.clientId, tenant.clientId)))
    .orderBy(asc(mediaChunks.seq));
  if (chunks.length !== row.chunkCount || chunks.some((c, i) => c.seq !== i)) return null;
  return { row, chunks: chunks.map((c) => Buffer.from(c.data)) };
}

/** The papers of the signed-in student's own attempts, by attempt id. */
export async function ownAttemptPapers(
  db: Db,
  tenant: TenantContext,
  knownAttemptIds: ReadonlySet<string> = new Set(),
): Promise<{ attemptIds: string[]; papers: Map<string, Paper> }> {
  const mine = and(
    eq(attempts.clientId, tenant.clientId),
    eq(attempts.studentId, tenant.profileId),
  );
  const ids = (await db.select({ id: attempts.id }).from(attempts).where(mine)).map((r) => r.id);
  const papers = new Map<string, Paper>();
  const unknown = ids.filter((id) => !knownAttemptIds.has(id));
  for (const id of unknown) {
    const rows = await db
      .select({ paper: attempts.paper })
      .from(attempts)
      .where(and(eq(attempts.id, id), mine))
      .limit(1);
    const parsed = paperSchema.safeParse(parseJson<unknown>(rows[0]?.paper, null));
    if (parsed.success) papers.set(id, parsed.data);
  }
  return { attemptIds: ids, papers };
}
