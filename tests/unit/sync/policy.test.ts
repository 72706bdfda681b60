import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SYNC_TIMINGS,
  LONG_POLL_GAP_MS,
  nextPullDelayMs,
  pushDueAtMs,
  shouldCheckpoint,
} from '@shared/sync/policy';

const ms = (max = 10 * 60_000) => fc.integer({ min: 0, max });
const pushTimings = fc
  .record({ pushDebounceMs: ms(60_000), pushMaxDelayMs: ms(120_000) })
  .filter((t) => t.pushDebounceMs <= t.pushMaxDelayMs);

/** The due time after each change of a burst, as the runner keeps it (each change re-asks). */
function dueAfterBurst(
  changesAt: number[],
  timings: { pushDebounceMs: number; pushMaxDelayMs: number },
): number {
  const first = changesAt[0] ?? 0;
  return changesAt.reduce((_, at) => pushDueAtMs(at, first, 'soon', timings), first);
}

/** Change times that start at `start` and grow by the given gaps. */
const burstFrom = (start: number, gaps: number[]): number[] =>
  gaps.reduce((times, gap) => [...times, times.at(-1)! + gap], [start]);

describe('push timing', () => {
  it('an urgent push is due at once', () => {
    fc.assert(
      fc.property(ms(), ms(), pushTimings, (now, start, timings) => {
        expect(pushDueAtMs(now, Math.min(now, start), 'now', timings)).toBe(now);
      }),
    );
  });

  it('a lone change waits exactly the debounce', () => {
    fc.assert(
      fc.property(ms(), pushTimings, (now, timings) => {
        expect(pushDueAtMs(now, now, 'soon', timings)).toBe(now + timings.pushDebounceMs);
      }),
    );
  });

  it('is never in the past, and never more than the debounce away', () => {
    fc.assert(
      fc.property(ms(), ms(), pushTimings, (now, back, timings) => {
        const due = pushDueAtMs(now, now - back, 'soon', timings);
        expect(due).toBeGreaterThanOrEqual(now);
        expect(due).toBeLessThanOrEqual(now + timings.pushDebounceMs);
      }),
    );
  });

  it('a burst of changes, however dense, pushes no later than the maximum delay after its first', () => {
    fc.assert(
      fc.property(
        ms(),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 60 }),
        pushTimings,
        (start, gaps, timings) => {
          const burst = burstFrom(start, gaps).filter((at) => at <= start + timings.pushMaxDelayMs);
          expect(dueAfterBurst(burst, timings)).toBeLessThanOrEqual(start + timings.pushMaxDelayMs);
        },
      ),
    );
  });

  it('a later change never brings the push forward', () => {
    fc.assert(
      fc.property(ms(), ms(30_000), ms(30_000), pushTimings, (start, a, b, timings) => {
        const [early, late] = [start + Math.min(a, b), start + Math.max(a, b)];
        expect(pushDueAtMs(late, start, 'soon', timings)).toBeGreaterThanOrEqual(
          pushDueAtMs(early, start, 'soon', timings),
        );
      }),
    );
  });

  it('with the defaults: 1.5 s after a change, at most 5 s into a burst', () => {
    expect(dueAfterBurst([0], DEFAULT_SYNC_TIMINGS)).toBe(1_500);
    expect(dueAfterBurst([0, 1_000], DEFAULT_SYNC_TIMINGS)).toBe(2_500);
    expect(dueAfterBurst([0, 1_000, 2_000, 3_000, 4_000], DEFAULT_SYNC_TIMINGS)).toBe(5_000);
  });
});

describe('pull timing', () => {
  const pullTimings = fc.record({
    longPollMs: fc.oneof(fc.constant(0), ms(120_000)),
    pullIntervalMs: fc.integer({ min: LONG_POLL_GAP_MS, max: 10 * 60_000 }),
    pullIntervalDuringExamMs: fc.integer({ min: LONG_POLL_GAP_MS, max: 10 * 60_000 }),
  });

  it('never asks again sooner than the long-poll gap: no busy loop, whatever the server does', () => {
    fc.assert(
      fc.property(ms(), fc.boolean(), pullTimings, (took, exam, timings) => {
        expect(nextPullDelayMs(took, exam, timings)).toBeGreaterThanOrEqual(LONG_POLL_GAP_MS);
      }),
    );
  });

  it('while an exam runs, always waits the exam interval', () => {
    fc.assert(
      fc.property(ms(), pullTimings, (took, timings) => {
        expect(nextPullDelayMs(took, true, timings)).toBe(timings.pullIntervalDuringExamMs);
      }),
    );
  });

  it('asks again soon only after a pull the server held open', () => {
    fc.assert(
      fc.property(ms(), pullTimings, (took, timings) => {
        const held = timings.longPollMs > 0 && took >= timings.longPollMs * 0.8;
        expect(nextPullDelayMs(took, false, timings)).toBe(
          held ? LONG_POLL_GAP_MS : timings.pullIntervalMs,
        );
      }),
    );
  });

  it('with the defaults: every 15 s, every 60 s during an exam', () => {
    expect(nextPullDelayMs(5, false, DEFAULT_SYNC_TIMINGS)).toBe(15_000);
    expect(nextPullDelayMs(5, true, DEFAULT_SYNC_TIMINGS)).toBe(60_000);
  });
});

describe('checkpoint timing', () => {
  const timings = fc.record({
    checkpointWalBytes: fc.integer({ min: 1, max: 64 * 1024 * 1024 }),
    checkpointIntervalMs: fc.integer({ min: 1, max: 60 * 60_000 }),
  });
  const bytes = fc.integer({ min: 0, max: 128 * 1024 * 1024 });

  it('never with an empty WAL', () => {
    fc.assert(
      fc.property(ms(), timings, (since, t) => {
        expect(shouldCheckpoint(0, since, t)).toBe(false);
      }),
    );
  });

  it('always once the WAL reaches the threshold', () => {
    fc.assert(
      fc.property(bytes, ms(), timings, (extra, since, t) => {
        expect(shouldCheckpoint(t.checkpointWalBytes + extra, since, t)).toBe(true);
      }),
    );
  });

  it('always once the interval has passed with anything in the WAL', () => {
    fc.assert(
      fc.property(bytes, ms(), timings, (wal, extra, t) => {
        expect(shouldCheckpoint(wal + 1, t.checkpointIntervalMs + extra, t)).toBe(true);
      }),
    );
  });

  it('never while the WAL is below the threshold and the interval has not passed', () => {
    const below = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(below, below, timings, (walShare, timeShare, t) => {
        const wal = Math.floor(walShare * t.checkpointWalBytes);
        const since = Math.floor(timeShare * t.checkpointIntervalMs);
        expect(shouldCheckpoint(wal, since, t)).toBe(false);
      }),
    );
  });

  it('a bigger WAL or a longer wait never turns a checkpoint into none', () => {
    fc.assert(
      fc.property(bytes, bytes, ms(), ms(), timings, (w1, w2, s1, s2, t) => {
        const [wal, moreWal] = [Math.min(w1, w2), Math.max(w1, w2)];
        const [since, longer] = [Math.min(s1, s2), Math.max(s1, s2)];
        fc.pre(shouldCheckpoint(wal, since, t));
        expect(shouldCheckpoint(moreWal, longer, t)).toBe(true);
      }),
    );
  });

  it('with the defaults: at 8 MiB, or every 5 minutes', () => {
    expect(shouldCheckpoint(8 * 1024 * 1024, 0, DEFAULT_SYNC_TIMINGS)).toBe(true);
    expect(shouldCheckpoint(8 * 1024 * 1024 - 1, 5 * 60_000 - 1, DEFAULT_SYNC_TIMINGS)).toBe(false);
    expect(shouldCheckpoint(1, 5 * 60_000, DEFAULT_SYNC_TIMINGS)).toBe(true);
  });
});
