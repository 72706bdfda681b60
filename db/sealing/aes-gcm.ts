import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The one AES-256-GCM framing every sealed value and key wrap uses: a random
 * 96-bit nonce per value, the caller's associated data, and what is kept as
 * nonce | tag | ciphertext. Each caller adds its own prefix, key and
 * associated data (see content-cipher.ts, key-wrap.ts, test-content.ts,
 * test-key-wrap.ts).
 */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** nonce | tag | ciphertext of `plain` under `key`, bound to `associatedData`. */
export function gcmSeal(key: Buffer, plain: Buffer | string, associatedData: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData);
  const body = Buffer.concat([
    typeof plain === 'string' ? cipher.update(plain, 'utf8') : cipher.update(plain),
    cipher.final(),
  ]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** The plain bytes of a `gcmSeal` frame; null when it is too short, changed, or not made with this key and data. */
export function gcmOpen(key: Buffer, frame: Buffer, associatedData: Buffer): Buffer | null {
  if (frame.length < NONCE_BYTES + TAG_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, frame.subarray(0, NONCE_BYTES));
  decipher.setAAD(associatedData);
  decipher.setAuthTag(frame.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(frame.subarray(NONCE_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

/** Bytes of a frame around `plainBytes` of plain text. */
export const gcmFrameBytes = (plainBytes: number): number => NONCE_BYTES + TAG_BYTES + plainBytes;
