import type { Clock } from '@shared/time';

/**
 * A clock that runs `rate` times faster than real time, wall and monotonic
 * alike, so a 30-minute exam ends in 30 seconds at rate 60. Only the preview
 * CLI reads EXAM_PREVIEW_CLOCK_RATE; the desktop app always uses the system
 * clock, so this cannot shorten a real exam.
 */
export function scaledClock(rate: number, startWallMs = Date.now()): Clock {
  const startMono = performance.now();
  return {
    nowMs: () => startWallMs + (performance.now() - startMono) * rate,
    monotonicMs: () => performance.now() * rate,
  };
}

export function clockFromEnv(value: string | undefined): Clock | null {
  if (value === undefined || value === '') return null;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 1 || rate > 10_000) {
    throw new Error(`EXAM_PREVIEW_CLOCK_RATE must be a number from 1 to 10000, not "${value}"`);
  }
  return rate === 1 ? null : scaledClock(rate);
}
