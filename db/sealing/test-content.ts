import { randomBytes } from 'node:crypto';
import { gcmOpen, gcmSeal } from './aes-gcm';
import { ApiError } from '@shared/api/result';

/**
 * The question content of a sealed test at rest: AES-256-GCM (node:crypto)
 * under the test's own key (32 random bytes), a random 96-bit nonce per value,
 * and the organisation, test, column and question id as associated data, so a
 * sealed value moved to another question, column, test or organisation does
 * not open. The head row and every version of a question share the question
 * id, as sealed answer keys do, because rows copy columns among themselves.
 * What is stored: `sq1:` + the test id + `:` + base64(nonce | tag | ciphertext);
 * the test id says which key opens it and is not secret.
 */
export const TEST_SEALED_PREFIX = 'sq1:';
export const TEST_KEY_BYTES = 32;

/** The test keys this process holds, by organisation and test; filled by main, never written anywhere. */
const keys = new Map<string, Buffer>();
const slot = (tenant: string, testId: string): string => `${tenant}\u0000${testId}`;

export interface ContentPlace {
  tenant: string;
  questionId: string;
  column: string;
}

export class SealedTestLockedError extends ApiError {
  constructor() {
    super(
      'CONFLICT',
      'This question belongs to a sealed test whose key this computer does not hold, so its content cannot be read here yet. Sync this computer, or enrol it again with an enrolment file from an admin of the organisation.',
    );
    this.name = 'SealedTestLockedError';
  }
}

export class SealedContentError extends Error {
  constructor(place: ContentPlace) {
    super(
      `The sealed ${place.column.replace(/_/g, ' ')} of question ${place.questionId} does not open with its test's key: it was changed or copied from another question.`,
    );
    this.name = 'SealedContentError';
  }
}

export const newTestKey = (): Buffer => randomBytes(TEST_KEY_BYTES);

/** Makes a test's key known to this process. */
export function useTestKey(tenant: string, testId: string, key: Buffer): void {
  if (key.length !== TEST_KEY_BYTES) throw new Error('A test key is 32 bytes');
  const held = keys.get(slot(tenant, testId));
  if (held?.equals(key)) return;
  held?.fill(0);
  keys.set(slot(tenant, testId), Buffer.from(key));
}

export function hasTestKey(tenant: string, testId: string): boolean {
  return keys.has(slot(tenant, testId));
}

/** Takes an organisation's test keys out of memory, with its organisation key (they open only through it). */
export function releaseTestKeysOf(tenant: string): void {
  for (const [at, key] of keys) {
    if (!at.startsWith(`${tenant}\u0000`)) continue;
    key.fill(0);
    keys.delete(at);
  }
}

export const isTestSealed = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.startsWith(TEST_SEALED_PREFIX);

/** The test whose key seals a value; null for a plain value. */
export function sealingTestOf(value: string | null | undefined): string | null {
  if (!isTestSealed(value)) return null;
  const end = value.indexOf(':', TEST_SEALED_PREFIX.length);
  return end < 0 ? null : value.slice(TEST_SEALED_PREFIX.length, end);
}

const associatedData = (place: ContentPlace, testId: string): Buffer =>
  Buffer.from(
    JSON.stringify(['exam-desk sealed test', place.tenant, testId, place.column, place.questionId]),
    'utf8',
  );

/** Seals one content value under a test's key (null stays null; a value already sealed is kept). */
export function sealContent(
  place: ContentPlace,
  testId: string,
  plain: string | null,
): string | null {
  if (plain === null || isTestSealed(plain)) return plain;
  const key = keys.get(slot(place.tenant, testId));
  if (!key) throw new SealedTestLockedError();
  const frame = gcmSeal(key, plain, associatedData(place, testId));
  return `${TEST_SEALED_PREFIX}${testId}:${frame.toString('base64')}`;
}

/** Opens one content value; a plain value reads as it is. */
export function openContent(place: ContentPlace, stored: string | null): string | null {
  const testId = sealingTestOf(stored);
  if (stored === null || testId === null) return stored;
  const key = keys.get(slot(place.tenant, testId));
  if (!key) throw new SealedTestLockedError();
  const raw = Buffer.from(stored.slice(TEST_SEALED_PREFIX.length + testId.length + 1), 'base64');
  const opened = gcmOpen(key, raw, associatedData(place, testId));
  if (opened === null) throw new SealedContentError(place);
  return opened.toString('utf8');
}

/** Where one chunk of a sealed test's copy of a media file belongs. */
export interface MediaChunkPlace {
  tenant: string;
  testId: string;
  sha256: string;
  seq: number;
}

export class SealedMediaError extends Error {
  constructor(place: MediaChunkPlace) {
    super(
      `Chunk ${place.seq} of the sealed copy of media ${place.sha256} does not open with its test's key: it was changed or copied from another file or test.`,
    );
    this.name = 'SealedMediaError';
  }
}

const mediaAssociatedData = (place: MediaChunkPlace): Buffer =>
  Buffer.from(
    JSON.stringify(['exam-desk sealed media', place.tenant, place.testId, place.sha256, place.seq]),
    'utf8',
  );

/**
 * Seals one chunk of a media file under a test's key: the same AES-256-GCM
 * framing as sealed content, kept as raw bytes (nonce | tag | ciphertext),
 * with the organisation, test, file hash and chunk number as associated data,
 * so a chunk moved to another place, file, test or organisation does not open.
 */
export function sealMediaChunk(place: MediaChunkPlace, plain: Buffer): Buffer {
  const key = keys.get(slot(place.tenant, place.testId));
  if (!key) throw new SealedTestLockedError();
  return gcmSeal(key, plain, mediaAssociatedData(place));
}

/** The plain bytes of one sealed media chunk. */
export function openMediaChunk(place: MediaChunkPlace, frame: Buffer): Buffer {
  const key = keys.get(slot(place.tenant, place.testId));
  if (!key) throw new SealedTestLockedError();
  const opened = gcmOpen(key, frame, mediaAssociatedData(place));
  if (opened === null) throw new SealedMediaError(place);
  return opened;
}
