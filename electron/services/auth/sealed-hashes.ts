import { isSealed, openValue, sealValue, SealedValueError } from '@db/sealing/content-cipher';
import { hashSecret, verifySecret, type ScryptParams } from './passwords';

/** The columns that hold a password, PIN or code hash. */
export type HashColumn =
  | 'profiles.password_hash'
  | 'profiles.pin_hash'
  | 'tests.start_code_hash'
  | 'attempts.resume_code_hash';

/** Whose hash it is: the organisation, the column and the row (person, test or attempt). */
export interface HashOwner {
  clientId: string;
  column: HashColumn;
  rowId: string;
}

function placeOf(owner: HashOwner) {
  const [table = '', column = ''] = owner.column.split('.');
  return { tenant: owner.clientId, table, column, rowId: owner.rowId };
}

/**
 * A new hash as it is stored: the scrypt hash sealed under the hashes subkey
 * of the organisation key, so a copy of the database gives nobody a hash to
 * run guesses against.
 */
export async function newSealedHash(
  owner: HashOwner,
  secret: string,
  params: ScryptParams,
): Promise<string> {
  const sealed = sealValue('hashes', placeOf(owner), await hashSecret(secret, params));
  if (sealed === null) throw new Error('A hash is never empty');
  return sealed;
}

/** Seals a hash written before sealing (the upgrade at start); a sealed one is kept. */
export function sealStoredHash(owner: HashOwner, stored: string): string {
  return sealValue('hashes', placeOf(owner), stored) ?? stored;
}

/**
 * The scrypt hash inside a stored value; null when there is none or it does
 * not open (moved from another row), which then never matches. A hash kept
 * plain by an older app reads as it is until the upgrade seals it.
 */
export function openHash(owner: HashOwner, stored: string | null): string | null {
  if (stored === null || !isSealed(stored)) return stored;
  try {
    return openValue('hashes', placeOf(owner), stored);
  } catch (error) {
    if (error instanceof SealedValueError) return null;
    throw error;
  }
}

/** Checks a secret against a stored (sealed) hash, in constant time as verifySecret does. */
export function verifySealedSecret(
  owner: HashOwner,
  secret: string,
  stored: string | null,
  equalise?: ScryptParams,
): Promise<boolean> {
  return verifySecret(secret, openHash(owner, stored), equalise);
}
