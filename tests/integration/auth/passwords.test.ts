import type * as Crypto from 'node:crypto';
import { scrypt, timingSafeEqual } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SCRYPT,
  hashNeedsUpgrade,
  hashSecret,
  scryptParamsOf,
  verifySecret,
} from '@main/services/auth/passwords';

// Spy on the comparison, to see that a well-formed hash is checked with it, and
// on scrypt, to see which cost each check really ran at.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return {
    ...actual,
    timingSafeEqual: vi.fn(actual.timingSafeEqual),
    scrypt: vi.fn(actual.scrypt),
  };
});

const compare = vi.mocked(timingSafeEqual);
const scryptRuns = vi.mocked(scrypt);
/** The N of every scrypt run since the last clear. */
const costsRun = () => scryptRuns.mock.calls.map((call) => (call[3] as unknown as { N: number }).N);
/** A cheap cost for the runs a malformed hash costs, where the cost itself is not under test. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const SALT = 'AAAAAAAAAAAAAAAAAAAAAA==';
const KEY = Buffer.alloc(32).toString('base64');

describe('hashSecret and verifySecret at the real cost', () => {
  beforeEach(() => {
    compare.mockClear();
    scryptRuns.mockClear();
  });

  it('hashes at OWASP’s current cost for scrypt by default: N=2^17, r=8, p=1', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = await hashSecret('correct horse');
    expect(stored.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(costsRun()).toEqual([131072]);
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
    await expect(verifySecret('correct horse', stored, CHEAP)).resolves.toBe(false);
    await expect(verifySecret('', stored, CHEAP)).resolves.toBe(false);
  });

  it('spends a run at the default cost on a missing hash, or at the cost this computer hashes at', async () => {
    expect(await verifySecret('correct horse', null)).toBe(false);
    expect(await verifySecret('correct horse', null, CHEAP)).toBe(false);
    expect(costsRun()).toEqual([DEFAULT_SCRYPT.N, CHEAP.N]);
  });

  it.each([
    ['1 GiB of memory (N=2^20)', `scrypt$1048576$8$1$${SALT}$${KEY}`],
    ['512 MiB of memory (N=2^18, r=16)', `scrypt$262144$16$1$${SALT}$${KEY}`],
    ['three times the default’s work (p=3)', `scrypt$131072$8$3$${SALT}$${KEY}`],
    ['a cost written as hex', `scrypt$0x4000$8$1$${SALT}$${KEY}`],
  ])('never runs a stored hash that asks for more than the cap: %s', async (_label, stored) => {
    expect(scryptParamsOf(stored)).toBeNull();
    expect(await verifySecret('correct horse', stored, CHEAP)).toBe(false);
    // Only the run that equalises the time, at the cost asked for, not the stored one.
    expect(costsRun()).toEqual([CHEAP.N]);
  });

  it('accepts stored costs up to the cap: 256 MiB and twice the default’s work', () => {
    expect(scryptParamsOf(`scrypt$262144$8$1$${SALT}$${KEY}`)).toEqual({ N: 262144, r: 8, p: 1 });
    expect(scryptParamsOf(`scrypt$131072$8$2$${SALT}$${KEY}`)).toEqual({ N: 131072, r: 8, p: 2 });
    expect(scryptParamsOf(`scrypt$16384$8$1$${SALT}$${KEY}`)).toEqual({ N: 16384, r: 8, p: 1 });
  });

  it('upgrades only hashes cheaper than the target cost, never a stronger or malformed one', () => {
    const at = (n: number, r = 8, p = 1) => `scrypt$${n}$${r}$${p}$${SALT}$${KEY}`;
    expect(hashNeedsUpgrade(at(16384), DEFAULT_SCRYPT)).toBe(true);
    expect(hashNeedsUpgrade(at(131072, 4), DEFAULT_SCRYPT)).toBe(true);
    expect(hashNeedsUpgrade(at(131072), DEFAULT_SCRYPT)).toBe(false);
    expect(hashNeedsUpgrade(at(262144), DEFAULT_SCRYPT)).toBe(false);
    expect(hashNeedsUpgrade(at(131072), CHEAP)).toBe(false);
    expect(hashNeedsUpgrade(at(1048576), DEFAULT_SCRYPT)).toBe(false);
    expect(hashNeedsUpgrade('plain text', DEFAULT_SCRYPT)).toBe(false);
    expect(hashNeedsUpgrade(null, DEFAULT_SCRYPT)).toBe(false);
  });
});
