import { createHash } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { conflict } from '@shared/api/result';
import { MEDIA_CHUNK_BYTES } from '@shared/content/media-types';
import type { Db } from '../client';
import { mediaChunks, sealedMediaChunks } from '../schema/index';
import {
  hasTestKey,
  openMediaChunk,
  sealMediaChunk,
  SealedMediaError,
  SealedTestLockedError,
} from '../sealing/test-content';
import type { TenantContext } from '../tenant';
import { findMedia, insertMediaChunks, mediaIdOf, readMediaBytes } from './media';
import { mediaShownByTest, plainRowsShowingMedia } from './sealed-tests';

/**
 * The media of sealed tests. A sealed test keeps its own copy of each file its
 * questions show, chunk by chunk under its key (`sealed_media_chunks`, keyed
 * by organisation, test, SHA-256 and chunk number), so one file shown by two
 * sealed tests is two copies, each opened by its own test's key. The file's
 * `media` row stays as it is; its clear chunks are removed once no question
 * outside a sealed test shows it, and come back when the test is unsealed.
 */

const copyChunkId = (clientId: string, testId: string, sha256: string, seq: number): string =>
  `${clientId}:${testId}:${sha256}:${seq}`;

/** A file's bytes cut as its clear chunks are (`MEDIA_CHUNK_BYTES` each, the last one shorter). */
function chunked(bytes: Buffer): Array<{ seq: number; data: Buffer }> {
  const chunks: Array<{ seq: number; data: Buffer }> = [];
  for (let at = 0; at < bytes.length; at += MEDIA_CHUNK_BYTES) {
    chunks.push({ seq: chunks.length, data: bytes.subarray(at, at + MEDIA_CHUNK_BYTES) });
  }
  return chunks;
}

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const copyOf = (tenant: Pick<TenantContext, 'clientId'>, testId: string, sha256: string) =>
  and(
    eq(sealedMediaChunks.clientId, tenant.clientId),
    eq(sealedMediaChunks.testId, testId),
    eq(sealedMediaChunks.sha256, sha256),
  );

/** The tests of the organisation holding a whole sealed copy of this file. */
export async function testsSealingMedia(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<string[]> {
  const row = await findMedia(db, tenant, sha256);
  if (!row) return [];
  const copies = await db
    .select({ testId: sealedMediaChunks.testId, n: count() })
    .from(sealedMediaChunks)
    .where(
      and(eq(sealedMediaChunks.clientId, tenant.clientId), eq(sealedMediaChunks.sha256, sha256)),
    )
    .groupBy(sealedMediaChunks.testId);
  return copies
    .filter((c) => c.n === row.chunkCount)
    .map((c) => c.testId)
    .sort();
}

/** The files a test holds sealed copies of (whole or not). */
export async function mediaSealedForTest(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ sha256: sealedMediaChunks.sha256 })
    .from(sealedMediaChunks)
    .where(
      and(eq(sealedMediaChunks.clientId, tenant.clientId), eq(sealedMediaChunks.testId, testId)),
    );
  return rows.map((r) => r.sha256).sort();
}

/** A test's sealed copy of a file, opened and checked against its hash; null when it is not all here or does not match. */
async function openCopy(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
  sha256: string,
  chunkCount: number,
): Promise<Buffer | null> {
  const rows = await db
    .select({ seq: sealedMediaChunks.seq, data: sealedMediaChunks.data })
    .from(sealedMediaChunks)
    .where(copyOf(tenant, testId, sha256))
    .orderBy(asc(sealedMediaChunks.seq));
  if (rows.length !== chunkCount || rows.some((r, i) => r.seq !== i)) return null;
  const place = { tenant: tenant.clientId, testId, sha256 };
  const bytes = Buffer.concat(
    rows.map((r) => openMediaChunk({ ...place, seq: r.seq }, Buffer.from(r.data))),
  );
  return sha256Of(bytes) === sha256 ? bytes : null;
}

/**
 * A file's bytes out of a sealed test's copy, for main: from the first test
 * whose key this process holds. Null when no test holds a whole copy;
 * `SealedTestLockedError` when some do but none of their keys is here.
 */
export async function readSealedMediaBytes(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<{ testId: string; bytes: Buffer } | null> {
  const row = await findMedia(db, tenant, sha256);
  if (!row) return null;
  const tests = await testsSealingMedia(db, tenant, sha256);
  const held = tests.filter((t) => hasTestKey(tenant.clientId, t));
  for (const testId of held) {
    const bytes = await openCopy(db, tenant, testId, sha256, row.chunkCount);
    if (bytes) return { testId, bytes };
  }
  if (tests.length > held.length) throw new SealedTestLockedError();
  return null;
}

/**
 * Seals chunks of a file under a test's key and writes them as the test's copy
 * (call in a transaction of a bounded number); a chunk already there is
 * written again.
 */
export async function insertSealedMediaChunks(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
  sha256: string,
  chunks: ReadonlyArray<{ seq: number; data: Buffer }>,
): Promise<void> {
  if (chunks.length === 0) return;
  const place = { tenant: tenant.clientId, testId, sha256 };
  await db
    .insert(sealedMediaChunks)
    .values(
      chunks.map((c) => ({
        id: copyChunkId(tenant.clientId, testId, sha256, c.seq),
        clientId: tenant.clientId,
        testId,
        sha256,
        seq: c.seq,
        data: sealMediaChunk({ ...place, seq: c.seq }, c.data),
      })),
    )
    .onConflictDoUpdate({
      target: sealedMediaChunks.id,
      set: { data: sql`excluded.data` },
      setWhere: eq(sealedMediaChunks.clientId, tenant.clientId),
    });
}

/** Writes a test's sealed copy of a file from its plain bytes, in place of any copy it had. */
async function writeCopy(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
  sha256: string,
  bytes: Buffer,
): Promise<void> {
  await db.delete(sealedMediaChunks).where(copyOf(tenant, testId, sha256));
  await insertSealedMediaChunks(db, tenant, testId, sha256, chunked(bytes));
}

async function deleteClearChunks(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  sha256: string,
): Promise<void> {
  await db
    .delete(mediaChunks)
    .where(
      and(
        eq(mediaChunks.clientId, tenant.clientId),
        eq(mediaChunks.mediaId, mediaIdOf(tenant.clientId, sha256)),
      ),
    );
}

/** What sealing a test's media did: copies written, files whose clear chunks went, files not on this computer. */
export interface MediaSealing {
  sealed: string[];
  cleared: string[];
  missing: string[];
}

/**
 * Seals the media the rows of a test's key show (call after their content is
 * sealed, in the same transaction): each file gets the test's own sealed copy,
 * made from its clear chunks or from another sealed test's copy, unless the
 * test has a whole one already; then a file no question outside a sealed test
 * shows loses its clear chunks. A file not all on this computer is left as it
 * is and named in `missing`.
 */
export async function sealTestMedia(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
): Promise<MediaSealing> {
  const done: MediaSealing = { sealed: [], cleared: [], missing: [] };
  for (const sha256 of await mediaShownByTest(db, tenant, testId)) {
    const row = await findMedia(db, tenant, sha256);
    if (!row) {
      done.missing.push(sha256);
      continue;
    }
    const holders = await testsSealingMedia(db, tenant, sha256);
    if (!holders.includes(testId)) {
      const clear = await readMediaBytes(db, tenant, sha256);
      const plain = clear ? Buffer.concat(clear.chunks) : null;
      const bytes =
        plain !== null && sha256Of(plain) === sha256
          ? plain
          : ((await readSealedMediaBytes(db, tenant, sha256))?.bytes ?? null);
      if (bytes === null) {
        done.missing.push(sha256);
        continue;
      }
      await writeCopy(db, tenant, testId, sha256, bytes);
      done.sealed.push(sha256);
    }
    if ((await plainRowsShowingMedia(db, tenant, sha256)) === 0) {
      await deleteClearChunks(db, tenant, sha256);
      done.cleared.push(sha256);
    }
  }
  return done;
}

/**
 * Opens a test's sealed copies (call while its key is held, in the transaction
 * that unseals its questions): each file whose clear chunks are not all here
 * gets them back from the copy, then the test's copies go. A copy that does
 * not open is kept, and the unsealing fails, so nothing is lost.
 */
export async function unsealTestMedia(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  testId: string,
): Promise<string[]> {
  const restored: string[] = [];
  for (const sha256 of await mediaSealedForTest(db, tenant, testId)) {
    const row = await findMedia(db, tenant, sha256);
    const clear = await readMediaBytes(db, tenant, sha256);
    if (row && !clear) {
      const bytes = await openCopy(db, tenant, testId, sha256, row.chunkCount).catch(
        (error: unknown) => {
          if (!(error instanceof SealedMediaError)) throw error;
          throw conflict('media.sealedCopyChanged', { hash: sha256 });
        },
      );
      if (bytes === null) {
        throw conflict('media.sealedCopyNotHere', { hash: sha256 });
      }
      await deleteClearChunks(db, tenant, sha256);
      await insertMediaChunks(db, tenant, sha256, chunked(bytes));
      restored.push(sha256);
    }
    await db.delete(sealedMediaChunks).where(copyOf(tenant, testId, sha256));
  }
  return restored;
}
