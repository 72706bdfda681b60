import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PUSH_SPREAD,
  pushSpreadMs,
  pushSpreadWindowMs,
  type PushOccasion,
  type PushSpreadPolicy,
} from '@shared/sync/push-spread';

const occasions: PushOccasion[] = ['urgent', 'change', 'retry'];
const occasion = fc.constantFrom(...occasions);
const backlogOccasion = fc.constant<PushOccasion>('retry');
const draw = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000, max: 10_000_000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);
const policy: fc.Arbitrary<PushSpreadPolicy> = fc.record({
  fromChanges: fc.integer({ min: 0, max: 10_000 }),
  msPerChange: fc.double({ min: 0, max: 100, noNaN: true }),
  maxMs: fc.integer({ min: 0, max: 10 * 60_000 }),
});

describe('spreading pushes that carry a backlog', () => {
  it('never holds a push longer than its window, nor the window past the bound', () => {
    fc.assert(
      fc.property(occasion, anyNumber, anyNumber, policy, (why, pending, r, p) => {
        const windowMs = pushSpreadWindowMs(why, pending, p);
        const hold = pushSpreadMs(why, pending, r, p);
        expect(Number.isInteger(hold)).toBe(true);
        expect(hold).toBeGreaterThanOrEqual(0);
        expect(hold).toBeLessThanOrEqual(windowMs);
        expect(windowMs).toBeLessThanOrEqual(p.maxMs);
      }),
    );
  });

  it('never holds an urgent push (a submitted attempt, Sync now) or the push after a save', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PushOccasion>('urgent', 'change'),
        fc.integer({ min: 0, max: 10_000_000 }),
        draw,
        policy,
        (why, pending, r, p) => {
          expect(pushSpreadMs(why, pending, r, p)).toBe(0);
        },
      ),
    );
  });

  it('sends a backlog of a few saves at once', () => {
    fc.assert(
      fc.property(
        backlogOccasion,
        fc.integer({ min: 0, max: 10_000 }),
        draw,
        policy,
        (why, n, r, p) => {
          fc.pre(n < p.fromChanges);
          expect(pushSpreadMs(why, n, r, p)).toBe(0);
        },
      ),
    );
  });

  it('spreads a lab evenly: computers with evenly spaced draws start a share of the window apart', () => {
    fc.assert(
      fc.property(
        backlogOccasion,
        fc.integer({ min: DEFAULT_PUSH_SPREAD.fromChanges, max: 100_000 }),
        fc.integer({ min: 2, max: 200 }),
        (why, pending, computers) => {
          const windowMs = pushSpreadWindowMs(why, pending);
          const holds = Array.from({ length: computers }, (_, i) =>
            pushSpreadMs(why, pending, i / computers),
          );
          const gaps = holds.slice(1).map((h, i) => h - holds[i]!);
          // Less a millisecond for the rounding of i / computers.
          for (const gap of gaps)
            expect(gap).toBeGreaterThanOrEqual(Math.floor(windowMs / computers) - 1);
          // The lab covers the whole window but the last share.
          expect(holds.at(-1)! - holds[0]!).toBeGreaterThanOrEqual(
            Math.floor(windowMs - windowMs / computers) - 1,
          );
        },
      ),
    );
  });

  it('a higher draw never starts sooner, and draws a millisecond of window apart never start together', () => {
    fc.assert(
      fc.property(
        backlogOccasion,
        fc.integer({ min: 0, max: 100_000 }),
        draw,
        draw,
        (why, n, a, b) => {
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          const windowMs = pushSpreadWindowMs(why, n);
          const apart = (high - low) * windowMs >= 1;
          const [later, sooner] = [pushSpreadMs(why, n, high), pushSpreadMs(why, n, low)];
          expect(later).toBeGreaterThanOrEqual(sooner);
          expect(apart ? later > sooner : true).toBe(true);
        },
      ),
    );
  });

  it('a bigger backlog never gets a narrower window', () => {
    fc.assert(
      fc.property(
        backlogOccasion,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        policy,
        (why, a, b, p) => {
          expect(pushSpreadWindowMs(why, Math.max(a, b), p)).toBeGreaterThanOrEqual(
            pushSpreadWindowMs(why, Math.min(a, b), p),
          );
        },
      ),
    );
  });

  it('with the defaults: 2 ms a change from 200 changes, at most 15 s', () => {
    expect(pushSpreadWindowMs('retry', 199)).toBe(0);
    expect(pushSpreadWindowMs('retry', 200)).toBe(400);
    // Twenty computers with 1,000 changes each are 2 s of the server's time: the window.
    expect(pushSpreadWindowMs('retry', 1_000)).toBe(2_000);
    expect(pushSpreadWindowMs('retry', 1_000_000)).toBe(15_000);
    expect(pushSpreadMs('retry', 1_000, 0.5)).toBe(1_000);
    expect(pushSpreadMs('urgent', 1_000_000, 0.99)).toBe(0);
  });
});
