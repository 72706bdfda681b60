import { randomInt } from 'node:crypto';

/** A code of `digits` random digits (start and resume codes), from the OS CSPRNG. */
export function randomCode(digits = 6): string {
  let out = '';
  for (let i = 0; i < digits; i += 1) out += String(randomInt(10));
  return out;
}

/**
 * Slows down guessing of short codes and PINs: after `max` wrong tries for one
 * key, further tries are refused until `windowMs` has passed since the first.
 */
export class GuessLimiter {
  private readonly tries = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly max = 5,
    private readonly windowMs = 60_000,
  ) {}

  /** Milliseconds to wait before another try, or 0. */
  waitMs(key: string, nowMs: number): number {
    const t = this.tries.get(key);
    if (!t) return 0;
    if (nowMs - t.since >= this.windowMs) {
      this.tries.delete(key);
      return 0;
    }
    return t.count >= this.max ? this.windowMs - (nowMs - t.since) : 0;
  }

  fail(key: string, nowMs: number): void {
    const t = this.tries.get(key);
    if (!t || nowMs - t.since >= this.windowMs) this.tries.set(key, { count: 1, since: nowMs });
    else t.count += 1;
  }

  succeed(key: string): void {
    this.tries.delete(key);
  }
}
