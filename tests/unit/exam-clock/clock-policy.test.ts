import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  CLOCK_JUMP_THRESHOLD_MS,
  crossedWarnings,
  formatDuration,
  remainingMs,
  resumeClock,
  startClock,
} from '@shared/exam-clock/clock-policy';

const at = (monoMs: number, wallMs: number) => ({ monoMs, wallMs });

describe('exam clock policy', () => {
  it('charges monotonic time while running', () => {
    const c = startClock(at(100, 1_000_000));
    const step = advanceClock(c, at(1_100, 1_001_000));
    expect(step.chargedMs).toBe(1_000);
    expect(step.clock.elapsedMs).toBe(1_000);
    expect(step.anomaly).toBeNull();
  });

  it('ignores a wall clock moved back or forward, and reports the jump', () => {
    const c = startClock(at(0, 10_000_000));
    const back = advanceClock(c, at(1_000, 10_000_000 - 3_600_000));
    expect(back.chargedMs).toBe(1_000);
    expect(back.anomaly).toMatchObject({ kind: 'clock_jump', direction: 'backward' });
    const fwd = advanceClock(back.clock, at(2_000, 10_000_000 + 7_200_000));
    expect(fwd.chargedMs).toBe(1_000);
    expect(fwd.anomaly).toMatchObject({ kind: 'clock_jump', direction: 'forward' });
  });

  it('does not report ordinary drift below the threshold', () => {
    const c = startClock(at(0, 0));
    expect(advanceClock(c, at(1_000, 1_000 + CLOCK_JUMP_THRESHOLD_MS)).anomaly).toBeNull();
  });

  it('charges sleep by the wall clock, once, whichever clock counted it', () => {
    const c = startClock(at(0, 0));
    // Monotonic clock paused during sleep (Linux, macOS).
    const paused = advanceClock(c, at(1_000, 600_000), { slept: true });
    expect(paused.chargedMs).toBe(600_000);
    expect(paused.anomaly).toEqual({ kind: 'suspend', sleptMs: 599_000 });
    // Monotonic clock counted the sleep too: not charged twice.
    const counted = advanceClock(c, at(600_000, 600_000), { slept: true });
    expect(counted.chargedMs).toBe(600_000);
    // Wall clock moved back during the sleep: never less than the monotonic time.
    const back = advanceClock(c, at(1_000, -50_000), { slept: true });
    expect(back.chargedMs).toBe(1_000);
  });

  it('charges the downtime after a crash, and nothing extra when the wall clock went back', () => {
    const down = resumeClock({ elapsedMs: 60_000, persistedAtMs: 1_000_000 }, at(5, 1_090_000));
    expect(down.clock.elapsedMs).toBe(150_000);
    expect(down.anomaly).toEqual({ kind: 'restart', downtimeMs: 90_000, measurable: true });
    const back = resumeClock({ elapsedMs: 60_000, persistedAtMs: 1_000_000 }, at(5, 900_000));
    expect(back.clock.elapsedMs).toBe(60_000);
    expect(back.anomaly).toMatchObject({ kind: 'clock_jump', direction: 'backward' });
  });

  it('never gives time back, whatever the clocks do', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            mono: fc.integer({ min: 0, max: 100_000 }),
            wall: fc.integer({ min: -10_000_000, max: 10_000_000 }),
            slept: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (steps) => {
          let clock = startClock(at(0, 0));
          let mono = 0;
          let wall = 0;
          for (const s of steps) {
            mono += s.mono;
            wall += s.wall;
            const next = advanceClock(clock, at(mono, wall), { slept: s.slept });
            expect(next.clock.elapsedMs).toBeGreaterThanOrEqual(clock.elapsedMs + s.mono);
            clock = next.clock;
          }
          expect(clock.elapsedMs).toBeGreaterThanOrEqual(mono);
        },
      ),
    );
  });

  it('computes time left with extra time and never below zero', () => {
    expect(remainingMs(10_000, 60_000, 0)).toBe(50_000);
    expect(remainingMs(70_000, 60_000, 30_000)).toBe(20_000);
    expect(remainingMs(99_000, 60_000, 0)).toBe(0);
    expect(remainingMs(99_000, null, 0)).toBeNull();
  });

  it('warns at 10 and 1 minutes left', () => {
    expect(crossedWarnings(600_500, 599_500)).toEqual([600_000]);
    expect(crossedWarnings(61_000, 59_000)).toEqual([60_000]);
    expect(crossedWarnings(700_000, 30_000)).toEqual([600_000, 60_000]);
    expect(crossedWarnings(500_000, 499_000)).toEqual([]);
  });

  it('formats durations for people', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(61_000)).toBe('1:01');
    expect(formatDuration(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatDuration(999)).toBe('0:01');
  });
});
