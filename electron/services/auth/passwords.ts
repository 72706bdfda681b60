import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost; 2^14 (16 MiB) keeps a check near 50 ms on a lab PC, and runs off the main thread. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { ...params, maxmem: 256 * params.N * params.r },
      (err, key) => {
        if (err) reject(err);
        else resolve(key);
      },
    );
  });
}

/** `scrypt$N$r$p$salt$hash`, base64 parts; a per-secret random salt. */
export async function hashSecret(
  secret: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** Costs a stored hash may name; anything else is malformed (scrypt would throw, or exhaust memory). */
function usableParams(params: ScryptParams): boolean {
  const { N, r, p } = params;
  const powerOfTwo = Number.isInteger(N) && N >= 2 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 16 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16
  );
}

/** Constant-time check of a secret against a stored hash. A malformed hash never matches. */
export async function verifySecret(secret: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const [, n, r, p, saltB64, keyB64] = parts;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (parts.length !== 6 || parts[0] !== 'scrypt' || !usableParams(params)) {
    // Spend the same time as a real check, so a missing hash cannot be told apart by timing.
    await derive(secret, Buffer.alloc(16), DEFAULT_SCRYPT);
    return false;
  }
  const expected = Buffer.from(keyB64 ?? '', 'base64');
  let actual: Buffer;
  try {
    actual = await derive(secret, Buffer.from(saltB64 ?? '', 'base64'), params);
  } catch {
    return false;
  }
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
