import type { Clock } from '@shared/time';

/** The real clocks: wall time, and a monotonic clock that system clock changes do not move. */
export const systemClock: Clock = {
  nowMs: () => Date.now(),
  monotonicMs: () => performance.now(),
};
