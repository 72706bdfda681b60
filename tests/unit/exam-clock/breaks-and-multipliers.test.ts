import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accommodatedRules } from '@shared/domain/accommodations';
import {
  advanceClock,
  remainingMs,
  resumeClock,
  startClock,
} from '@shared/exam-clock/clock-policy';
import { accommodatedLimitMs } from '@shared/exam-clock/granted-time';
import { breakLeftMs, splitCharge } from '@shared/exam-clock/rest-breaks';

const at = (monoMs: number, wallMs: number) => ({ monoMs, wallMs });

/** A multiplier as staff can set it: 1 to 4 in hundredths. */
const multiplier = fc.integer({ min: 100, max: 400 }).map((h) => h / 100);

describe('rest breaks on the exam clock', () => {
  it('charges a running break to the break until the allowance is used, then to the exam', () => {
    expect(splitCharge(1_000, false, { allowanceMs: 600_000, usedMs: 0 })).toEqual({
      examMs: 1_000,
      breakMs: 0,
      exhausted: false,
    });
    expect(splitCharge(1_000, true, { allowanceMs: 600_000, usedMs: 0 })).toEqual({
      examMs: 0,
      breakMs: 1_000,
      exhausted: false,
    });
    expect(splitCharge(5_000, true, { allowanceMs: 600_000, usedMs: 597_000 })).toEqual({
      examMs: 2_000,
      breakMs: 3_000,
      exhausted: true,
    });
    expect(splitCharge(5_000, true, { allowanceMs: 600_000, usedMs: 600_000 })).toEqual({
      examMs: 5_000,
      breakMs: 0,
      exhausted: true,
    });
    expect(breakLeftMs({ allowanceMs: 60_000, usedMs: 90_000 })).toBe(0);
  });

  it('never gains time: exam + break is the time charged, break ≤ allowance, exam ≥ time − allowance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.array(
          fc.record({
            mono: fc.integer({ min: 0, max: 200_000 }),
            wall: fc.integer({ min: -10_000_000, max: 10_000_000 }),
            slept: fc.boolean(),
            onBreak: fc.boolean(),
            crash: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (allowanceMs, steps) => {
          let clock = startClock(at(0, 0));
          let usedMs = 0;
          let charged = 0;
          let mono = 0;
          let wall = 0;
          for (const s of steps) {
            mono += s.mono;
            wall += s.wall;
            const before = clock.elapsedMs;
            // A crash charges the wall-clock downtime since the last tick; a step the monotonic time.
            const step = s.crash
              ? resumeClock(
                  { elapsedMs: clock.elapsedMs, persistedAtMs: clock.lastWallMs },
                  at(0, wall),
                )
              : advanceClock(clock, at(mono, wall), { slept: s.slept });
            const split = splitCharge(step.chargedMs, s.onBreak, { allowanceMs, usedMs });
            clock = { ...step.clock, elapsedMs: before + split.examMs };
            if (s.crash) mono = 0;
            usedMs += split.breakMs;
            charged += step.chargedMs;
            expect(split.examMs + split.breakMs).toBe(step.chargedMs);
            expect(usedMs).toBeLessThanOrEqual(allowanceMs);
            expect(s.onBreak ? split.breakMs : 0).toBe(split.breakMs);
          }
          expect(clock.elapsedMs + usedMs).toBe(charged);
          expect(clock.elapsedMs).toBeGreaterThanOrEqual(charged - allowanceMs);
        },
      ),
    );
  });

  it('leaves the time left alone while a break runs within its allowance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60_000, max: 3_600_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        (limitMs, allowanceMs, breakFor) => {
          const running = startClock(at(0, 0), 30_000);
          const step = advanceClock(running, at(breakFor, breakFor));
          const split = splitCharge(step.chargedMs, true, { allowanceMs, usedMs: 0 });
          const after = running.elapsedMs + split.examMs;
          const leftBefore = remainingMs(running.elapsedMs, limitMs, 0) ?? 0;
          const leftAfter = remainingMs(after, limitMs, 0) ?? 0;
          // Time left drops by exactly what the break could not cover, never less, never more.
          expect(leftBefore - leftAfter).toBe(
            Math.min(leftBefore, Math.max(0, breakFor - allowanceMs)),
          );
        },
      ),
    );
  });
});

describe('extra time from a multiplier and minutes', () => {
  it('gives time and a half, and minutes on top', () => {
    expect(accommodatedLimitMs(30 * 60_000, { timeMultiplier: 1.5, extraMinutes: null })).toBe(
      45 * 60_000,
    );
    expect(accommodatedLimitMs(30 * 60_000, { timeMultiplier: 1.25, extraMinutes: 10 })).toBe(
      37.5 * 60_000 + 10 * 60_000,
    );
    // 1.15 × 60,000 is 68,999.999… in floating point; the hundredths make it exact.
    expect(accommodatedLimitMs(60_000, { timeMultiplier: 1.15, extraMinutes: null })).toBe(69_000);
    expect(accommodatedLimitMs(null, { timeMultiplier: 2, extraMinutes: 30 })).toBeNull();
    expect(accommodatedLimitMs(60_000, null)).toBe(60_000);
  });

  it('never grants more than limit × multiplier + minutes, nor less than the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 * 60 }),
        multiplier,
        fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
        (minutes, m, extraMinutes) => {
          const limitMs = minutes * 60_000;
          const granted = accommodatedLimitMs(limitMs, { timeMultiplier: m, extraMinutes }) ?? 0;
          // Compared in integers: limit × hundredths / 100, exactly.
          const exactTimes100 = limitMs * Math.round(m * 100) + (extraMinutes ?? 0) * 6_000_000;
          expect(granted * 100).toBeLessThanOrEqual(exactTimes100);
          expect(granted * 100).toBeGreaterThan(exactTimes100 - 100);
          expect(granted).toBeGreaterThanOrEqual(limitMs);
        },
      ),
    );
  });

  it('time left never passes what was granted, whatever the proctor adds and the clock does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        multiplier,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 3 * 3_600_000 }),
        (minutes, m, proctorMinutes, elapsedMs) => {
          const rules = accommodatedRules(
            {
              timerMinutes: minutes,
              availableFrom: null,
              availableUntil: null,
              attemptsAllowed: 1,
            },
            {
              timeMultiplier: m,
              extraMinutes: null,
              availableFrom: null,
              availableUntil: null,
              extraAttempts: null,
              restBreakMinutes: null,
            },
          );
          const limitMs = minutes * 60_000;
          const left =
            remainingMs(elapsedMs, limitMs + rules.accommodationMs, proctorMinutes * 60_000) ?? 0;
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left * 100).toBeLessThanOrEqual(
            Math.max(
              0,
              limitMs * Math.round(m * 100) + proctorMinutes * 6_000_000 - elapsedMs * 100,
            ),
          );
        },
      ),
    );
  });

  it('gives no break time to an untimed test, and no extra time either', () => {
    const rules = accommodatedRules(
      { timerMinutes: null, availableFrom: null, availableUntil: null, attemptsAllowed: 2 },
      {
        timeMultiplier: 2,
        extraMinutes: 15,
        availableFrom: null,
        availableUntil: null,
        extraAttempts: 1,
        restBreakMinutes: 10,
      },
    );
    expect(rules).toEqual({
      availableFrom: null,
      availableUntil: null,
      attemptsAllowed: 3,
      accommodationMs: 0,
      breakAllowanceMs: 0,
    });
  });
});
