import { hkdfSync } from 'node:crypto';
import { gcmFrameBytes, gcmOpen, gcmSeal } from './aes-gcm';
import { CONTENT_KEY_BYTES } from './content-keys';

/**
 * The organisation key wrapped under an enrolment token, so a computer
 * enrolled by URL and token (the Sync screen, sync.enrol) receives the key
 * from the organisation's own database, while a copy of that database alone
 * (a lab computer's exam.db, the server file) opens nothing. The wrapping key
 * is HKDF-SHA256 of the token with the organisation id as salt; the wrap is
 * AES-256-GCM with a random nonce and the organisation id and wrap id as
 * associated data. What is stored: `kw1:` + base64(nonce | tag | ciphertext).
 */
const WRAP_PREFIX = 'kw1:';

const derived = (token: string, orgId: string, info: string, bytes: number): Buffer =>
  Buffer.from(hkdfSync('sha256', Buffer.from(token, 'utf8'), orgId, info, bytes));

/**
 * Names the wrap made under one token (one organisation may hand out several
 * tokens); a one-way derivation, so it tells nothing about the token.
 */
export const keyWrapId = (token: string, orgId: string): string =>
  derived(token, orgId, 'exam-desk organisation key wrap id v1', 16).toString('hex');

const associatedData = (orgId: string, wrapId: string): Buffer =>
  Buffer.from(JSON.stringify(['exam-desk organisation key', orgId, wrapId]), 'utf8');

/** The organisation key wrapped under a token, as the organisation row keeps it. */
export function wrapContentKey(key: Buffer, token: string, orgId: string): string {
  const wrapId = keyWrapId(token, orgId);
  const frame = gcmSeal(
    derived(token, orgId, 'exam-desk organisation key wrap v1', 32),
    key,
    associatedData(orgId, wrapId),
  );
  return WRAP_PREFIX + frame.toString('base64');
}

/** The organisation key inside a wrap; null when the token (or organisation) is not the one it was made for, or the wrap was changed. */
export function unwrapContentKey(wrapped: string, token: string, orgId: string): Buffer | null {
  if (!wrapped.startsWith(WRAP_PREFIX)) return null;
  const raw = Buffer.from(wrapped.slice(WRAP_PREFIX.length), 'base64');
  if (raw.length !== gcmFrameBytes(CONTENT_KEY_BYTES)) return null;
  return gcmOpen(
    derived(token, orgId, 'exam-desk organisation key wrap v1', 32),
    raw,
    associatedData(orgId, keyWrapId(token, orgId)),
  );
}
