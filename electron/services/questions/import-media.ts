import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import type { ImportRow } from '@db/repositories/question-import';
import { findMedia, insertMedia, insertMediaChunks } from '@db/repositories/media';
import type { TenantContext } from '@db/tenant';
import { mapRichTextFields, questionMediaRefs } from '@shared/content/rich-fields';
import type { ImportedMedia } from '@shared/interchange/types';
import { prepareMedia, type PreparedMedia } from '../media/media-file';
import { MEDIA_CHUNKS_PER_TRANSACTION, requireMediaRoom } from '../media/media-service';
import type { ServiceEnv } from '../service-env';

/** Media rows per recording transaction: a few hundred small rows keep each push small. */
const FILES_PER_RECORD = 500;

/**
 * Stores the images and audio an import's questions refer to, before the
 * questions, with the checks of an upload (type by bytes, size, SVG
 * sanitised, the plan's quota for all of them together). Only media a kept
 * question refers to are stored. Chunks of many files share a bounded
 * transaction; the files' rows then commit with one audit row per batch,
 * so a file exists only once all of it does. A file whose bytes changed (a
 * sanitised SVG) has a new hash, so the questions are pointed at it.
 */
export async function storeImportMedia(
  env: ServiceEnv,
  tenant: TenantContext,
  media: readonly ImportedMedia[],
  rows: readonly ImportRow[],
): Promise<ImportRow[]> {
  if (media.length === 0) return [...rows];
  const wanted = new Set(rows.flatMap((row) => questionMediaRefs(row.content)));
  const moved = new Map<string, string>();
  const fresh = new Map<string, PreparedMedia>();
  for (const file of media) {
    if (!wanted.has(file.hash)) continue;
    const prepared = prepareMedia(file.name, Buffer.from(file.bytes));
    if (prepared.sha256 !== file.hash) moved.set(file.hash, prepared.sha256);
    if (fresh.has(prepared.sha256) || (await findMedia(env.db(), tenant, prepared.sha256)))
      continue;
    fresh.set(prepared.sha256, prepared);
  }
  const files = [...fresh.values()];
  await requireMediaRoom(
    env,
    tenant,
    files.reduce((s, f) => s + f.bytes.length, 0),
  );

  let batch: Array<{ sha256: string; chunks: PreparedMedia['chunks'] }> = [];
  let inBatch = 0;
  const flush = async () => {
    const writing = batch;
    batch = [];
    inBatch = 0;
    if (writing.length === 0) return;
    await env.transaction(async ({ db }) => {
      for (const part of writing) await insertMediaChunks(db, tenant, part.sha256, part.chunks);
    });
  };
  for (const file of files) {
    for (let at = 0; at < file.chunks.length; at += MEDIA_CHUNKS_PER_TRANSACTION) {
      const chunks = file.chunks.slice(at, at + MEDIA_CHUNKS_PER_TRANSACTION);
      if (inBatch + chunks.length > MEDIA_CHUNKS_PER_TRANSACTION) await flush();
      batch.push({ sha256: file.sha256, chunks });
      inBatch += chunks.length;
    }
  }
  await flush();

  const nowIso = nowIsoOf(env);
  for (let at = 0; at < files.length; at += FILES_PER_RECORD) {
    const group = files.slice(at, at + FILES_PER_RECORD);
    await mutate(env, tenant, async (tx) => {
      for (const f of group) {
        await insertMedia(tx, tenant, {
          sha256: f.sha256,
          mime: f.type.mime,
          size: f.bytes.length,
          chunkCount: f.chunks.length,
          nowIso,
        });
      }
      return {
        value: null,
        audit: {
          action: 'media.import',
          resourceType: 'media',
          resourceId: group[0]?.sha256 ?? '',
          changes: {
            files: [null, group.length],
            bytes: [null, group.reduce((s, f) => s + f.bytes.length, 0)],
          },
        },
      };
    });
  }
  if (moved.size === 0) return [...rows];
  return rows.map((row) => ({
    ...row,
    content: mapRichTextFields(row.content, (text) =>
      text.replace(/media:([0-9a-f]{64})/g, (whole, hash: string) => {
        const to = moved.get(hash);
        return to === undefined ? whole : `media:${to}`;
      }),
    ),
  }));
}
