import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters: N (CPU and memory cost), r (block size), p (parallelism). */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's current guidance for scrypt (Password Storage Cheat Sheet): N=2^17,
 * r=8, p=1, so 128 MiB per check. Checks run on libuv's thread pool, never on
 * the main thread. Tests that sign in many times inject a lower cost (env.scrypt).
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** Memory one scrypt run takes: 128·N·r bytes. */
const memoryBytes = (params: ScryptParams): number => 128 * params.N * params.r;
/** The work of one run, in units of N·r·p (time grows with each). */
const work = (params: ScryptParams): number => params.N * params.r * params.p;

/**
 * The most a stored hash may ask for: 256 MiB of memory and twice the
 * default's work. A hash is a row that syncs, so without a cap a row written
 * elsewhere could make one check take gigabytes or minutes.
 */
export const MAX_SCRYPT_MEMORY_BYTES = 256 * 1024 * 1024;
export const MAX_SCRYPT_WORK = 2 * work(DEFAULT_SCRYPT);

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      // What OpenSSL allocates (128·r·(N+p+2)), with room to spare; the cap above bounds it.
      { ...params, maxmem: 128 * params.r * (params.N + params.p + 2) + 1024 * 1024 },
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
  const powerOfTwo = Number.isInteger(N) && N >= 2 && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 16 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16 &&
    memoryBytes(params) <= MAX_SCRYPT_MEMORY_BYTES &&
    work(params) <= MAX_SCRYPT_WORK
  );
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string | null): ParsedHash | null {
  const parts = (stored ?? '').split('$');
  const [scheme, n, r, p, saltB64, keyB64] = parts;
  // Only decimal digits: Number() would also read '0x10', '1e3' or ' 8'.
  if (
    parts.length !== 6 ||
    scheme !== 'scrypt' ||
    ![n, r, p].every((x) => /^\d{1,10}$/.test(x ?? ''))
  ) {
    return null;
  }
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!usableParams(params)) return null;
  return {
    params,
    salt: Buffer.from(saltB64 ?? '', 'base64'),
    key: Buffer.from(keyB64 ?? '', 'base64'),
  };
}

/** The cost a stored hash names, or null when it is malformed or over the cap. */
export function scryptParamsOf(stored: string | null): ScryptParams | null {
  return parseHash(stored)?.params ?? null;
}

/**
 * Whether a well-formed stored hash costs less than `target` (less memory or
 * less work), so it is hashed again at `target` on the next right answer. A
 * stronger one is kept: a computer with a lower setting never weakens a hash.
 */
export function hashNeedsUpgrade(stored: string | null, target: ScryptParams): boolean {
  const params = scryptParamsOf(stored);
  if (params === null) return false;
  return memoryBytes(params) < memoryBytes(target) || work(params) < work(target);
}

/** "scrypt N=131072 r=8 p=1": a hash's cost for an audit row, never the hash. */
export function costInWords(params: ScryptParams): string {
  return `scrypt N=${params.N} r=${params.r} p=${params.p}`;
}

/**
 * Constant-time check of a secret against a stored hash. A malformed hash never
 * matches; it costs a run at `equalise` (the cost this computer hashes at), so a
 * missing or broken hash cannot be told apart from a real one by timing.
 */
export async function verifySecret(
  secret: string,
  stored: string | null,
  equalise: ScryptParams = DEFAULT_SCRYPT,
): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) {
    await derive(secret, Buffer.alloc(16), usableParams(equalise) ? equalise : DEFAULT_SCRYPT);
    return false;
  }
  let actual: Buffer;
  try {
    actual = await derive(secret, parsed.salt, parsed.params);
  } catch {
    return false;
  }
  return parsed.key.length === actual.length && timingSafeEqual(parsed.key, actual);
}
