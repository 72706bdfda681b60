import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffCeilingMs, backoffDelayMs, DEFAULT_BACKOFF } from '@shared/sync/backoff';

describe('retry backoff', () => {
  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4, 7, 8, 50].map((n) => backoffCeilingMs(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('never waits less than half the ceiling (no busy loop) or more than the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (failures, random) => {
          const delay = backoffDelayMs(failures, random);
          const ceiling = backoffCeilingMs(failures);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
          expect(delay).toBeLessThanOrEqual(DEFAULT_BACKOFF.capMs);
          expect(delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.baseMs / 2);
        },
      ),
    );
  });

  it('the ceiling never shrinks as failures add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), (n) => {
        expect(backoffCeilingMs(n + 1)).toBeGreaterThanOrEqual(backoffCeilingMs(n));
      }),
    );
  });

  it('spreads devices out: different random draws give different delays', () => {
    expect(backoffDelayMs(5, 0)).toBeLessThan(backoffDelayMs(5, 0.99));
  });

  it('doubles each step until the cap, for any base and cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10 * 60_000 }),
        fc.integer({ min: 1, max: 100 }),
        (baseMs, capMs, failures) => {
          const policy = { baseMs, capMs };
          expect(backoffCeilingMs(1, policy)).toBe(Math.min(baseMs, capMs));
          expect(backoffCeilingMs(failures + 1, policy)).toBe(
            Math.min(capMs, 2 * backoffCeilingMs(failures, policy)),
          );
        },
      ),
    );
  });

  it('a higher draw never waits less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (failures, a, b) => {
          expect(backoffDelayMs(failures, Math.max(a, b))).toBeGreaterThanOrEqual(
            backoffDelayMs(failures, Math.min(a, b)),
          );
        },
      ),
    );
  });
});
