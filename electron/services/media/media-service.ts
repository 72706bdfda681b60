import { createHash } from 'node:crypto';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { questionsByVersion } from '@db/repositories/exam-attempts';
import {
  findMedia,
  insertMedia,
  insertMediaChunks,
  mediaBytesUsed,
  ownAttemptPapers,
  readMediaBytes,
  storedChunkCount,
  type MediaRow,
} from '@db/repositories/media';
import {
  insertSealedMediaChunks,
  readSealedMediaBytes,
  testsSealingMedia,
} from '@db/repositories/sealed-media';
import type { Db } from '@db/client';
import { testSealingOf } from '@db/repositories/sealed-tests';
import { getSubscription } from '@db/repositories/subscriptions';
import type { TenantContext } from '@db/tenant';
import { conflict, forbidden, notFound } from '@shared/api/result';
import { questionMediaRefs } from '@shared/content/rich-fields';
import { mbTenths, type MediaKind } from '@shared/content/media-types';
import type { MediaFile, MediaRecord } from '@shared/domain/media';
import type { ServiceEnv } from '../service-env';
import { requireSealedTest } from '../sealing/sealed-tests';
import { SealedTestNotReleasedError } from '../sealing/test-release';
import { prepareMedia, type PreparedMedia } from './media-file';

/**
 * Chunk rows per transaction while a file is stored. Each chunk row is at
 * most 16 KiB (about 23 KiB as a pushed row change), so 64 of them make a
 * transaction of about 1.5 MiB: well under the push bound a transaction must
 * stay within (7 MiB; `MAX_TRANSACTION_BYTES` of the push limits, which are
 * not on this branch yet, so the number is kept here).
 */
export const MEDIA_CHUNKS_PER_TRANSACTION = 64;

const MB = 1024 * 1024;

function recordOf(row: Pick<MediaRow, 'sha256' | 'mime' | 'size'>): MediaRecord {
  const kind: MediaKind = row.mime.startsWith('audio/') ? 'audio' : 'image';
  return { hash: row.sha256, src: `media:${row.sha256}`, mime: row.mime, kind, size: row.size };
}

/** Refuses a file that would take the organisation past its plan's media quota. */
export async function requireMediaRoom(
  env: ServiceEnv,
  tenant: TenantContext,
  adding: number,
): Promise<void> {
  const sub = await getSubscription(env.db(), tenant);
  const limitMb = sub?.plan.features.max_media_mb;
  if (limitMb === undefined) return;
  const used = await mediaBytesUsed(env.db(), tenant);
  if (used + adding > limitMb * MB) {
    throw forbidden('plan.mediaQuota', {
      limit: limitMb,
      plan: sub?.plan.name ?? '',
      used: mbTenths(used),
      adding: mbTenths(adding),
    });
  }
}

/**
 * Writes a prepared file's chunks in bounded transactions, in clear or as a
 * sealed test's copy; chunks alone are not a file yet.
 */
async function storeChunks(
  env: ServiceEnv,
  tenant: TenantContext,
  file: PreparedMedia,
  sealedTestId: string | null,
) {
  for (let at = 0; at < file.chunks.length; at += MEDIA_CHUNKS_PER_TRANSACTION) {
    const batch = file.chunks.slice(at, at + MEDIA_CHUNKS_PER_TRANSACTION);
    await env.transaction(({ db }) =>
      sealedTestId === null
        ? insertMediaChunks(db, tenant, file.sha256, batch)
        : insertSealedMediaChunks(db, tenant, sealedTestId, file.sha256, batch),
    );
  }
}

/**
 * Stores an image or audio clip: checked by its bytes, SVG sanitised, within
 * the size limits and the plan's quota. The bytes go in bounded transactions
 * first; the file's row and its one audit row commit last, so a file exists
 * only once all of it does. The same file again answers the stored one. With
 * `sealedTestId` (a sealed test), the bytes are stored only as that test's
 * sealed copy, so they are never written in clear.
 */
export async function uploadMedia(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { name: string; data: string; sealedTestId?: string | undefined },
): Promise<MediaRecord> {
  const file = prepareMedia(input.name, Buffer.from(input.data, 'base64'));
  const testId = input.sealedTestId ?? null;
  if (testId !== null) await requireSealedTest(env.db(), tenant, testId);
  const existing = await findMedia(env.db(), tenant, file.sha256);
  if (existing && (testId === null || (await holdsCopy(env.db(), tenant, testId, file.sha256)))) {
    return recordOf(existing);
  }
  if (!existing) await requireMediaRoom(env, tenant, file.bytes.length);
  await storeChunks(env, tenant, file, testId);
  return mutate(env, tenant, async (tx) => {
    await insertMedia(tx, tenant, {
      sha256: file.sha256,
      mime: file.type.mime,
      size: file.bytes.length,
      chunkCount: file.chunks.length,
      nowIso: nowIsoOf(env),
    });
    const whole =
      testId === null
        ? (await storedChunkCount(tx, tenant, file.sha256)) === file.chunks.length
        : await holdsCopy(tx, tenant, testId, file.sha256);
    if (!whole) throw conflict('media.notWhole');
    const record = recordOf({ sha256: file.sha256, mime: file.type.mime, size: file.bytes.length });
    return {
      value: record,
      audit: {
        action: 'media.upload',
        resourceType: 'media',
        resourceId: file.sha256,
        changes: {
          name: [null, input.name],
          mime: [null, record.mime],
          size: [null, record.size],
          ...(testId !== null && { sealedTest: [null, testId] }),
        },
      },
    };
  });
}

const holdsCopy = async (db: Db, tenant: TenantContext, testId: string, sha256: string) =>
  (await testsSealingMedia(db, tenant, sha256)).includes(testId);

/**
 * Which media each student may fetch: those the question versions on the
 * papers of their own attempts refer to. Papers and versions never change,
 * so each attempt's set is worked out once.
 */
export class StudentMediaAccess {
  private readonly byAttempt = new Map<string, ReadonlySet<string>>();

  async allows(env: ServiceEnv, tenant: TenantContext, sha256: string): Promise<boolean> {
    const known = new Set(this.byAttempt.keys());
    const { attemptIds, papers } = await ownAttemptPapers(env.db(), tenant, known);
    for (const [attemptId, paper] of papers) {
      const versions = await questionsByVersion(
        env.db(),
        tenant,
        paper.entries.map((e) => e.versionId).filter((v): v is string => v !== null),
      );
      this.byAttempt.set(
        attemptId,
        new Set([...versions.values()].flatMap((q) => questionMediaRefs(q))),
      );
    }
    return attemptIds.some((id) => this.byAttempt.get(id)?.has(sha256) === true);
  }
}

/**
 * A file's bytes as main reads them: its clear chunks, or else a sealed test's
 * copy opened with a test key this process holds (`SealedTestLockedError`
 * when only tests whose keys are not here hold it). Null when the file is not
 * all on this computer.
 */
export async function storedMediaBytes(
  env: ServiceEnv,
  tenant: TenantContext,
  sha256: string,
): Promise<{ mime: string; bytes: Buffer } | null> {
  const clear = await readMediaBytes(env.db(), tenant, sha256);
  if (clear) return { mime: clear.row.mime, bytes: Buffer.concat(clear.chunks) };
  const sealed = await readSealedMediaBytes(env.db(), tenant, sha256);
  const row = sealed ? await findMedia(env.db(), tenant, sha256) : null;
  return sealed && row ? { mime: row.mime, bytes: sealed.bytes } : null;
}

/**
 * Refuses a student a file that a sealed test holds, before that test is
 * released for them (no attempt of theirs shows it), with the words a start
 * of that test gets.
 */
async function refuseIfSealed(env: ServiceEnv, tenant: TenantContext, sha256: string) {
  for (const testId of await testsSealingMedia(env.db(), tenant, sha256)) {
    const sealing = await testSealingOf(env.db(), tenant, testId);
    if (sealing?.sealed) {
      throw new SealedTestNotReleasedError(
        sealing.startCodeRequired ? null : sealing.availableFrom,
      );
    }
  }
}

/**
 * A media file's bytes, for the renderer to show. Staff get any of their
 * organisation's; a student only one a question on their own paper refers
 * to. A file of a sealed test not yet released for the student is refused
 * as its start is; anything else answers as not found, so a hash gives
 * nothing away.
 */
export async function readMedia(
  env: ServiceEnv,
  access: StudentMediaAccess,
  tenant: TenantContext,
  sha256: string,
): Promise<MediaFile> {
  if (tenant.role === 'student' && !(await access.allows(env, tenant, sha256))) {
    await refuseIfSealed(env, tenant, sha256);
    throw notFound('media');
  }
  const stored = await storedMediaBytes(env, tenant, sha256);
  if (!stored) {
    if (await findMedia(env.db(), tenant, sha256)) {
      throw conflict('media.notHereYet');
    }
    throw notFound('media');
  }
  // A chunk that arrived damaged shows nothing rather than something else.
  if (createHash('sha256').update(stored.bytes).digest('hex') !== sha256) {
    throw conflict('media.damaged');
  }
  return { hash: sha256, mime: stored.mime, base64: stored.bytes.toString('base64') };
}
