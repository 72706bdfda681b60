import type * as Crypto from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCRYPT, hashSecret, verifySecret } from '@main/services/auth/passwords';

// Spy on the comparison, to see that a well-formed hash is checked with it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const compare = vi.mocked(timingSafeEqual);

describe('hashSecret and verifySecret at the real cost', () => {
  beforeEach(() => {
    compare.mockClear();
  });

  it('stores the cost and a random salt, so one secret hashes differently each time', async () => {
    const [a, b] = [await hashSecret('correct horse'), await hashSecret('correct horse')];
    expect(a).not.toBe(b);
    for (const stored of [a, b]) {
      const parts = stored.split('$');
      expect(parts.slice(0, 4)).toEqual([
        'scrypt',
        String(DEFAULT_SCRYPT.N),
        String(DEFAULT_SCRYPT.r),
        String(DEFAULT_SCRYPT.p),
      ]);
      expect(Buffer.from(parts[4] ?? '', 'base64')).toHaveLength(16);
      expect(Buffer.from(parts[5] ?? '', 'base64')).toHaveLength(32);
    }
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifySecret('correct horse', a)).toBe(true);
    expect(await verifySecret('correct horse', b)).toBe(true);
  });

  it('refuses a wrong secret, comparing in constant time', async () => {
    const stored = await hashSecret('correct horse');
    compare.mockClear();
    expect(await verifySecret('correct horsE', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
    expect(compare).toHaveBeenCalledTimes(2);
    expect(await verifySecret('correct horse', stored)).toBe(true);
    expect(compare).toHaveBeenCalledTimes(3);
  });

  it('treats one text the same however its characters are composed', async () => {
    const stored = await hashSecret('caf\u00e9');
    expect(await verifySecret('cafe\u0301', stored)).toBe(true);
  });

  it.each([
    ['no hash at all', null],
    ['an empty hash', ''],
    ['plain text', 'correct horse'],
    ['another scheme', 'bcrypt$2b$10$abcdefghijklmnopqrstuv'],
    ['too few parts', 'scrypt$16384$8$1$AAAA'],
    ['too many parts', 'scrypt$16384$8$1$AAAA$AAAA$AAAA'],
    ['a cost that is not a number', 'scrypt$lots$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
    ['a cost that is not a power of two', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
    ['a negative cost', 'scrypt$-16$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
    ['zero everywhere', 'scrypt$0$0$0$$'],
    ['a cost too big to compute', 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
    ['a block size too big to compute', 'scrypt$16384$1000000$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
    ['an empty key', 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$'],
    ['a short key', 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
  ])('never matches a malformed stored hash: %s', async (_label, stored) => {
    await expect(verifySecret('correct horse', stored)).resolves.toBe(false);
    await expect(verifySecret('', stored)).resolves.toBe(false);
  });
});
