import { createHmac, hkdfSync } from 'node:crypto';
import { gcmFrameBytes, gcmOpen, gcmSeal } from './aes-gcm';
import { contentKeyForWriting, contentKeyOf, MissingContentKeyError } from './content-keys';

/**
 * Sealing of secret columns at rest: AES-256-GCM (node:crypto) under a subkey
 * of the organisation content key (HKDF-SHA256, one per purpose), a random
 * 96-bit nonce per value, and the tenant, table, column and row id as
 * associated data, so a sealed value copied into another row, column or
 * organisation does not open. What is stored: `ek1:` + base64(nonce | tag | ciphertext).
 */
export const SEALED_PREFIX = 'ek1:';

export type Purpose = 'answer-keys' | 'hashes' | 'fingerprints';

export interface SealPlace {
  tenant: string;
  table: string;
  column: string;
  rowId: string;
}

const subkeys = new WeakMap<Buffer, Map<Purpose, Buffer>>();

function subkey(key: Buffer, purpose: Purpose): Buffer {
  let byPurpose = subkeys.get(key);
  if (!byPurpose) {
    byPurpose = new Map();
    subkeys.set(key, byPurpose);
  }
  let derived = byPurpose.get(purpose);
  if (!derived) {
    derived = Buffer.from(hkdfSync('sha256', key, 'exam-desk content key', `${purpose} v1`, 32));
    byPurpose.set(purpose, derived);
  }
  return derived;
}

const associatedData = (place: SealPlace): Buffer =>
  Buffer.from(
    JSON.stringify(['exam-desk', place.tenant, place.table, place.column, place.rowId]),
    'utf8',
  );

export const isSealed = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.startsWith(SEALED_PREFIX);

/** Seals a column value (null stays null; a value already sealed is kept). */
export function sealValue(purpose: Purpose, place: SealPlace, plain: string | null): string | null {
  if (plain === null || isSealed(plain)) return plain;
  const key = subkey(contentKeyForWriting(place.tenant), purpose);
  return SEALED_PREFIX + gcmSeal(key, plain, associatedData(place)).toString('base64');
}

export class SealedValueError extends Error {
  constructor(place: SealPlace) {
    super(
      `The sealed ${place.column.replace(/_/g, ' ')} of ${place.table.replace(/_/g, ' ')} ${place.rowId} does not open with this organisation's key: it was changed or copied from another row.`,
    );
    this.name = 'SealedValueError';
  }
}

/** Whether a sealed value opens with the given organisation key (a key an enrolment brings is checked so). */
export function opensWith(
  orgKey: Buffer,
  purpose: Purpose,
  place: SealPlace,
  stored: string,
): boolean {
  const raw = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
  return gcmOpen(subkey(orgKey, purpose), raw, associatedData(place)) !== null;
}

/** Opens a column value; a plain value (written before sealing, not upgraded yet) reads as it is. */
export function openValue(
  purpose: Purpose,
  place: SealPlace,
  stored: string | null,
): string | null {
  if (!isSealed(stored)) return stored;
  const orgKey = contentKeyOf(place.tenant);
  if (!orgKey) throw new MissingContentKeyError();
  const raw = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
  const plain = gcmOpen(subkey(orgKey, purpose), raw, associatedData(place));
  if (plain === null) throw new SealedValueError(place);
  return plain.toString('utf8');
}

/**
 * A keyed hash (HMAC-SHA256 under the fingerprint subkey) of a text: equal texts
 * of one organisation match, and nobody without the key can test a guess.
 */
export function keyedHash(tenant: string, text: string): string {
  return createHmac('sha256', subkey(contentKeyForWriting(tenant), 'fingerprints'))
    .update(text, 'utf8')
    .digest('base64');
}

/** Characters a keyed hash takes (base64 of 32 bytes). */
export const MAC_LENGTH = 44;

/** Characters a sealed value takes for a plain text of this many UTF-8 bytes, for push-size estimates. */
export function sealedLength(plain: string): number {
  const bytes = gcmFrameBytes(Buffer.byteLength(plain, 'utf8'));
  return SEALED_PREFIX.length + Math.ceil(bytes / 3) * 4;
}
