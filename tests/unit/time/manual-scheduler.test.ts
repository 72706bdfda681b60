import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualScheduler, settleWithin } from '@shared/scheduler';
import { ManualClock } from '@shared/time';

describe('manual scheduler', () => {
  it('runs nothing until time moves, then each timer at its own moment', () => {
    const time = new ManualScheduler(new ManualClock(Date.UTC(2026, 0, 1), 0));
    const seen: Array<[string, number, number]> = [];
    const note = (name: string) => () =>
      seen.push([name, time.clock.monotonicMs(), time.clock.nowMs() - Date.UTC(2026, 0, 1)]);
    time.after(300, note('b'));
    time.after(100, note('a'));
    time.after(0, note('now'));
    expect(seen).toEqual([]);
    time.advance(250);
    expect(seen).toEqual([
      ['now', 0, 0],
      ['a', 100, 100],
    ]);
    expect(time.clock.monotonicMs()).toBe(250);
    time.advance(50);
    expect(seen.at(-1)).toEqual(['b', 300, 300]);
    expect(time.size).toBe(0);
  });

  it('runs timers due at the same moment in the order they were set', () => {
    const time = new ManualScheduler();
    const order: number[] = [];
    for (const n of [1, 2, 3]) time.after(10, () => order.push(n));
    time.advance(10);
    expect(order).toEqual([1, 2, 3]);
  });

  it('runs a timer set by a callback in the same advance when it falls due within it', () => {
    const time = new ManualScheduler(new ManualClock(0, 0));
    const at: number[] = [];
    const chain = () => {
      at.push(time.clock.monotonicMs());
      if (at.length < 5) time.after(40, chain);
    };
    time.after(40, chain);
    time.advance(130);
    expect(at).toEqual([40, 80, 120]);
    time.advance(100);
    expect(at).toEqual([40, 80, 120, 160, 200]);
  });

  it('repeats `every` timers until cancelled, and a cancelled timer never runs', () => {
    const time = new ManualScheduler(new ManualClock(0, 0));
    const ticks: number[] = [];
    const stop = time.every(1_000, () => ticks.push(time.clock.monotonicMs()));
    const never = time.after(500, () => ticks.push(-1));
    never();
    time.advance(3_500);
    stop();
    time.advance(10_000);
    expect(ticks).toEqual([1_000, 2_000, 3_000]);
    expect(() => time.every(0, () => undefined)).toThrow(/above 0 ms/);
    expect(() => time.advance(-1)).toThrow(/forward/);
  });

  it('runs timers the clock was moved past by hand at the start of the next advance', () => {
    const time = new ManualScheduler(new ManualClock(0, 0));
    const at: number[] = [];
    time.after(100, () => at.push(time.clock.monotonicMs()));
    time.clock.advance(500);
    expect(at).toEqual([]);
    time.advance(0);
    expect(at).toEqual([500]);
  });

  it('whatever timers are set, runs each exactly once, in order of due time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 3_000 }), { minLength: 1, maxLength: 10 }),
        (delays, steps) => {
          const time = new ManualScheduler(new ManualClock(0, 0));
          const ran: Array<{ index: number; due: number; at: number }> = [];
          delays.forEach((delay, index) =>
            time.after(delay, () => ran.push({ index, due: delay, at: time.clock.monotonicMs() })),
          );
          for (const step of steps) time.advance(step);
          time.advance(10_000);
          expect(ran.map((r) => r.index).sort((a, b) => a - b)).toEqual(delays.map((_, i) => i));
          for (const r of ran) expect(r.at).toBe(r.due);
          for (let i = 1; i < ran.length; i += 1) {
            const [a, b] = [ran[i - 1]!, ran[i]!];
            expect(a.due < b.due || (a.due === b.due && a.index < b.index)).toBe(true);
          }
        },
      ),
    );
  });

  it('bounds a wait with settleWithin, whichever comes first', async () => {
    const time = new ManualScheduler();
    let settled = false;
    const waiting = settleWithin(time, new Promise(() => undefined), 1_000).then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    time.advance(1_000);
    await waiting;
    expect(settled).toBe(true);
    // A rejection settles it too, and the timer it set is gone.
    await settleWithin(time, Promise.reject(new Error('network down')), 1_000);
    expect(time.size).toBe(0);
  });
});
