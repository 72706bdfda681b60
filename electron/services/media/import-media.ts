import { writeInBoundedTransactions } from '@db/bounded-writes';
import {
  findMedia,
  insertMedia,
  insertMediaChunks,
  mediaBytesUsed,
  type NewMedia,
} from '@db/repositories/media';
import { getSubscription } from '@db/repositories/subscriptions';
import type { Db } from '@db/client';
import type { TenantContext } from '@db/tenant';
import { forbidden } from '@shared/api/result';
import { questionMediaRefs } from '@shared/content/rich-fields';
import { MEDIA_CHUNK_BYTES, mbTenths } from '@shared/content/media-types';
import type { QuestionContent } from '@shared/domain/questions';
import type { EmbeddedMedia } from '@shared/interchange/types';
import type { ServiceEnv } from '../service-env';

const MB = 1024 * 1024;

/** A stored chunk row travels as about 1.4 times its bytes in a push, plus its ids. */
const CHUNK_ROW_BYTES = Math.ceil(MEDIA_CHUNK_BYTES * 1.4) + 200;

interface Chunk {
  sha256: string;
  seq: number;
  data: Buffer;
}

/**
 * The files an import's questions show that the organisation does not hold
 * yet. Files no imported question refers to (a skipped item's) are left out.
 */
export async function mediaToStore(
  env: ServiceEnv,
  tenant: TenantContext,
  files: readonly EmbeddedMedia[],
  contents: readonly QuestionContent[],
): Promise<EmbeddedMedia[]> {
  const used = new Set(contents.flatMap((c) => questionMediaRefs(c)));
  const out: EmbeddedMedia[] = [];
  for (const file of files) {
    if (!used.has(file.sha256)) continue;
    if (await findMedia(env.db(), tenant, file.sha256)) continue;
    out.push(file);
  }
  return out;
}

/** Refuses an import whose new files would take the organisation past its plan's media quota. */
export async function requireImportMediaRoom(
  env: ServiceEnv,
  tenant: TenantContext,
  files: readonly EmbeddedMedia[],
): Promise<void> {
  const adding = files.reduce((s, f) => s + f.bytes.length, 0);
  if (adding === 0) return;
  const sub = await getSubscription(env.db(), tenant);
  const limitMb = sub?.plan.features.max_media_mb;
  if (limitMb === undefined) return;
  const used = await mediaBytesUsed(env.db(), tenant);
  if (used + adding > limitMb * MB)
    throw forbidden('plan.importMediaQuota', {
      limit: limitMb,
      plan: sub?.plan.name ?? '',
      used: mbTenths(used),
      adding: mbTenths(adding),
    });
}

/**
 * Writes the files' chunks in bounded transactions. Chunks alone are no
 * file: the files' rows are written by `recordImportMedia` in the import's
 * final commit, so they appear with the questions that show them.
 */
export async function storeImportMediaChunks(
  env: ServiceEnv,
  tenant: TenantContext,
  files: readonly EmbeddedMedia[],
  signal?: AbortSignal,
): Promise<void> {
  const chunks: Chunk[] = [];
  for (const file of files) {
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    for (let at = 0, seq = 0; at < bytes.length; at += MEDIA_CHUNK_BYTES, seq += 1)
      chunks.push({ sha256: file.sha256, seq, data: bytes.subarray(at, at + MEDIA_CHUNK_BYTES) });
  }
  await writeInBoundedTransactions(env.transaction, chunks, {
    weigh: () => CHUNK_ROW_BYTES,
    write: async (tx, chunk) => {
      const bySha = new Map<string, Chunk[]>();
      for (const c of chunk) bySha.set(c.sha256, [...(bySha.get(c.sha256) ?? []), c]);
      for (const [sha, list] of bySha) await insertMediaChunks(tx.db, tenant, sha, list);
    },
    ...(signal && { signal }),
  });
}

/** The files' own rows, inside the import's final commit. */
export async function recordImportMedia(
  tx: Db,
  tenant: TenantContext,
  files: readonly EmbeddedMedia[],
  nowIso: string,
): Promise<void> {
  for (const file of files) {
    const media: NewMedia = {
      sha256: file.sha256,
      mime: file.mime,
      size: file.bytes.length,
      chunkCount: Math.max(1, Math.ceil(file.bytes.length / MEDIA_CHUNK_BYTES)),
      nowIso,
    };
    await insertMedia(tx, tenant, media);
  }
}
