import { hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { contentKeyForWriting, contentKeyOf } from './content-keys';
import { gcmFrameBytes, gcmOpen, gcmSeal } from './aes-gcm';
import { TEST_KEY_BYTES } from './test-content';

/**
 * A sealed test's key, wrapped twice in its test row (`tests.sealed_key_wraps`):
 * - `content`: under the organisation content key, so main on an enrolled
 *   computer opens it for staff, scoring and reports, and for a student once
 *   the scheduled start time has come;
 * - `startCode`: under a key derived from the proctor's start code, so the
 *   right code releases it. The code is the HKDF input and a subkey of the
 *   organisation key its salt: six digits alone, tried against a copy of the
 *   database, open nothing.
 * Each wrap is AES-256-GCM with a random nonce and the organisation, test and
 * wrap kind as associated data. What is stored: `tw1:` + base64(nonce | tag | ciphertext).
 */
const WRAP_PREFIX = 'tw1:';

export type WrapKind = 'content' | 'startCode';

export const testKeyWrapsSchema = z.object({
  content: z.string(),
  startCode: z.string().optional(),
});
export type TestKeyWraps = z.infer<typeof testKeyWrapsSchema>;

/** The wraps a test row holds; null when it holds none (or nothing this app can read). */
export function readTestKeyWraps(json: string | null): TestKeyWraps | null {
  if (json === null) return null;
  try {
    const parsed = testKeyWrapsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const hkdf = (ikm: Buffer, salt: string | Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));

function wrappingKey(orgKey: Buffer, kind: WrapKind, testId: string, code?: string): Buffer {
  if (kind === 'content')
    return hkdf(orgKey, 'exam-desk sealed test', `test key wrap v1 ${testId}`);
  const salt = hkdf(orgKey, 'exam-desk sealed test', 'start code wrap salt v1');
  return hkdf(Buffer.from(code ?? '', 'utf8'), salt, `start code wrap v1 ${testId}`);
}

const associatedData = (tenant: string, testId: string, kind: WrapKind): Buffer =>
  Buffer.from(JSON.stringify(['exam-desk test key', tenant, testId, kind]), 'utf8');

/** A test key wrapped one way; the start code is needed for `startCode`. */
export function wrapTestKey(
  testKey: Buffer,
  place: { tenant: string; testId: string },
  kind: WrapKind,
  code?: string,
): string {
  const key = wrappingKey(contentKeyForWriting(place.tenant), kind, place.testId, code);
  const frame = gcmSeal(key, testKey, associatedData(place.tenant, place.testId, kind));
  return WRAP_PREFIX + frame.toString('base64');
}

/** The test key inside a wrap; null when the organisation key or code is not the one it was made with, or the wrap was changed. */
export function unwrapTestKey(
  wrapped: string,
  place: { tenant: string; testId: string },
  kind: WrapKind,
  code?: string,
): Buffer | null {
  const orgKey = contentKeyOf(place.tenant);
  if (!orgKey || !wrapped.startsWith(WRAP_PREFIX)) return null;
  const raw = Buffer.from(wrapped.slice(WRAP_PREFIX.length), 'base64');
  if (raw.length !== gcmFrameBytes(TEST_KEY_BYTES)) return null;
  return gcmOpen(
    wrappingKey(orgKey, kind, place.testId, code),
    raw,
    associatedData(place.tenant, place.testId, kind),
  );
}
